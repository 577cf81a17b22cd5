// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { APP_SERVICES } from '@/app-services';
import AppDialog from '@/components/AppDialog.vue';
import SaveIndicator from '@/components/SaveIndicator.vue';
import StartView from '@/features/start/StartView.vue';
import { useSaveStateStore } from '@/stores/save-state-store';
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
      { path: '/forloeb/:id', component: { render: () => null } },
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
