import { describe, expect, it } from 'vitest';
import { CreateEngagementArg } from '@shared/domain/create-engagement-arg';
import { findTemplate } from '@shared/templates/programme-templates';
import { emptyDraft, outOfOrderMeetings, toCreateArg, validateStep } from '@/features/wizard/wizard-model';

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
});
