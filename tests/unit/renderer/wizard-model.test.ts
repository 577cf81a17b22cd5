import { describe, expect, it } from 'vitest';
import { CreateEngagementArg } from '@shared/domain/create-engagement-arg';
import { findTemplate } from '@shared/templates/programme-templates';
import { Engagement } from '@shared/domain/engagement';
import { createEngagement } from '@shared/domain/create-engagement';
import {
  DATE_FORMAT_ERROR,
  emptyDraft,
  isDraftEmpty,
  outOfOrderMeetings,
  pastMeetings,
  phaseOnCreation,
  toCreateArg,
  validateStep,
} from '@/features/wizard/wizard-model';

const nfa = findTemplate('nfa-grundmodel');
if (!nfa) throw new Error('template');

describe('wizard model', () => {
  it('asks for organisation and sector in Danish', () => {
    expect(validateStep('kunde', emptyDraft(), undefined)).toEqual({
      'wizard-organisation': 'Skriv organisationens navn.',
      'wizard-sector-region': 'Vælg sektor.',
    });
    expect(
      validateStep(
        'kunde',
        { ...emptyDraft(), organisation: 'Aarhus Kommune', sector: 'kommune' },
        undefined,
      ),
    ).toEqual({});
  });

  it('checks contact rows but ignores blank ones', () => {
    const draft = {
      ...emptyDraft(),
      contacts: [
        { id: 'a', name: '', role: 'leder' as const, email: 'forkert', phone: '' },
        { id: 'b', name: '', role: 'hr' as const, email: '', phone: '' },
      ],
    };
    expect(validateStep('kontakter', draft, undefined)).toEqual({
      'contact-a-name': 'Skriv kontaktpersonens navn.',
      'contact-a-email': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
    });
  });

  it('requires a template', () => {
    expect(validateStep('skabelon', emptyDraft(), undefined)).toEqual({
      'wizard-template-first': 'Vælg en skabelon.',
    });
    expect(validateStep('skabelon', emptyDraft(), nfa)).toEqual({});
  });

  it('warns (without blocking) when a meeting is dated before the one ahead of it', () => {
    const draft = {
      ...emptyDraft(),
      meetingDates: { 'forberedende-moede': '2027-01-10', seminar: '2027-01-03' },
    };
    expect([...outOfOrderMeetings(draft, nfa)]).toEqual(['seminar']);
    expect(validateStep('datoer', draft, nfa)).toEqual({});
  });

  it('builds a create argument the contract accepts, without blank rows or foreign dates', () => {
    const arg = toCreateArg(
      {
        ...emptyDraft(),
        organisation: ' Region Sjælland ',
        unit: 'Akutmodtagelsen',
        sector: 'region',
        contacts: [
          { id: 'a', name: 'Mette', role: 'leder', email: '', phone: '12345678' },
          { id: 'b', name: '', role: 'hr', email: '', phone: '' },
        ],
        facilitators: [{ id: 'f', name: 'Anne', organisation: '' }],
        themes: ['vold-og-trusler'],
        meetingDates: { seminar: '2027-01-04', 'fra-en-anden-skabelon': '2027-01-05' },
      },
      nfa,
    );
    expect(arg).toEqual({
      templateId: 'nfa-grundmodel',
      client: { organisation: 'Region Sjælland', unit: 'Akutmodtagelsen', sector: 'region' },
      contacts: [{ name: 'Mette', role: 'leder', phone: '12345678' }],
      facilitators: [{ name: 'Anne', organisation: '' }],
      themes: ['vold-og-trusler'],
      meetingDates: { seminar: '2027-01-04' },
    });
    expect(CreateEngagementArg.safeParse(arg).success).toBe(true);
  });

  it('refuses organisation, unit and title over the schema limit at step 1, saying by how much', () => {
    const draft = {
      ...emptyDraft(),
      organisation: 'O'.repeat(201),
      unit: 'E'.repeat(250),
      title: 'T'.repeat(200),
      sector: 'region' as const,
    };
    expect(validateStep('kunde', draft, undefined)).toEqual({
      'wizard-organisation': 'Navnet er 201 tegn, men må højst være 200. Forkort det med 1 tegn.',
      'wizard-unit': 'Enheden er 250 tegn, men må højst være 200. Forkort det med 50 tegn.',
    });
    expect(validateStep('kunde', { ...draft, title: 'T'.repeat(201) }, undefined)).toHaveProperty(
      'wizard-title',
      'Titlen er 201 tegn, men må højst være 200. Forkort det med 1 tegn.',
    );
  });

  it('creates a programme from the longest values step 1 accepts, with a shortened title', () => {
    const draft = {
      ...emptyDraft(),
      organisation: `${'Organisation '.repeat(15)}`.slice(0, 200),
      unit: `${'Enhed '.repeat(40)}`.slice(0, 200),
      sector: 'kommune' as const,
    };
    expect(validateStep('kunde', draft, undefined)).toEqual({});
    const arg = toCreateArg(draft, nfa);
    expect(CreateEngagementArg.safeParse(arg).success).toBe(true);
    let n = 0;
    const engagement = createEngagement(nfa, CreateEngagementArg.parse(arg), {
      id: 'x',
      now: '2026-11-21T09:00:00.000Z',
      newId: () => `n${++n}`,
    });
    // This is what the file store checks before it writes: it failed at "Opret forløb" before.
    expect(Engagement.safeParse(engagement).success).toBe(true);
    expect(engagement.title.length).toBeLessThanOrEqual(200);
    expect(engagement.title.endsWith('…')).toBe(true);
  });

  it('asks for dd.mm.åååå when a date field holds text that is not a date', () => {
    const draft = {
      ...emptyDraft(),
      startDate: '31.02.2027',
      meetingDates: { seminar: '12.3', midtvejsmoede: '2027-03-12' },
    };
    expect(validateStep('datoer', draft, nfa)).toEqual({
      'wizard-start-date': DATE_FORMAT_ERROR,
      'meeting-date-seminar': DATE_FORMAT_ERROR,
    });
    expect(toCreateArg({ ...draft, organisation: 'X', sector: 'stat' }, nfa).meetingDates).toEqual({
      midtvejsmoede: '2027-03-12',
    });
  });

  it('knows which dates are past and which phase a new programme will stand in', () => {
    const draft = {
      ...emptyDraft(),
      meetingDates: {
        'forberedende-moede': '2026-10-01',
        seminar: '2026-11-20',
        midtvejsmoede: '2026-11-21',
        opsamlingsmoede: 'ikke en dato',
      },
    };
    expect([...pastMeetings(draft, nfa, '2026-11-21')]).toEqual(['forberedende-moede', 'seminar']);
    expect(phaseOnCreation(draft, nfa, '2026-11-21')).toBe('activity');
    expect(phaseOnCreation(draft, nfa, '2026-11-22')).toBe('wrapup');
    expect(phaseOnCreation(emptyDraft(), nfa, '2026-11-21')).toBe('preparation');
    expect(phaseOnCreation(draft, undefined, '2026-11-21')).toBeUndefined();
  });

  it('treats a draft with only blank rows as empty (cancel needs no question)', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true);
    expect(
      isDraftEmpty({ ...emptyDraft(), contacts: [{ id: 'a', name: ' ', role: 'hr', email: '', phone: '' }] }),
    ).toBe(true);
    expect(isDraftEmpty({ ...emptyDraft(), organisation: 'A' })).toBe(false);
    expect(isDraftEmpty({ ...emptyDraft(), startDate: '12.03' })).toBe(false);
    expect(isDraftEmpty({ ...emptyDraft(), themes: ['vold-og-trusler'] })).toBe(false);
  });
});
