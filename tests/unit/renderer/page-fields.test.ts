import { describe, expect, it } from 'vitest';
import { createEngagement } from '@shared/domain/create-engagement';
import { Engagement, type Engagement as EngagementType } from '@shared/domain/engagement';
import { newMeeting } from '@shared/domain/new-meeting';
import { findTemplate } from '@shared/templates/programme-templates';
import {
  contactRecord,
  meetingRecord,
  pageFieldProblems,
  planEdit,
  titleRecord,
} from '@/features/engagement/page-fields';
import { emptyDraft, validateStep } from '@/features/wizard/wizard-model';
import {
  contactProblems,
  facilitatorProblems,
  optionalTitleProblem,
  organisationProblem,
  unitProblem,
} from '@shared/domain/field-rules';
import { addMeeting, moveMeeting, removeMeeting, restoreMeeting } from '@/features/engagement/meetings-model';

function ruc(): EngagementType {
  let n = 0;
  const engagement = createEngagement(
    findTemplate('ruc-dialog')!,
    {
      templateId: 'ruc-dialog',
      client: { organisation: 'Roskilde Kommune', unit: 'Hjemmeplejen', sector: 'kommune' },
    },
    { id: 'e1', now: '2026-11-21T10:00:00.000Z', newId: () => `x${++n}` },
  );
  engagement.client.contacts = [{ id: 'c1', name: 'Ane', role: 'leder', email: 'ane@roskilde.dk' }];
  return engagement;
}

describe('planEdit: what is saved when the user types', () => {
  it('saves a valid value and keeps no draft', () => {
    const plan = planEdit(titleRecord(ruc()), {}, 'title', 'Ny titel');
    expect(plan).toEqual({ drafts: {}, save: { title: 'Ny titel' } });
  });

  it('keeps an invalid value as a draft and saves nothing', () => {
    expect(planEdit(titleRecord(ruc()), {}, 'title', ' ')).toEqual({ drafts: { title: ' ' }, save: null });
  });

  it('drops the draft once the value is back to what is saved', () => {
    const drafts = { 'basics-title': '' };
    const e = ruc();
    expect(planEdit(titleRecord(e), drafts, 'title', e.title)).toEqual({ drafts: {}, save: null });
  });

  it('saves a corrected name while the e-mail beside it is still wrong', () => {
    const record = contactRecord(ruc().client.contacts[0]!);
    const drafts = { 'contact-c1-email': 'ane.roskilde' };
    expect(planEdit(record, drafts, 'name', 'Ane Berg')).toEqual({
      drafts: { email: 'ane.roskilde' },
      save: { name: 'Ane Berg' },
    });
  });

  it('holds an e-mail typed into a nameless row until the row has a name, then saves both', () => {
    const e = ruc();
    e.client.contacts.push({ id: 'c2', name: '', role: 'andet', email: '', phone: '' });
    const record = contactRecord(e.client.contacts[1]!);
    const first = planEdit(record, {}, 'email', 'bo@roskilde.dk');
    expect(first).toEqual({ drafts: { email: 'bo@roskilde.dk' }, save: null });
    expect(pageFieldProblems(e, { 'contact-c2-email': 'bo@roskilde.dk' })).toEqual({
      'contact-c2-name': 'Skriv kontaktpersonens navn.',
    });
    const second = planEdit(record, { 'contact-c2-email': 'bo@roskilde.dk' }, 'name', 'Bo');
    expect(second).toEqual({ drafts: {}, save: { email: 'bo@roskilde.dk', name: 'Bo' } });
  });

  it('never clamps a duration: out of range stays a draft with its message', () => {
    const e = ruc();
    const meeting = e.phases[0]!.meetings[0]!;
    const record = meetingRecord(meeting);
    expect(planEdit(record, {}, 'minutes', '2000')).toEqual({ drafts: { minutes: '2000' }, save: null });
    expect(pageFieldProblems(e, { [`meeting-${meeting.id}-minutes`]: '2000' })).toEqual({
      [`meeting-${meeting.id}-minutes`]: 'Varigheden skal være mellem 0 og 1440 minutter (24 timer).',
    });
    const plan = planEdit(record, {}, 'minutes', '90');
    expect(plan.save).toEqual({ minutes: '90' });
    record.apply(e, plan.save!);
    expect(e.phases[0]!.meetings[0]!.minutes).toBe(90);
  });

  it('finds no problem on a programme straight from a template', () => {
    expect(pageFieldProblems(ruc(), {})).toEqual({});
  });

  it('marks what a file written before the rules holds, so it can be put right', () => {
    const e = ruc();
    e.title = '';
    e.phases[1]!.meetings[0]!.title = '';
    expect(Object.keys(pageFieldProblems(e, {}))).toEqual([
      'basics-title',
      `meeting-${e.phases[1]!.meetings[0]!.id}-title`,
    ]);
  });
});

describe('meetings model', () => {
  it('adds a meeting to an empty phase, with a default title, an hour, on site, and no date', () => {
    const e = ruc();
    const activity = e.phases[2]!;
    expect(activity.meetings).toEqual([]);
    expect(addMeeting(e, activity.id, newMeeting('m-new'))).toBe(true);
    expect(activity.meetings).toEqual([
      {
        id: 'm-new',
        kind: 'andet',
        title: 'Nyt møde',
        description: '',
        mode: 'on-site',
        minutes: 60,
        agenda: [],
        record: { participants: '', notes: '', decisions: '' },
      },
    ]);
    expect(Engagement.safeParse(e).success).toBe(true);
  });

  it('moves a meeting within its phase and not past either end', () => {
    const e = ruc();
    const prep = e.phases[0]!;
    const [a, b, c] = prep.meetings.map((m) => m.id);
    expect(moveMeeting(e, a!, -1)).toBe(false);
    expect(moveMeeting(e, c!, 1)).toBe(false);
    expect(moveMeeting(e, a!, 1)).toBe(true);
    expect(prep.meetings.map((m) => m.id)).toEqual([b, a, c]);
    expect(moveMeeting(e, c!, -1)).toBe(true);
    expect(prep.meetings.map((m) => m.id)).toEqual([b, c, a]);
    expect(moveMeeting(e, 'ukendt', 1)).toBe(false);
  });

  it('removes a meeting and puts it back in the same place', () => {
    const e = ruc();
    const before = e.phases[0]!.meetings.map((m) => m.id);
    const removed = removeMeeting(e, before[1]!);
    expect(removed).toMatchObject({ phaseId: e.phases[0]!.id, index: 1 });
    expect(e.phases[0]!.meetings.map((m) => m.id)).toEqual([before[0], before[2]]);
    expect(restoreMeeting(e, removed!)).toBe(true);
    expect(e.phases[0]!.meetings.map((m) => m.id)).toEqual(before);
    // Not twice: the id would then be taken by two meetings.
    expect(restoreMeeting(e, removed!)).toBe(false);
  });
});

describe('the wizard and the programme page', () => {
  it.each([
    ['', '', ''],
    ['   ', 'x', 'Titel'],
    ['x'.repeat(201), 'y'.repeat(201), 'z'.repeat(201)],
    ['Roskilde Kommune', 'Hjemmeplejen', ''],
  ])('refuse the same client fields with the same words (%#)', (organisation, unit, title) => {
    const errors = validateStep(
      'kunde',
      { ...emptyDraft(), organisation, unit, title, sector: 'kommune' },
      undefined,
    );
    expect(errors['wizard-organisation']).toBe(organisationProblem(organisation));
    expect(errors['wizard-unit']).toBe(unitProblem(unit));
    expect(errors['wizard-title']).toBe(optionalTitleProblem(title));
  });

  it.each([
    { name: '', email: '', phone: '' },
    { name: '', email: 'ane@roskilde.dk', phone: '' },
    { name: 'Ane', email: 'ane', phone: '' },
    { name: '', email: 'ane', phone: '1234' },
    { name: 'Ane', email: ' ane@roskilde.dk ', phone: '' },
  ])('refuse the same contact rows with the same words: %j', (row) => {
    const errors = validateStep(
      'kontakter',
      { ...emptyDraft(), contacts: [{ id: 'c', role: 'leder', ...row }] },
      undefined,
    );
    const shared = contactProblems(row);
    expect(errors['contact-c-name']).toBe(shared.name);
    expect(errors['contact-c-email']).toBe(shared.email);
  });

  it.each([
    { name: '', organisation: '' },
    { name: '', organisation: 'NFA' },
    { name: 'Bo', organisation: '' },
  ])('refuse the same facilitator rows with the same words: %j', (row) => {
    const errors = validateStep(
      'facilitatorer',
      { ...emptyDraft(), facilitators: [{ id: 'f', ...row }] },
      undefined,
    );
    expect(errors['facilitator-f-name']).toBe(facilitatorProblems(row).name);
  });
});
