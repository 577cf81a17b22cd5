import type { Engagement } from '../engagement.js';
import type { PhaseKind } from '../vocabulary.js';

/** One thing a phase needs, and whether the programme has it. */
export interface ChecklistItem {
  /** Stable within the phase; also the id of the field or section that fixes it (for "Gå til"). */
  id: string;
  label: string;
  done: boolean;
  /** What is missing, said so the consultant knows what to do (shown only while not done). */
  missing?: string;
}

export type PhaseChecklistRule = (e: Engagement, today: string) => ChecklistItem[];

export interface PhaseProgress {
  kind: PhaseKind;
  items: ChecklistItem[];
  done: number;
  total: number;
}
