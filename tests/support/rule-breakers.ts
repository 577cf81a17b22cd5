import { createEngagement } from '../../shared/domain/create-engagement.js';
import type { Engagement } from '../../shared/domain/engagement.js';
import { findTemplate } from '../../shared/templates/programme-templates.js';

/** A programme that passes every rule, with the contacts, facilitator and criteria the breakers below change. */
export function programmeForRules(templateId = 'joblife-aktionslaering', id = 'e1'): Engagement {
  const template = findTemplate(templateId);
  if (!template) throw new Error(templateId);
  let n = 0;
  const engagement = createEngagement(
    template,
    { templateId, client: { organisation: 'Roskilde Kommune', unit: 'Hjemmeplejen', sector: 'kommune' } },
    { id, now: '2026-11-21T10:00:00.000Z', newId: () => `x${++n}` },
  );
  engagement.client.contacts = [
    { id: 'c1', name: 'Ane Berg', role: 'leder', email: 'ane@roskilde.dk' },
    { id: 'c2', name: '', role: 'andet', email: '', phone: '' },
  ];
  engagement.facilitators = [{ id: 'f1', name: 'Karin Holm', organisation: 'NFA' }];
  engagement.brief.successCriteria = [
    { id: 'k1', text: 'Færre sygedage' },
    { id: 'k2', text: 'Bedre trivsel' },
  ];
  engagement.wrapup.criteria = [{ criterionId: 'k1', assessment: 'opfyldt', evidence: '' }];
  return engagement;
}

export type Break = (e: Engagement) => void;

/**
 * One way to break each rule of the Engagement schema (shared/domain/engagement-rules.ts),
 * applied to programmeForRules(): what is broken, how, the path the issue must name, and
 * (part of) its Danish message. The schema tests and the API tests share them.
 */
export const RULE_BREAKERS: [string, Break, string, RegExp][] = [
  [
    'an empty title',
    (e) => {
      e.title = '  ';
    },
    'title',
    /Skriv forløbets titel\./,
  ],
  [
    'an empty organisation',
    (e) => {
      e.client.organisation = '';
    },
    'client.organisation',
    /Skriv organisationens navn\./,
  ],
  [
    'an empty meeting title',
    (e) => {
      e.phases[2]!.meetings[1]!.title = '';
    },
    'phases.2.meetings.1.title',
    /Skriv mødets titel\./,
  ],
  [
    'an agenda item without a title',
    (e) => {
      e.phases[1]!.meetings[0]!.agenda = [
        { id: 'a1', type: 'pause', title: 'Kaffe', minutes: 15, notes: '', materials: [] },
        { id: 'a2', type: 'oplaeg', title: ' ', minutes: 15, notes: '', materials: [] },
      ];
    },
    'phases.1.meetings.0.agenda.1.title',
    /Skriv punktets titel\./,
  ],
  [
    'an invalid e-mail',
    (e) => {
      e.client.contacts[0]!.email = 'ane.roskilde.dk';
    },
    'client.contacts.0.email',
    /gyldig e-mailadresse/,
  ],
  [
    'a contact with an e-mail but no name',
    (e) => {
      e.client.contacts[1]!.email = 'bo@roskilde.dk';
    },
    'client.contacts.1.name',
    /Skriv kontaktpersonens navn\./,
  ],
  [
    'a facilitator with no name',
    (e) => {
      e.facilitators[0]!.name = '';
    },
    'facilitators.0.name',
    /Skriv facilitatorens navn\./,
  ],
  [
    'a duration beyond 24 hours',
    (e) => {
      e.phases[0]!.meetings[0]!.minutes = 1441;
    },
    'phases.0.meetings.0.minutes',
    /mellem 0 og 1440 minutter/,
  ],
  [
    'two phases with the same id',
    (e) => {
      e.phases[3]!.id = e.phases[1]!.id;
    },
    'phases.3.id',
    /bruges allerede af en anden fase/,
  ],
  [
    'two meetings with the same id, in different phases',
    (e) => {
      e.phases[3]!.meetings[0]!.id = e.phases[0]!.meetings[0]!.id;
    },
    'phases.3.meetings.0.id',
    /bruges allerede af et andet møde/,
  ],
  [
    'two meetings with the same id in one phase',
    (e) => {
      e.phases[2]!.meetings[1]!.id = e.phases[2]!.meetings[0]!.id;
    },
    'phases.2.meetings.1.id',
    /bruges allerede af et andet møde/,
  ],
  [
    'two contacts with the same id',
    (e) => {
      e.client.contacts[1]!.id = 'c1';
    },
    'client.contacts.1.id',
    /bruges allerede af en anden kontaktperson/,
  ],
  [
    'an unknown templateId',
    (e) => {
      e.templateId = 'min-egen-model';
    },
    'templateId',
    /Skabelonen »min-egen-model« findes ikke/,
  ],
  [
    'a wrap-up assessment of a success criterion that does not exist',
    (e) => {
      e.wrapup.criteria.push({ criterionId: 'k9', assessment: 'delvist', evidence: '' });
    },
    'wrapup.criteria.1.criterionId',
    /succeskriteriet »k9«, som ikke findes/,
  ],
  [
    'two assessments of one success criterion',
    (e) => {
      e.wrapup.criteria.push({ criterionId: 'k1', assessment: 'delvist', evidence: '' });
    },
    'wrapup.criteria.1.criterionId',
    /allerede vurderet/,
  ],
  [
    'twelve phases of one kind',
    (e) => {
      const seminar = e.phases[1]!;
      e.phases = Array.from({ length: 12 }, (_, i) => ({ ...seminar, id: `s${i}`, meetings: [] }));
    },
    'phases.1.kind',
    /allerede fasen »Seminar«/,
  ],
  [
    'a second activity phase',
    (e) => {
      e.phases.splice(3, 0, { id: 'extra', kind: 'activity', title: 'Mere aktivitet', meetings: [] });
    },
    'phases.3.kind',
    /allerede fasen »Aktivitetsfase«/,
  ],
  [
    'phases out of order',
    (e) => {
      e.phases = [e.phases[1]!, e.phases[0]!, e.phases[2]!, e.phases[3]!];
    },
    'phases.1.kind',
    /står for sent\. Faserne skal stå i rækkefølgen Forberedelse, Seminar, Aktivitetsfase, Opsamling/,
  ],
];
