import type { Engagement } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

const filled = (text: string): boolean => text.trim() !== '';

/** Preparation (issue 7): purpose, success criteria, TRIO, seminar date and the joining rules. */
export function preparationChecklist(e: Engagement): ChecklistItem[] {
  const { brief } = e;
  const trio = [brief.trio.leaderContactId, brief.trio.safetyRepContactId, brief.trio.unionRepContactId];
  const seminarDated = e.phases
    .filter((phase) => phase.kind === 'seminar')
    .some((phase) => phase.meetings.some((meeting) => meeting.date !== undefined));
  const rules = brief.joiningRules;
  return [
    { id: 'brief-purpose', label: 'Formålet er beskrevet', done: filled(brief.purpose) },
    {
      id: 'brief-success-criteria',
      label: 'Mindst ét succeskriterium',
      done: brief.successCriteria.some((c) => filled(c.text)),
    },
    {
      id: 'brief-trio',
      label: 'TRIO’en er udpeget',
      done: trio.every((id) => id !== undefined),
      missing: 'Vælg leder, arbejdsmiljørepræsentant og tillidsrepræsentant blandt kontaktpersonerne.',
    },
    { id: 'seminar-date', label: 'Seminarets dato er aftalt', done: seminarDated },
    {
      id: 'brief-joining-rules',
      label: 'Betingelserne for at deltage er bekræftet',
      done:
        brief.partiesAgree &&
        rules.actionOriented &&
        rules.followUpAgreed &&
        rules.notAuthorityOrder &&
        rules.notCrisisOrPersonalSupport,
    },
  ];
}
