import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { ApiArg, ApiMethod, ApiResult } from '@shared/api';
import { ApiError } from '@shared/errors';
import { useWizardStore } from '@/stores/wizard-store';
import { useTemplatesStore } from '@/stores/templates-store';
import { FakeApi } from './fake-api';
import { MemoryStorage } from './memory-storage';
import { createTestContext } from './setup';

const KEY = 'forlob.wizard-draft.v1';

/** FakeApi whose engagements.create can be made to fail. */
class CreateFailingApi extends FakeApi {
  createError: ApiError | null = null;

  override async call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
    if (method === 'engagements.create' && this.createError) throw this.createError;
    return super.call(method, arg);
  }
}

let session: MemoryStorage;

beforeEach(() => {
  session = new MemoryStorage();
  vi.stubGlobal('sessionStorage', session);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fresh app with its own Pinia, as after a reload of the tab; sessionStorage is kept. */
async function openWizard(api = new CreateFailingApi()) {
  const ctx = createTestContext(api);
  const wizard = ctx.app.runWithContext(() => useWizardStore());
  await ctx.app.runWithContext(() => useTemplatesStore()).load();
  return { wizard, api };
}

async function fillToDates(wizard: ReturnType<typeof useWizardStore>) {
  wizard.draft.organisation = 'Aarhus Kommune';
  wizard.draft.sector = 'kommune';
  wizard.selectTemplate('nfa-grundmodel');
  expect(wizard.enter(5)).toBe(5);
  await nextTick();
}

describe('wizard store: the draft survives a reload', () => {
  it('writes each change to sessionStorage at once and reads it back in a new page', async () => {
    const first = await openWizard();
    first.wizard.draft.organisation = 'Region Midtjylland';
    first.wizard.draft.sector = 'region';
    first.wizard.addContact();
    expect(first.wizard.next()).toBe(true);
    // Synchronous: nothing waits for a tick before it is stored.
    expect(JSON.parse(session.getItem(KEY) ?? '{}')).toMatchObject({
      stepIndex: 1,
      furthest: 1,
      draft: { organisation: 'Region Midtjylland', sector: 'region' },
    });

    const reloaded = await openWizard();
    expect(reloaded.wizard.draft.organisation).toBe('Region Midtjylland');
    expect(reloaded.wizard.draft.contacts).toHaveLength(1);
    expect(reloaded.wizard.stepIndex).toBe(1);
    expect(reloaded.wizard.furthest).toBe(1);

    reloaded.wizard.reset();
    expect(session.getItem(KEY)).toBeNull();
    expect((await openWizard()).wizard.draft.organisation).toBe('');
  });

  it('ignores a stored draft it cannot read, and carries on when storage is full', async () => {
    session.setItem(KEY, JSON.stringify({ draft: { organisation: 42 }, stepIndex: 3, furthest: 3 }));
    const { wizard } = await openWizard();
    expect(wizard.draft.organisation).toBe('');
    expect(wizard.stepIndex).toBe(0);

    session.failWrites = true;
    wizard.draft.organisation = 'Vejle Kommune';
    expect(wizard.draft.organisation).toBe('Vejle Kommune');
  });
});

describe('wizard store: steps are entered only through valid steps', () => {
  it('sends a step beyond what is valid to the first step that is not, with its errors', async () => {
    const { wizard } = await openWizard();
    expect(wizard.enter(6)).toBe(0);
    expect(wizard.errors).toHaveProperty('wizard-organisation', 'Skriv organisationens navn.');

    wizard.draft.organisation = 'Aarhus Kommune';
    wizard.draft.sector = 'kommune';
    expect(wizard.enter(6)).toBe(2);
    expect(wizard.errors).toEqual({ 'wizard-template-first': 'Vælg en skabelon.' });

    wizard.selectTemplate('ruc-dialog');
    expect(wizard.enter(6)).toBe(6);
    expect(wizard.furthest).toBe(6);
    expect(wizard.enter(99)).toBe(6);
  });

  it('suggests the dates when "Næste" leaves a start date unused, and stays to show them', async () => {
    const { wizard } = await openWizard();
    await fillToDates(wizard);
    wizard.draft.startDate = '2027-03-01';
    expect(wizard.next()).toBe(false);
    expect(wizard.stepIndex).toBe(5);
    expect(wizard.draft.meetingDates).toMatchObject({ seminar: '2027-03-30' });
    expect(wizard.datesNotice).toContain('4 møder har fået en dato');
    expect(wizard.next()).toBe(true);
    expect(wizard.stepIndex).toBe(6);
  });

  it('refuses to suggest from a start date that is not a date, in Danish', async () => {
    const { wizard } = await openWizard();
    await fillToDates(wizard);
    expect(wizard.suggestDates()).toBe(false);
    expect(wizard.errors['wizard-start-date']).toBe('Skriv en startdato først, fx 12.03.2027.');
    wizard.draft.startDate = '31.02.2027';
    expect(wizard.suggestDates()).toBe(false);
    expect(wizard.errors['wizard-start-date']).toBe('Skriv datoen som dd.mm.åååå, fx 12.03.2027.');
    expect(wizard.next()).toBe(false);
  });
});

describe('wizard store: a failed create is explained, and nothing typed is lost', () => {
  it('names the step of a rejected value and the field to fix', async () => {
    const { wizard, api } = await openWizard();
    await fillToDates(wizard);
    expect(wizard.enter(6)).toBe(6);
    api.createError = new ApiError(
      'invalid_argument',
      'Ugyldige data for det nye forløb (client.unit): For stor',
      {
        issues: [{ path: 'client.unit', message: 'For stor' }],
      },
    );
    expect(await wizard.create()).toBeNull();
    expect(wizard.createFailure).toEqual({
      message:
        'Noget på trinnet »Kunde« kan ikke gemmes, som det står. Gå til trinnet, ret det, og tryk »Opret forløb« igen.',
      step: 'kunde',
      field: 'wizard-unit',
      detail: 'Ugyldige data for det nye forløb (client.unit): For stor',
    });
    expect(wizard.draft.organisation).toBe('Aarhus Kommune');
    expect(session.getItem(KEY)).not.toBeNull();

    // Leaving the step clears the message; the transport failing says nothing is lost.
    wizard.enter(0);
    expect(wizard.createFailure).toBeNull();
    wizard.enter(6);
    api.createError = new ApiError('internal', 'Ingen forbindelse til Forløb.');
    await wizard.create();
    expect(wizard.createFailure?.message).toContain('Det, du har skrevet, er ikke tabt');
    expect(wizard.createFailure?.step).toBeUndefined();

    api.createError = null;
    const created = await wizard.create();
    expect(created?.title).toBe('Aarhus Kommune');
  });
});
