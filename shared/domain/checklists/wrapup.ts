import type { Engagement } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

const filled = (text: string): boolean => text.trim() !== '';

/** Wrap-up: each success criterion assessed, learnings, how it carries on, the TRIO's points, the evaluation. */
export function wrapupChecklist(e: Engagement): ChecklistItem[] {
  const { wrapup } = e;
  const assessed = new Set(
    wrapup.criteria.filter((c) => c.assessment !== 'ikke-vurderet').map((c) => c.criterionId),
  );
  return [
    {
      id: 'wrapup-criteria',
      label: 'Hvert succeskriterium er vurderet',
      done: e.brief.successCriteria.length > 0 && e.brief.successCriteria.every((c) => assessed.has(c.id)),
    },
    { id: 'wrapup-learnings', label: 'Hvad arbejdspladsen har lært', done: filled(wrapup.learnings) },
    {
      id: 'wrapup-continuation',
      label: 'Aftaler om, hvordan arbejdet fortsætter',
      done: wrapup.continuation.some((c) => filled(c.text) && filled(c.owner)),
    },
    {
      id: 'wrapup-trio',
      label: 'TRIO’ens fire punkter er drøftet',
      done: wrapup.trioPoints.every((p) => filled(p.answer)),
    },
    {
      id: 'wrapup-evaluation',
      label: 'Evaluering af effekt og proces',
      done: filled(wrapup.evaluation.effect) && filled(wrapup.evaluation.process),
    },
  ];
}
