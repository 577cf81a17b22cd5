// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';
import { APP_SERVICES } from '@/app-services';
import AppDialog from '@/components/AppDialog.vue';
import SaveIndicator from '@/components/SaveIndicator.vue';
import StartView from '@/features/start/StartView.vue';
import TrashView from '@/features/start/TrashView.vue';
import EngagementView from '@/features/engagement/EngagementView.vue';
import OverviewView from '@/features/engagement/OverviewView.vue';
import { useSaveStateStore } from '@/stores/save-state-store';
import { INVALID_FIELDS_MESSAGE, useFieldDraftsStore } from '@/stores/field-drafts-store';
import { useToastStore } from '@/stores/toast-store';
import ToastHost from '@/components/ToastHost.vue';
import { eventually } from '../../support/eventually';
import { FakeApi } from './fake-api';
import { createTestContext } from './setup';

afterEach(() => {
  document.body.innerHTML = '';
});

function routerFor() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: StartView },
      { path: '/nyt', component: { render: () => null } },
      {
        path: '/forloeb/:id',
        component: EngagementView,
        props: true,
        children: [
          { path: '', name: 'engagement', component: OverviewView },
          // The phase pages are not under test here; the tabs only need their names.
          ...['preparation', 'seminar', 'activity', 'wrapup', 'results', 'versions'].map((page) => ({
            path: page,
            name: `engagement-${page}`,
            component: { render: () => null },
          })),
        ],
      },
      { path: '/papirkurv', component: { render: () => null } },
    ],
  });
}

async function mountStart(api: FakeApi) {
  const ctx = createTestContext(api);
  const router = routerFor();
  await router.push('/');
  const wrapper = mount(StartView, {
    attachTo: document.body,
    global: { plugins: [ctx.pinia, router], provide: { [APP_SERVICES as symbol]: ctx.services } },
  });
  // Generous: a loaded CI machine can take seconds over a long list in jsdom.
  await eventually(
    async () => {
      await flushPromises();
      expect(wrapper.find('[aria-busy="true"]').exists()).toBe(false);
    },
    { timeout: 15_000 },
  );
  return { wrapper, ctx };
}

describe('StartView', () => {
  it('shows an empty state with a call to action when there are no programmes', async () => {
    const { wrapper } = await mountStart(new FakeApi());
    expect(wrapper.find('h1').text()).toBe('Forløb');
    expect(wrapper.text()).toContain('Ingen forløb endnu');
    const links = wrapper.findAll('a').filter((a) => a.attributes('href') === '/nyt');
    expect(links.map((a) => a.text())).toEqual(['Opret det første forløb']);
  });

  it('lists programmes with template, phase, next meeting and status, and filters by search, phase and status', async () => {
    const api = new FakeApi();
    api.seed('nfa-grundmodel', 'Region Sjælland', 'Akutmodtagelsen, Køge');
    const ruc = api.seed('ruc-dialog', 'Roskilde Kommune', 'Hjemmeplejen Øst');
    const stored = api.engagements.get(ruc.id);
    if (!stored) throw new Error('seed');
    stored.status = 'pause';
    const firstMeeting = stored.phases[0]?.meetings[0];
    if (firstMeeting) firstMeeting.date = '2026-12-03';

    const { wrapper } = await mountStart(api);
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.findAll('tbody tr')).toHaveLength(2);
    });

    const rucRow = wrapper.findAll('tbody tr').find((r) => r.text().includes('Roskilde'));
    expect(rucRow?.text()).toContain('RUC dialogforløb');
    expect(rucRow?.text()).toContain('Forberedelse');
    expect(rucRow?.text()).toContain('3. dec. 2026');
    expect(rucRow?.text()).toContain('På pause');
    expect(rucRow?.find('a').attributes('href')).toBe(`/forloeb/${ruc.id}`);

    const search = wrapper.get('input#search');
    expect(wrapper.get('label[for="search"]').text()).toBe('Søg');
    await search.setValue('koge');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    expect(wrapper.find('tbody').text()).toContain('Akutmodtagelsen, Køge');
    expect(wrapper.text()).toContain('Viser 1 af 2 forløb');

    await search.setValue('');
    await wrapper.get('select#filter-status').setValue('pause');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    expect(wrapper.find('tbody').text()).toContain('Roskilde');

    await wrapper.get('select#filter-phase').setValue('wrapup');
    expect(wrapper.findAll('tbody tr')).toHaveLength(0);
    expect(wrapper.text()).toContain('Ingen forløb matcher');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Nulstil filtre')
      ?.trigger('click');
    expect(wrapper.findAll('tbody tr')).toHaveLength(2);
    wrapper.unmount();
  });

  it('shows a long list a hundred rows at a time, while search still covers all of it', async () => {
    const api = new FakeApi();
    for (let i = 0; i < 230; i++) api.seed('custom', `Kommune ${i}`, `Enhed ${i}`);
    const { wrapper } = await mountStart(api);
    await eventually(
      async () => {
        await flushPromises();
        expect(wrapper.findAll('tbody tr')).toHaveLength(100);
      },
      { timeout: 15_000 },
    );
    expect(wrapper.text()).toContain('230 forløb');
    expect(wrapper.text()).toContain('Viser 100 af 230');

    const more = () => wrapper.findAll('button').find((b) => b.text().startsWith('Vis '));
    await more()?.trigger('click');
    expect(wrapper.findAll('tbody tr')).toHaveLength(200);
    expect(more()?.text()).toBe('Vis 30 mere');
    await more()?.trigger('click');
    expect(wrapper.findAll('tbody tr')).toHaveLength(230);
    expect(more()).toBeUndefined();

    await wrapper.get('input#search').setValue('Enhed 229');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    await wrapper.get('input#search').setValue('');
    expect(wrapper.findAll('tbody tr')).toHaveLength(100);
    wrapper.unmount();
  });

  it('warns about a damaged programme and offers to recover it', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const recover = vi.fn(async () => api.engagements.get(seeded.id));
    const damagedApi: FakeApi = Object.assign(Object.create(api) as FakeApi, {
      call: async (method: string, arg: unknown) => {
        if (method === 'engagements.list') {
          const list = (await api.call('engagements.list', {})).map((s) => ({
            ...s,
            damaged: { file: `engagements/${s.id}/engagement.json`, message: 'Ugyldig JSON' },
          }));
          return list;
        }
        if (method === 'engagements.recover') return recover();
        return api.call(method as 'engagements.get', arg as { id: string });
      },
    });
    const { wrapper } = await mountStart(damagedApi);
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.text()).toContain('Filen kan ikke læses');
    });
    expect(wrapper.text()).toContain(`engagements/${seeded.id}/engagement.json`);
    const button = wrapper.findAll('button').find((b) => b.text().includes('Gendan seneste gode version'));
    await button?.trigger('click');
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.text()).not.toContain('Filen kan ikke læses');
    });
    expect(recover).toHaveBeenCalledOnce();
    wrapper.unmount();
  });
});

describe('SaveIndicator', () => {
  it('says "Gemmer…", "Gemt" or the error, politely live', async () => {
    const ctx = createTestContext(new FakeApi());
    const wrapper = mount(SaveIndicator, { global: { plugins: [ctx.pinia] } });
    const status = wrapper.get('[role="status"]');
    expect(status.attributes('aria-live')).toBe('polite');
    expect(status.text()).toBe('');
    const saveState = useSaveStateStore(ctx.pinia);
    saveState.set('saving');
    await nextTick();
    expect(status.text()).toBe('Gemmer…');
    saveState.set('saved');
    await nextTick();
    expect(status.text()).toBe('Gemt');
    saveState.set('error', 'Ikke gemt – forløbet er ændret et andet sted');
    await nextTick();
    expect(status.text()).toBe('Ikke gemt – forløbet er ændret et andet sted');
  });
});

describe('SaveIndicator with fields that break a rule', () => {
  it('says the edit is not saved and what to do, over whatever the outbox says', async () => {
    const ctx = createTestContext(new FakeApi());
    const wrapper = mount(SaveIndicator, { global: { plugins: [ctx.pinia] } });
    const api = new FakeApi();
    const engagement = api.seed();
    useSaveStateStore(ctx.pinia).set('saved');
    const drafts = useFieldDraftsStore(ctx.pinia);
    drafts.track(engagement);
    await nextTick();
    expect(wrapper.text()).toBe('Gemt');
    drafts.edit(
      {
        ids: { title: 'basics-title' },
        stored: { title: engagement.title },
        check: (v) => (v.title ? {} : { title: 'Skriv forløbets titel.' }),
        apply: () => undefined,
      },
      'title',
      '',
    );
    await nextTick();
    expect(wrapper.get('[role="status"]').classes()).toContain('save-error');
    expect(wrapper.text()).toBe(INVALID_FIELDS_MESSAGE);
    drafts.reset();
    await nextTick();
    expect(wrapper.text()).toBe('Gemt');
  });
});

/** The programme page with the top bar's save indicator beside it (two apps, one Pinia), as App.vue has them. */
async function mountEngagement(api: FakeApi, id: string) {
  const ctx = createTestContext(api);
  const router = routerFor();
  await router.push(`/forloeb/${id}`);
  const global = { plugins: [ctx.pinia, router], provide: { [APP_SERVICES as symbol]: ctx.services } };
  const indicator = mount(SaveIndicator, { attachTo: document.body, global });
  // The page as the app shows it: its route, with the overview as the child page.
  const page = mount(RouterView, { attachTo: document.body, global });
  await flushPromises();
  const wrapper = Object.assign(page, {
    indicatorText: () => indicator.text(),
    unmountAll: () => {
      page.unmount();
      indicator.unmount();
    },
  });
  return { wrapper, ctx };
}

describe('EngagementView', () => {
  it.each(['IKKE ET ID', 'Forløb-1', 'a'.repeat(65)])(
    'shows "Forløbet findes ikke" for the id %j without asking the store, and offers no retry',
    async (id) => {
      const api = new FakeApi();
      const { wrapper } = await mountEngagement(api, id);
      await flushPromises();
      expect(wrapper.get('h1').text()).toBe('Forløbet findes ikke');
      expect(wrapper.text()).not.toContain('Prøv igen');
      expect(wrapper.text()).not.toMatch(/Ugyldig|argument/);
      expect(wrapper.findAll('a').map((a) => a.text())).toContain('Alle forløb');
      expect(api.calls.filter((c) => c.method === 'engagements.get')).toEqual([]);
      wrapper.unmountAll();
    },
  );

  it('shows the same page, without a retry, for a well-formed id that no programme has', async () => {
    const { wrapper } = await mountEngagement(new FakeApi(), 'findes-ikke');
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.find('h1').text()).toBe('Forløbet findes ikke');
    });
    expect(wrapper.text()).not.toContain('Prøv igen');
    wrapper.unmountAll();
  });

  it('does not save an empty title, an empty meeting title or a duration out of range, and says why beside each', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const meeting = seeded.phases[1]!.meetings[0]!;
    const { wrapper } = await mountEngagement(api, seeded.id);
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.find('#basics-title').exists()).toBe(true);
    });

    await wrapper.get('#basics-title').setValue('');
    await wrapper.get(`#meeting-${meeting.id}-title`).setValue('   ');
    await wrapper.get(`#meeting-${meeting.id}-minutes`).setValue('1500');
    await flushPromises();
    for (const [id, message] of [
      ['basics-title', 'Skriv forløbets titel.'],
      [`meeting-${meeting.id}-title`, 'Skriv mødets titel.'],
      [`meeting-${meeting.id}-minutes`, 'Varigheden skal være mellem 0 og 1440 minutter (24 timer).'],
    ] as const) {
      const input = wrapper.get(`#${id}`);
      expect(input.attributes('aria-invalid')).toBe('true');
      const describedBy = input.attributes('aria-describedby') ?? '';
      expect(describedBy).not.toBe('');
      expect(document.getElementById(describedBy)?.textContent?.trim()).toBe(message);
    }
    expect((wrapper.get(`#meeting-${meeting.id}-minutes`).element as HTMLInputElement).value).toBe('1500');
    expect(wrapper.indicatorText()).toBe(INVALID_FIELDS_MESSAGE);

    // A valid edit elsewhere is saved; the invalid ones never reach the file store.
    await wrapper.get('#basics-unit').setValue('Akutmodtagelsen, Køge');
    await eventually(async () => {
      await flushPromises();
      expect(api.saves().length).toBeGreaterThan(0);
    });
    for (const saved of api.saves()) {
      expect(saved.title).toBe(seeded.title);
      expect(saved.phases[1]!.meetings[0]).toMatchObject({ title: meeting.title, minutes: meeting.minutes });
    }
    expect(api.engagements.get(seeded.id)?.client.unit).toBe('Akutmodtagelsen, Køge');
    wrapper.unmountAll();
  });

  it('adds a meeting to an empty phase, moves it with Alt+↑, and removes it with a confirmation and an undo', async () => {
    const api = new FakeApi();
    const seeded = api.seed('ruc-dialog');
    const { wrapper } = await mountEngagement(api, seeded.id);
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.find('#basics-title').exists()).toBe(true);
    });
    const activity = seeded.phases[2]!;
    const addButton = () => wrapper.get(`#phase-${activity.id}-add`);
    await addButton().trigger('click');
    await addButton().trigger('click');
    await flushPromises();
    const titles = () =>
      wrapper.findAll(`[aria-labelledby="phase-${activity.id}-heading"] input[id$="-title"]`);
    expect(titles().map((t) => (t.element as HTMLInputElement).value)).toEqual(['Nyt møde', 'Nyt møde']);
    await titles()[1]!.setValue('Andet møde');
    await titles()[1]!.trigger('keydown', { key: 'ArrowUp', altKey: true });
    await flushPromises();
    expect(titles().map((t) => (t.element as HTMLInputElement).value)).toEqual(['Andet møde', 'Nyt møde']);

    const removeButton = wrapper
      .findAll('button')
      .find((b) => b.attributes('aria-label') === 'Fjern mødet »Andet møde«');
    await removeButton?.trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('»Andet møde«');
    const confirm = [...(dialog?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === 'Fjern mødet',
    );
    confirm?.click();
    await flushPromises();
    expect(titles().map((t) => (t.element as HTMLInputElement).value)).toEqual(['Nyt møde']);

    const undo = useToastStore(wrapper.vm.$pinia).toasts.find((t) =>
      t.message.includes('»Andet møde« er fjernet'),
    );
    expect(undo?.action?.label).toBe('Fortryd');
    await useToastStore(wrapper.vm.$pinia).runAction(undo!.id);
    await flushPromises();
    expect(titles().map((t) => (t.element as HTMLInputElement).value)).toEqual(['Andet møde', 'Nyt møde']);
    await eventually(async () => {
      await flushPromises();
      expect(api.engagements.get(seeded.id)?.phases[2]?.meetings.map((m) => m.title)).toEqual([
        'Andet møde',
        'Nyt møde',
      ]);
    });
    wrapper.unmountAll();
  });
});

describe('toasts about a programme', () => {
  it('dismissFor withdraws every offer about that programme and nothing else', () => {
    const ctx = createTestContext(new FakeApi());
    const toasts = useToastStore(ctx.pinia);
    const undoDelete = toasts.show('Forløbet er slettet', {
      subject: 'a',
      action: { label: 'Fortryd', run: vi.fn() },
    });
    toasts.show('Mødet er fjernet', { subject: 'a', action: { label: 'Fortryd', run: vi.fn() } });
    const other = toasts.show('Forløbet er slettet', {
      subject: 'b',
      action: { label: 'Fortryd', run: vi.fn() },
    });
    toasts.dismissFor('a');
    expect(toasts.toasts.map((t) => t.id)).toEqual([other]);
    expect(toasts.toasts.some((t) => t.id === undoDelete)).toBe(false);
  });

  it('restoring from the trash takes away the delete’s "Fortryd", which could only fail now', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const restore = vi.fn(async () => structuredClone(seeded));
    const trashApi: FakeApi = Object.assign(Object.create(api) as FakeApi, {
      call: async (method: string, arg: unknown) => {
        if (method === 'engagements.trash')
          return [
            {
              id: seeded.id,
              title: seeded.title,
              organisation: 'Region Sjælland',
              deletedAt: '2026-11-21T10:00:00.000Z',
            },
          ];
        if (method === 'engagements.restore') return restore();
        return api.call(method as 'engagements.get', arg as { id: string });
      },
    });
    const ctx = createTestContext(trashApi);
    const router = routerFor();
    await router.push('/papirkurv');
    const toasts = useToastStore(ctx.pinia);
    const undoRun = vi.fn();
    toasts.show('Forløbet er slettet', { subject: seeded.id, action: { label: 'Fortryd', run: undoRun } });
    const global = { plugins: [ctx.pinia, router], provide: { [APP_SERVICES as symbol]: ctx.services } };
    const host = mount(ToastHost, { attachTo: document.body, global });
    const wrapper = mount(TrashView, { attachTo: document.body, global });
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.text()).toContain(seeded.title);
    });
    expect(host.findAll('.toast-action').map((b) => b.text())).toEqual(['Fortryd']);

    await wrapper.get(`button[aria-label="Gendan ${seeded.title}"]`).trigger('click');
    await eventually(async () => {
      await flushPromises();
      expect(host.text()).toContain('er gendannet');
    });
    expect(restore).toHaveBeenCalledOnce();
    expect(host.findAll('.toast-action').map((b) => b.text())).toEqual(['Åbn']);
    expect(undoRun).not.toHaveBeenCalled();
    wrapper.unmount();
    host.unmount();
  });
});

describe('AppDialog', () => {
  const Host = defineComponent({
    setup() {
      const open = ref(false);
      return () =>
        h('div', [
          h('button', { id: 'opener', onClick: () => (open.value = true) }, 'Åbn'),
          h(
            AppDialog,
            {
              open: open.value,
              title: 'Slet forløbet?',
              description: 'Det flyttes til papirkurven.',
              onClose: () => (open.value = false),
            },
            {
              default: () => h('p', 'Indhold'),
              actions: () => [
                h('button', { id: 'cancel' }, 'Annullér'),
                h('button', { id: 'confirm' }, 'Slet forløb'),
              ],
            },
          ),
        ]);
    },
  });

  it('is a labelled modal that takes focus, traps Tab, closes on Esc and gives focus back', async () => {
    const wrapper = mount(Host, { attachTo: document.body });
    const opener = document.getElementById('opener');
    opener?.focus();
    await wrapper.get('#opener').trigger('click');
    await flushPromises();

    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    const labelledBy = dialog?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(labelledBy)?.textContent).toBe('Slet forløbet?');
    expect(document.activeElement?.id).toBe('cancel');

    const tab = (shiftKey = false) =>
      dialog?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }),
      );
    document.getElementById('confirm')?.focus();
    tab();
    expect(document.activeElement?.id).toBe('cancel');
    tab(true);
    expect(document.activeElement?.id).toBe('confirm');

    dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flushPromises();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement?.id).toBe('opener');
    wrapper.unmount();
  });
});
