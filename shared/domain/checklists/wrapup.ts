import type { Engagement } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

const filled = (text: string): boolean => text.trim() !== '';

/** "1 punkt mangler", "3 punkter mangler". */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function criteriaMissing(total: number, unassessed: number): string {
  if (total === 0) return 'Forløbet har ingen succeskriterier. Skriv dem under Forberedelse.';
  return `${count(unassessed, 'succeskriterium mangler', 'succeskriterier mangler')} en vurdering.`;
}

/** Wrap-up: each success criterion assessed, learnings, how it carries on, the TRIO's points, the evaluation. */
export function wrapupChecklist(e: Engagement): ChecklistItem[] {
  const { wrapup } = e;
  const assessed = new Set(
    wrapup.criteria.filter((c) => c.assessment !== 'ikke-vurderet').map((c) => c.criterionId),
  );
  const criteria = e.brief.successCriteria;
  const unassessed = criteria.filter((c) => !assessed.has(c.id)).length;
  const unanswered = wrapup.trioPoints.filter((p) => !filled(p.answer)).length;
  const { effect, process } = wrapup.evaluation;
  return [
    {
      id: 'wrapup-criteria',
      label: 'Hvert succeskriterium er vurderet',
      done: criteria.length > 0 && unassessed === 0,
      missing: criteriaMissing(criteria.length, unassessed),
    },
    { id: 'wrapup-learnings', label: 'Hvad arbejdspladsen har lært', done: filled(wrapup.learnings) },
    {
      id: 'wrapup-continuation',
      label: 'Aftaler om, hvordan arbejdet fortsætter',
      done: wrapup.continuation.some((c) => filled(c.text) && filled(c.owner)),
      missing: 'Skriv mindst én aftale med en ansvarlig.',
    },
    {
      id: 'wrapup-trio',
      label: 'TRIO’ens fire punkter er drøftet',
      // An empty list is not "all answered" (a file from before the points existed has none).
      done: wrapup.trioPoints.length > 0 && unanswered === 0,
      missing:
        wrapup.trioPoints.length === 0
          ? 'Forløbet har ingen TRIO-punkter.'
          : `${count(unanswered, 'punkt mangler', 'punkter mangler')} et svar.`,
    },
    {
      id: 'wrapup-evaluation',
      label: 'Evaluering af effekt og proces',
      done: filled(effect) && filled(process),
      missing:
        !filled(effect) && !filled(process)
          ? 'Skriv om både effekt og proces.'
          : `Skriv om ${filled(effect) ? 'processen' : 'effekten'}.`,
    },
  ];
}
