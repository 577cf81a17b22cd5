import { describe, expect, it } from 'vitest';
import { PROGRAMME_TEMPLATES, findTemplate } from '../../../shared/templates/programme-templates.js';
import { ProgrammeTemplate } from '../../../shared/templates/programme-template.js';
import { PHASE_KINDS } from '../../../shared/domain/vocabulary.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import { Engagement } from '../../../shared/domain/engagement.js';
import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';

const meetingTitles = (id: string) =>
  findTemplate(id)!.phases.map((p) => [p.kind, p.meetings.map((m) => m.title)] as const);

describe('programme templates', () => {
  it('carries exactly the four templates from CONTENT.md', () => {
    expect(PROGRAMME_TEMPLATES.map((t) => t.id)).toEqual([
      'nfa-grundmodel',
      'ruc-dialog',
      'joblife-aktionslaering',
      'custom',
    ]);
  });

  it.each(PROGRAMME_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s validates and maps onto the four canonical phases in order',
    (_id, template) => {
      expect(ProgrammeTemplate.parse(template)).toEqual(template);
      expect(template.phases.map((p) => p.kind)).toEqual([...PHASE_KINDS]);
      const keys = template.phases.flatMap((p) => p.meetings.map((m) => m.key));
      expect(new Set(keys).size).toBe(keys.length);
      expect(template.source).toMatch(/\S/);
    },
  );

  it('NFA: preparatory meeting by phone/video, seminar on site, mid-way meeting, wrap-up', () => {
    expect(meetingTitles('nfa-grundmodel')).toEqual([
      ['preparation', ['Forberedende møde']],
      ['seminar', ['Halv- eller heldagsseminar']],
      ['activity', ['Midtvejsmøde']],
      ['wrapup', ['Opsamlingsmøde']],
    ]);
    const prep = findTemplate('nfa-grundmodel')!.phases[0]!.meetings[0]!;
    expect(prep.mode).toBe('phone-video');
    expect(prep.minutes).toBeGreaterThanOrEqual(60);
    expect(prep.minutes).toBeLessThanOrEqual(120);
  });

  it('RUC: design, pre-study and analysis before the seminar; evaluation at the end', () => {
    expect(meetingTitles('ruc-dialog')).toEqual([
      ['preparation', ['Design af aktiviteten', 'Forundersøgelse', 'Analyse']],
      ['seminar', ['Seminar/workshops']],
      ['activity', []],
      ['wrapup', ['Afslutning og evaluering']],
    ]);
  });

  it('Joblife: formøde, opstartsworkshop, short meetings and learning meetings, closing workshop', () => {
    expect(meetingTitles('joblife-aktionslaering')).toEqual([
      ['preparation', ['Formøde']],
      ['seminar', ['Opstartsworkshop']],
      ['activity', ['Korte møder', 'Fælles læringsmøde']],
      ['wrapup', ['Afrundende workshop']],
    ]);
  });

  it('custom: one meeting in each phase', () => {
    expect(findTemplate('custom')!.phases.map((p) => p.meetings.length)).toEqual([1, 1, 1, 1]);
  });
});

describe('createEngagement', () => {
  let n = 0;
  const ctx = { id: 'e1', now: '2026-11-21T10:00:00.000Z', newId: () => `x${++n}` };

  it.each(PROGRAMME_TEMPLATES.map((t) => [t.id, t] as const))(
    'builds a valid revision 1 from %s',
    (_id, template) => {
      const arg = CreateEngagementArg.parse({
        templateId: template.id,
        client: { organisation: 'Region Syd', unit: 'Akutmodtagelsen', sector: 'region' },
        contacts: [{ name: 'Ane', role: 'leder' }],
        themes: ['vold-og-trusler', 'vold-og-trusler'],
        meetingDates: Object.fromEntries(
          template.phases.flatMap((p) => p.meetings.map((m) => [m.key, '2027-01-15'])),
        ),
      });
      const engagement = Engagement.parse(createEngagement(template, arg, ctx));
      expect(engagement.revision).toBe(1);
      expect(engagement.title).toBe('Region Syd – Akutmodtagelsen');
      expect(engagement.themes).toEqual(['vold-og-trusler']);
      expect(engagement.client.contacts[0]).toMatchObject({ name: 'Ane', role: 'leder' });
      const meetings = engagement.phases.flatMap((p) => p.meetings);
      expect(meetings.every((m) => m.date === '2027-01-15')).toBe(true);
      const ids = [...engagement.phases.map((p) => p.id), ...meetings.map((m) => m.id)];
      expect(new Set(ids).size).toBe(ids.length);
    },
  );
});
