import { z } from 'zod';
import { Id, IsoDate, ShortText } from './primitives.js';
import { Sector, ThemeId } from './vocabulary.js';
import { Contact, Facilitator } from './engagement.js';
import {
  contactProblems,
  facilitatorProblems,
  organisationProblem,
  type RecordProblems,
} from './field-rules.js';

/** Turns a field-rules check into a refinement that reports on the field at fault. */
const rule =
  <T extends string>(check: (value: T) => string | undefined) =>
  (value: T, ctx: z.RefinementCtx): void => {
    const message = check(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };

const recordRule =
  <T, K extends string>(check: (value: T) => RecordProblems<K>) =>
  (value: T, ctx: z.RefinementCtx): void => {
    for (const [field, message] of Object.entries(check(value))) {
      if (typeof message === 'string') ctx.addIssue({ code: 'custom', path: [field], message });
    }
  };

/**
 * engagements.create: the fixed fields are templateId, title and client; the
 * wizard may also pass contacts, facilitators, themes and meeting dates keyed
 * by the template's meeting keys, so a new programme is complete in one save.
 * Contacts, facilitators and the organisation follow the same field rules as
 * the forms (field-rules.ts).
 */
export const CreateEngagementArg = z
  .object({
    templateId: Id,
    title: ShortText.optional(),
    client: z.object({
      organisation: z.string().superRefine(rule(organisationProblem)),
      unit: ShortText,
      sector: Sector,
    }),
    contacts: z
      .array(Contact.omit({ id: true }).superRefine(recordRule(contactProblems)))
      .max(100)
      .optional(),
    facilitators: z
      .array(Facilitator.omit({ id: true }).superRefine(recordRule(facilitatorProblems)))
      .max(50)
      .optional(),
    themes: z.array(ThemeId).max(ThemeId.options.length).optional(),
    meetingDates: z.record(Id, IsoDate).optional(),
  })
  .strict();
export type CreateEngagementArg = z.input<typeof CreateEngagementArg>;
