import type { Contact, Engagement, Facilitator, Meeting } from '@shared/domain/engagement';
import {
  contactProblems,
  facilitatorProblems,
  meetingTitleProblem,
  organisationProblem,
  parseMinutes,
  titleProblem,
  unitProblem,
  type RecordProblems,
} from '@shared/domain/field-rules';
import { workspaceRecords } from '@/features/workspace/workspace-fields';
import { wrapupRecords } from '@/features/workspace/wrapup/wrapup-fields';

/** Field id (also the input's DOM id) → text typed there that is not saved, because it breaks a rule. */
export type FieldDrafts = Readonly<Record<string, string>>;

/**
 * One thing the programme page edits as a unit: the engagement's title, a
 * contact row, a meeting… A record's fields are checked together (a contact's
 * e-mail needs a name), with the shared field rules the server applies too.
 */
export interface PageRecord<F extends string = string> {
  /** field → the input's DOM id, which also keys its draft and its message */
  ids: Record<F, string>;
  /** field → the saved value, as the input shows it */
  stored: Record<F, string>;
  check: (values: Record<F, string>) => RecordProblems<F>;
  /** Writes checked values into the engagement (inside engagement-store's update). */
  apply: (engagement: Engagement, values: Partial<Record<F, string>>) => void;
}

const single = <F extends string>(
  field: F,
  id: string,
  stored: string,
  check: (value: string) => string | undefined,
  apply: (engagement: Engagement, value: string) => void,
): PageRecord<F> => ({
  ids: { [field]: id } as Record<F, string>,
  stored: { [field]: stored } as Record<F, string>,
  check: (values) => {
    const problem = check(values[field]);
    return (problem ? { [field]: problem } : {}) as RecordProblems<F>;
  },
  apply: (engagement, values) => {
    const value = values[field];
    if (value !== undefined) apply(engagement, value);
  },
});

export const titleRecord = (e: Engagement): PageRecord<'title'> =>
  single('title', 'basics-title', e.title, titleProblem, (target, value) => {
    target.title = value;
  });

export const organisationRecord = (e: Engagement): PageRecord<'organisation'> =>
  single(
    'organisation',
    'basics-organisation',
    e.client.organisation,
    organisationProblem,
    (target, value) => {
      target.client.organisation = value;
    },
  );

export const unitRecord = (e: Engagement): PageRecord<'unit'> =>
  single('unit', 'basics-unit', e.client.unit, unitProblem, (target, value) => {
    target.client.unit = value;
  });

export type ContactTextField = 'name' | 'email' | 'phone';

export const contactRecord = (c: Contact): PageRecord<ContactTextField> => ({
  ids: { name: `contact-${c.id}-name`, email: `contact-${c.id}-email`, phone: `contact-${c.id}-phone` },
  stored: { name: c.name, email: c.email ?? '', phone: c.phone ?? '' },
  check: contactProblems,
  apply: (engagement, values) => {
    const contact = engagement.client.contacts.find((x) => x.id === c.id);
    if (contact) Object.assign(contact, values);
  },
});

export type FacilitatorTextField = 'name' | 'organisation';

export const facilitatorRecord = (f: Facilitator): PageRecord<FacilitatorTextField> => ({
  ids: { name: `facilitator-${f.id}-name`, organisation: `facilitator-${f.id}-organisation` },
  stored: { name: f.name, organisation: f.organisation },
  check: facilitatorProblems,
  apply: (engagement, values) => {
    const facilitator = engagement.facilitators.find((x) => x.id === f.id);
    if (facilitator) Object.assign(facilitator, values);
  },
});

export type MeetingTextField = 'title' | 'minutes';

export const meetingRecord = (m: Meeting): PageRecord<MeetingTextField> => ({
  ids: { title: `meeting-${m.id}-title`, minutes: `meeting-${m.id}-minutes` },
  stored: { title: m.title, minutes: String(m.minutes) },
  check: (values) => {
    const problems: RecordProblems<MeetingTextField> = {};
    const title = meetingTitleProblem(values.title);
    if (title) problems.title = title;
    const minutes = parseMinutes(values.minutes);
    if (!minutes.ok) problems.minutes = minutes.message;
    return problems;
  },
  apply: (engagement, values) => {
    for (const phase of engagement.phases) {
      const meeting = phase.meetings.find((x) => x.id === m.id);
      if (!meeting) continue;
      if (values.title !== undefined) meeting.title = values.title;
      const minutes = values.minutes === undefined ? undefined : parseMinutes(values.minutes);
      if (minutes?.ok) meeting.minutes = minutes.value;
    }
  },
});

/** Every record the programme's pages let the user type into (the workspace's phase pages too). */
export function pageRecords(e: Engagement): PageRecord[] {
  return [
    titleRecord(e),
    organisationRecord(e),
    unitRecord(e),
    ...e.client.contacts.map(contactRecord),
    ...e.facilitators.map(facilitatorRecord),
    ...e.phases.flatMap((p) => p.meetings.map(meetingRecord)),
    ...workspaceRecords(e),
    ...wrapupRecords(e),
  ] as PageRecord[];
}

/** The record's values as the page shows them: drafts laid over what is saved. */
export function shownValues<F extends string>(record: PageRecord<F>, drafts: FieldDrafts): Record<F, string> {
  const values = { ...record.stored };
  for (const field of Object.keys(record.ids) as F[]) {
    const draft = drafts[record.ids[field]];
    if (draft !== undefined) values[field] = draft;
  }
  return values;
}

/** Field id → Danish message, for every field on the page that breaks a rule as it is shown now. */
export function pageFieldProblems(e: Engagement, drafts: FieldDrafts): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const record of pageRecords(e)) {
    const found = record.check(shownValues(record, drafts));
    for (const [field, message] of Object.entries(found)) {
      const id = record.ids[field];
      if (id && typeof message === 'string') problems[id] = message;
    }
  }
  return problems;
}

export interface EditPlan<F extends string> {
  /** The drafts of this record after the edit (other records' drafts are untouched). */
  drafts: Partial<Record<F, string>>;
  /** What to save now, or null when saving anything would break a rule. */
  save: Partial<Record<F, string>> | null;
}

/**
 * What happens when `typed` is entered into `field`. If the record as shown
 * is valid, every draft of it is saved. Otherwise the drafts that are fine on
 * their own are saved if the record stays valid with just them (a corrected
 * name is kept while the e-mail beside it is still wrong); the rest stay
 * drafts, shown with their message, and the last valid value stays saved.
 */
export function planEdit<F extends string>(
  record: PageRecord<F>,
  drafts: FieldDrafts,
  field: F,
  typed: string,
): EditPlan<F> {
  const fields = Object.keys(record.ids) as F[];
  const pending: Partial<Record<F, string>> = {};
  for (const f of fields) {
    const draft = f === field ? typed : drafts[record.ids[f]];
    if (draft !== undefined && draft !== record.stored[f]) pending[f] = draft;
  }
  const problems = record.check({ ...record.stored, ...pending });
  const keep: Partial<Record<F, string>> = {};
  const save: Partial<Record<F, string>> = {};
  for (const f of Object.keys(pending) as F[]) {
    if (problems[f] === undefined) save[f] = pending[f];
    else keep[f] = pending[f];
  }
  if (Object.keys(save).length === 0) return { drafts: keep, save: null };
  if (Object.keys(record.check({ ...record.stored, ...save })).length > 0) {
    return { drafts: pending, save: null };
  }
  return { drafts: keep, save };
}
