import { z } from 'zod';
import { Id, IsoDate, ShortText } from './primitives.js';
import { Sector, ThemeId } from './vocabulary.js';
import { Contact, Facilitator } from './engagement.js';

/**
 * engagements.create: the fixed fields are templateId, title and client; the
 * wizard may also pass contacts, facilitators, themes and meeting dates keyed
 * by the template's meeting keys, so a new programme is complete in one save.
 */
export const CreateEngagementArg = z
  .object({
    templateId: Id,
    title: ShortText.optional(),
    client: z.object({
      organisation: ShortText.min(1, { message: 'Skriv organisationens navn' }),
      unit: ShortText,
      sector: Sector,
    }),
    contacts: z
      .array(Contact.omit({ id: true }))
      .max(100)
      .optional(),
    facilitators: z
      .array(Facilitator.omit({ id: true }))
      .max(50)
      .optional(),
    themes: z.array(ThemeId).max(ThemeId.options.length).optional(),
    meetingDates: z.record(Id, IsoDate).optional(),
  })
  .strict();
export type CreateEngagementArg = z.input<typeof CreateEngagementArg>;
