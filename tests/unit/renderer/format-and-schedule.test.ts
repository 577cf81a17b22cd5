import { describe, expect, it } from 'vitest';
import { findTemplate } from '@shared/templates/programme-templates';
import { createEngagement } from '@shared/domain/create-engagement';
import {
  daysBetween,
  formatDate,
  formatDateTime,
  formatDuration,
  formatLongDate,
  formatRelativeDay,
  parseIsoDate,
} from '@/lib/format';
import { suggestMeetingDates } from '@/lib/schedule';
import { summarizeEngagement } from '@shared/domain/engagement-summary';
import { foldForSearch, matchesSearch } from '@/lib/search';
import { buildTimeline } from '@/features/engagement/timeline-model';

describe('format', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate('2026-12-03')).toBe('3. dec. 2026');
    expect(formatDate('2027-05-17')).toBe('17. maj 2027');
    expect(formatDate(undefined)).toBe('');
    expect(formatLongDate('2026-12-03')).toBe('torsdag den 3. december 2026');
    expect(formatDateTime('2026-12-03T13:05:00.000Z')).toMatch(/^3\. dec\. 2026 kl\. \d{2}\.05$/);
  });

  it('reads YYYY-MM-DD as a local day and refuses impossible dates', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')?.getDate()).toBe(29);
    expect(parseIsoDate('3/12/2026')).toBeNull();
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the switch to summer time
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(90)).toBe('1 t 30 min');
    expect(formatDuration(60)).toBe('1 t');
    expect(formatDuration(360)).toBe('6 t');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(0)).toBe('0 min');
  });

  it('says how far away a day is', () => {
    expect(formatRelativeDay('2026-11-21', '2026-11-21')).toBe('i dag');
    expect(formatRelativeDay('2026-11-22', '2026-11-21')).toBe('i morgen');
    expect(formatRelativeDay('2026-11-26', '2026-11-21')).toBe('om 5 dage');
    expect(formatRelativeDay('2026-12-19', '2026-11-21')).toBe('om 4 uger');
    expect(formatRelativeDay('2026-11-18', '2026-11-21')).toBe('for 3 dage siden');
  });
});

describe('schedule', () => {
  it('suggests a date per meeting from the start date and each offset in weeks', () => {
    const nfa = findTemplate('nfa-grundmodel');
    if (!nfa) throw new Error('template');
    expect(suggestMeetingDates(nfa, '2026-12-07')).toEqual({
      'forberedende-moede': '2026-12-07',
      seminar: '2027-01-04',
      midtvejsmoede: '2027-02-15',
      opsamlingsmoede: '2027-03-30', // 16 weeks on is 29 March 2027, 2. påskedag
    });
    expect(suggestMeetingDates(nfa, 'ikke en dato')).toEqual({});
  });

  it('derives the list row like the file store does', () => {
    const template = findTemplate('ruc-dialog');
    if (!template) throw new Error('template');
    let n = 0;
    const engagement = createEngagement(
      template,
      {
        templateId: 'ruc-dialog',
        client: { organisation: 'Roskilde Kommune', unit: 'Hjemmeplejen', sector: 'kommune' },
        meetingDates: { design: '2026-11-10', forundersoegelse: '2026-11-24', analyse: '2026-12-08' },
      },
      { id: 'abc', now: '2026-11-01T09:00:00.000Z', newId: () => `id${++n}` },
    );
    expect(summarizeEngagement(engagement, '2026-11-21')).toMatchObject({
      id: 'abc',
      title: 'Roskilde Kommune – Hjemmeplejen',
      currentPhase: 'preparation',
      nextMeetingDate: '2026-11-24',
      status: 'aktiv',
    });
  });

  it('builds a timeline with the current phase and a today marker before the next meeting', () => {
    const template = findTemplate('nfa-grundmodel');
    if (!template) throw new Error('template');
    let n = 0;
    const engagement = createEngagement(
      template,
      {
        templateId: 'nfa-grundmodel',
        client: { organisation: 'X', unit: '', sector: 'region' },
        meetingDates: { 'forberedende-moede': '2026-10-01', seminar: '2026-12-01' },
      },
      { id: 'abc', now: '2026-11-01T09:00:00.000Z', newId: () => `id${++n}` },
    );
    const timeline = buildTimeline(engagement, '2026-11-21');
    expect(timeline.currentPhase).toBe('seminar');
    expect(timeline.phases.map((p) => p.state)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(timeline.phases[1]?.items.map((i) => i.type)).toEqual(['today', 'meeting']);
    expect(timeline.phases[0]?.items[0]).toMatchObject({ type: 'meeting', state: 'past' });

    const undated = buildTimeline(
      {
        phases: engagement.phases.map((p) => ({
          ...p,
          meetings: p.meetings.map((m) => ({ ...m, date: undefined })),
        })),
      },
      '2026-11-21',
    );
    expect(undated.phases.flatMap((p) => p.items).some((i) => i.type === 'today')).toBe(false);
  });
});

describe('search', () => {
  it('folds case, accents and the Danish letters', () => {
    expect(foldForSearch('Forløb')).toBe(foldForSearch('forloeb'));
    expect(foldForSearch('Forløb')).toBe(foldForSearch('FORLOB'));
    expect(foldForSearch('Århus')).toBe(foldForSearch('aarhus'));
    expect(foldForSearch('Næstved')).toBe(foldForSearch('nastved'));
    expect(foldForSearch('Café')).toBe('cafe');
  });

  it('matches when every word is found in some field', () => {
    const fields = ['Trivsel 2027', 'Region Sjælland', 'Akutmodtagelsen, Køge', 'NFA · NFA grundmodel'];
    expect(matchesSearch('', fields)).toBe(true);
    expect(matchesSearch('sjaelland koge', fields)).toBe(true);
    expect(matchesSearch('nfa akut', fields)).toBe(true);
    expect(matchesSearch('ruc', fields)).toBe(false);
  });
});

describe('router history', () => {
  it('uses path URLs only over http with root-based assets', async () => {
    const { useHashHistory } = await import('@/router');
    expect(useHashHistory('file:', './')).toBe(true);
    expect(useHashHistory('file:', '/')).toBe(true);
    expect(useHashHistory('http:', './')).toBe(true);
    expect(useHashHistory('http:', '/')).toBe(false);
  });
});
