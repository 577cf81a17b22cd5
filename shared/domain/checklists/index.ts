import type { Engagement } from '../engagement.js';
import type { PhaseKind } from '../vocabulary.js';
import { activityChecklist } from './activity.js';
import type { PhaseChecklistRule, PhaseProgress } from './checklist.js';
import { preparationChecklist } from './preparation.js';
import { seminarChecklist } from './seminar.js';
import { wrapupChecklist } from './wrapup.js';

export type { ChecklistItem, PhaseProgress } from './checklist.js';

const RULES: Record<PhaseKind, PhaseChecklistRule> = {
  preparation: preparationChecklist,
  seminar: seminarChecklist,
  activity: activityChecklist,
  wrapup: wrapupChecklist,
};

/** What a phase needs and how much of it the programme has: the phase pages and the overview show this. */
export function phaseProgress(e: Engagement, kind: PhaseKind, today: string): PhaseProgress {
  const items = RULES[kind](e, today);
  return { kind, items, done: items.filter((item) => item.done).length, total: items.length };
}
