import { z } from 'zod';
import { Id, LongText, ShortText } from '../domain/primitives.js';
import { MeetingKind, MeetingMode, PhaseKind } from '../domain/vocabulary.js';

export const TemplateMeeting = z.object({
  /** Stable within the template; the wizard keys its dates by it. */
  key: Id,
  kind: MeetingKind,
  title: ShortText,
  description: LongText,
  mode: MeetingMode,
  minutes: z.number().int().min(0),
  /** Suggested start, in weeks after the programme's first meeting. */
  offsetWeeks: z.number().int().min(0),
});
export type TemplateMeeting = z.infer<typeof TemplateMeeting>;

export const ProgrammeTemplate = z.object({
  id: Id,
  provider: ShortText,
  title: ShortText,
  summary: LongText,
  source: ShortText,
  phases: z.array(
    z.object({
      kind: PhaseKind,
      title: ShortText,
      description: LongText,
      meetings: z.array(TemplateMeeting),
    }),
  ),
});
export type ProgrammeTemplate = z.infer<typeof ProgrammeTemplate>;
