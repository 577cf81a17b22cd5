// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { APP_SERVICES } from '@/app-services';
import StartView from '@/features/start/StartView.vue';
import { createDayLabels } from '@/features/start/day-labels';
import { formatDate, formatDay } from '@/lib/format';
import { useEngagementsStore } from '@/stores/engagements-store';
import { eventually } from '../../support/eventually';
import { FakeApi } from './fake-api';
import { createTestContext } from './setup';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountStart(api: FakeApi) {
  const ctx = createTestContext(api);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: StartView },
      { path: '/forloeb/:id', component: { render: () => null } },
    ],
  });
  await router.push('/');
  const wrapper = mount(StartView, {
    attachTo: document.body,
    global: { plugins: [ctx.pinia, router], provide: { [APP_SERVICES as symbol]: ctx.services } },
  });
  return { wrapper, ctx, router };
}

describe('StartView, first draw and row links', () => {
  it('draws the first screenful of rows at once and the rest of the page right after', async () => {
    const api = new FakeApi();
    for (let i = 0; i < 130; i++) api.seed('custom', `Kommune ${i}`, `Enhed ${i}`);
    const { wrapper, ctx } = await mountStart(api);
    const list = useEngagementsStore(ctx.pinia);
    await eventually(() => expect(list.summaries).toHaveLength(130));
    await nextTick();
    expect(wrapper.findAll('tbody tr')).toHaveLength(25);
    // The page's count is right from the first frame.
    expect(wrapper.text()).toContain('Viser 100 af 130');
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.findAll('tbody tr')).toHaveLength(100);
    });
    wrapper.unmount();
  });

  it('opens a programme from its row, and leaves a click with a modifier key to the browser', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const { wrapper, router } = await mountStart(api);
    await eventually(async () => {
      await flushPromises();
      expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    });
    const link = wrapper.get('tbody a.title-link');
    expect(link.attributes('href')).toBe(`/forloeb/${seeded.id}`);

    const withCtrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.element.dispatchEvent(withCtrl);
    expect(withCtrl.defaultPrevented).toBe(false);
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/');

    const plain = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.element.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(true);
    await eventually(() => expect(router.currentRoute.value.path).toBe(`/forloeb/${seeded.id}`));
    wrapper.unmount();
  });
});

describe('day labels for the table', () => {
  it('say what formatDate and formatDay say', () => {
    const days = createDayLabels();
    for (const iso of ['2026-12-03', '2026-01-31', '2027-02-28', 'ikke-en-dato']) {
      expect(days.date(iso)).toBe(formatDate(iso));
      expect(days.date(iso)).toBe(formatDate(iso));
    }
    for (const stamp of [
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T23:30:00.000Z',
      '2026-03-29T00:30:00.000Z',
      'x',
    ]) {
      expect(days.day(stamp)).toBe(formatDay(stamp));
    }
  });
});
