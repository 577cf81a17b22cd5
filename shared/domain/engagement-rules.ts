import type { z } from 'zod';
import { TEMPLATE_IDS } from '../templates/programme-templates.js';
import { agendaTitleProblem } from './agenda-rules.js';
import type { Engagement } from './engagement.js';
import {
  contactProblems,
  facilitatorProblems,
  meetingTitleProblem,
  organisationProblem,
  titleProblem,
  type RecordProblems,
} from './field-rules.js';
import { PHASE_KINDS, PHASE_LABELS } from './vocabulary.js';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

const ORDER_TEXT = PHASE_KINDS.map((k) => PHASE_LABELS[k]).join(', ');

function reportRecord<K extends string>(report: Report, at: Path, problems: RecordProblems<K>): void {
  for (const [field, message] of Object.entries(problems) as [K, string | undefined][]) {
    if (message) report([...at, field], message);
  }
}

/** Reports every item whose id an earlier item in the same list already has. */
function uniqueIds(
  report: Report,
  items: readonly { id: string; path: Path }[],
  takenBy: string,
  seen = new Set<string>(),
): void {
  for (const { id, path } of items) {
    if (seen.has(id)) report([...path, 'id'], `Id'et »${id}« bruges allerede af ${takenBy}.`);
    else seen.add(id);
  }
}

/** The fields a user types into: the same rules the programme page and the wizard show. */
function checkFields(e: Engagement, report: Report): void {
  const title = titleProblem(e.title);
  if (title) report(['title'], title);
  const organisation = organisationProblem(e.client.organisation);
  if (organisation) report(['client', 'organisation'], organisation);
  e.client.contacts.forEach((contact, i) =>
    reportRecord(report, ['client', 'contacts', i], contactProblems(contact)),
  );
  e.facilitators.forEach((facilitator, i) =>
    reportRecord(report, ['facilitators', i], facilitatorProblems(facilitator)),
  );
  e.phases.forEach((phase, p) =>
    phase.meetings.forEach((meeting, m) => {
      const problem = meetingTitleProblem(meeting.title);
      if (problem) report(['phases', p, 'meetings', m, 'title'], problem);
      meeting.agenda.forEach((item, a) => {
        const title = agendaTitleProblem(item.title);
        if (title) report(['phases', p, 'meetings', m, 'agenda', a, 'title'], title);
      });
    }),
  );
}

/** At most one phase of each kind, in the canonical order every template uses. */
function checkPhases(e: Engagement, report: Report): void {
  let previous = -1;
  const seen = new Set<string>();
  e.phases.forEach((phase, i) => {
    const label = PHASE_LABELS[phase.kind];
    const order = PHASE_KINDS.indexOf(phase.kind);
    if (seen.has(phase.kind)) {
      report(
        ['phases', i, 'kind'],
        `Forløbet har allerede fasen »${label}«. Hver fase må kun være der én gang.`,
      );
    } else if (order < previous) {
      report(
        ['phases', i, 'kind'],
        `Fasen »${label}« står for sent. Faserne skal stå i rækkefølgen ${ORDER_TEXT}.`,
      );
    }
    seen.add(phase.kind);
    previous = Math.max(previous, order);
  });
}

function checkIds(e: Engagement, report: Report): void {
  uniqueIds(
    report,
    e.phases.map((phase, p) => ({ id: phase.id, path: ['phases', p] })),
    'en anden fase',
  );
  const meetings = e.phases.flatMap((phase, p) =>
    phase.meetings.map((meeting, m) => ({ meeting, path: ['phases', p, 'meetings', m] as Path })),
  );
  uniqueIds(
    report,
    meetings.map(({ meeting, path }) => ({ id: meeting.id, path })),
    'et andet møde',
  );
  uniqueIds(
    report,
    meetings.flatMap(({ meeting, path }) =>
      meeting.agenda.map((item, a) => ({ id: item.id, path: [...path, 'agenda', a] })),
    ),
    'et andet punkt på en dagsorden',
  );
  uniqueIds(
    report,
    e.client.contacts.map((c, i) => ({ id: c.id, path: ['client', 'contacts', i] })),
    'en anden kontaktperson',
  );
  uniqueIds(
    report,
    e.facilitators.map((f, i) => ({ id: f.id, path: ['facilitators', i] })),
    'en anden facilitator',
  );
  uniqueIds(
    report,
    e.brief.successCriteria.map((c, i) => ({ id: c.id, path: ['brief', 'successCriteria', i] })),
    'et andet succeskriterium',
  );
  uniqueIds(
    report,
    e.actions.map((a, i) => ({ id: a.id, path: ['actions', i] })),
    'en anden handling',
  );
  e.actions.forEach((action, a) =>
    uniqueIds(
      report,
      action.followUps.map((f, i) => ({ id: f.id, path: ['actions', a, 'followUps', i] })),
      'en anden opfølgning på tiltaget',
    ),
  );
  uniqueIds(
    report,
    e.preStudy.map((entry, i) => ({ id: entry.id, path: ['preStudy', i] })),
    'en anden note i forundersøgelsen',
  );
  uniqueIds(
    report,
    e.wrapup.continuation.map((c, i) => ({ id: c.id, path: ['wrapup', 'continuation', i] })),
    'en anden aftale',
  );
  uniqueIds(
    report,
    e.wrapup.trioPoints.map((p, i) => ({ id: p.id, path: ['wrapup', 'trioPoints', i] })),
    'et andet TRIO-punkt',
  );
}

const TRIO_ROLES = {
  leaderContactId: 'Lederen',
  safetyRepContactId: 'Arbejdsmiljørepræsentanten',
  unionRepContactId: 'Tillidsrepræsentanten',
} as const;

/** The TRIO is picked from the client's contacts, so each member must be one of them. */
function checkTrio(e: Engagement, report: Report): void {
  const contacts = new Set(e.client.contacts.map((c) => c.id));
  for (const [key, who] of Object.entries(TRIO_ROLES) as [keyof typeof TRIO_ROLES, string][]) {
    const id = e.brief.trio[key];
    if (id !== undefined && !contacts.has(id)) {
      report(
        ['brief', 'trio', key],
        `${who} i TRIO’en er ikke blandt kontaktpersonerne. Vælg en kontaktperson.`,
      );
    }
  }
}

/** Each assessment at the wrap-up names one of the programme's success criteria, once. */
function checkWrapup(e: Engagement, report: Report): void {
  const criteria = new Set(e.brief.successCriteria.map((c) => c.id));
  const assessed = new Set<string>();
  e.wrapup.criteria.forEach((assessment, i) => {
    const path = ['wrapup', 'criteria', i, 'criterionId'];
    const id = assessment.criterionId;
    if (!criteria.has(id)) {
      report(path, `Vurderingen henviser til succeskriteriet »${id}«, som ikke findes i forløbet.`);
    } else if (assessed.has(id)) {
      report(path, `Succeskriteriet »${id}« er allerede vurderet én gang.`);
    }
    assessed.add(id);
  });
}

function checkTemplate(e: Engagement, report: Report): void {
  if (!TEMPLATE_IDS.includes(e.templateId)) {
    report(
      ['templateId'],
      `Skabelonen »${e.templateId}« findes ikke. Kendte skabeloner: ${TEMPLATE_IDS.join(', ')}.`,
    );
  }
}

/**
 * The rules an engagement's structure cannot express: the field rules, unique
 * ids, a known template, one phase of each kind in order, wrap-up
 * assessments that point at real success criteria, and a TRIO of contacts. Used as the Engagement
 * schema's superRefine, so every issue carries the path of the field at fault.
 */
export function checkEngagement(e: Engagement, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkFields(e, report);
  checkTemplate(e, report);
  checkPhases(e, report);
  checkIds(e, report);
  checkWrapup(e, report);
  checkTrio(e, report);
}
