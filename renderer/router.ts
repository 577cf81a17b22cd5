import {
  START_LOCATION,
  createRouter,
  createWebHashHistory,
  createWebHistory,
  type RouteRecordRaw,
} from 'vue-router';
import { useHashHistory } from './history-mode';
import StartView from './features/start/StartView.vue';

export { useHashHistory };

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'start',
    // Part of the app's own chunk: the first screen should not wait for a second round trip.
    component: StartView,
    meta: { title: 'Forløb' },
  },
  {
    path: '/nyt',
    name: 'wizard',
    component: () => import('./features/wizard/WizardView.vue'),
    meta: { title: 'Nyt forløb' },
  },
  {
    // The workspace: one shell (header, save conflicts, the phase tabs) around the page of each phase.
    path: '/forloeb/:id',
    component: () => import('./features/engagement/EngagementView.vue'),
    props: true,
    meta: { title: 'Forløb' },
    children: [
      {
        path: '',
        name: 'engagement',
        component: () => import('./features/engagement/OverviewView.vue'),
        meta: { title: 'Forløb' },
      },
      {
        path: 'forberedelse',
        name: 'engagement-preparation',
        component: () => import('./features/workspace/preparation/PreparationView.vue'),
        meta: { title: 'Forberedelse' },
      },
      {
        path: 'seminar',
        name: 'engagement-seminar',
        component: () => import('./features/workspace/seminar/SeminarView.vue'),
        meta: { title: 'Seminar' },
      },
      {
        path: 'aktivitet',
        name: 'engagement-activity',
        component: () => import('./features/workspace/activity/ActivityView.vue'),
        meta: { title: 'Aktivitetsfase' },
      },
      {
        path: 'opsamling',
        name: 'engagement-wrapup',
        component: () => import('./features/workspace/wrapup/WrapupView.vue'),
        meta: { title: 'Opsamling' },
      },
      {
        path: 'resultater',
        name: 'engagement-results',
        component: () => import('./features/workspace/results/ResultsView.vue'),
        meta: { title: 'Resultater' },
      },
      {
        path: 'versioner',
        name: 'engagement-versions',
        component: () => import('./features/workspace/versions/VersionsView.vue'),
        meta: { title: 'Versioner' },
      },
    ],
  },
  {
    // The live room's console and projector: pages of their own, without the app's top bar.
    path: '/forloeb/:id/rum/:meetingId',
    name: 'room-console',
    component: () => import('./features/room/console/RoomConsole.vue'),
    props: true,
    meta: { title: 'Rummet', bare: true },
  },
  {
    path: '/projektor/:engagementId',
    name: 'room-projector',
    component: () => import('./features/room/projector/ProjectorView.vue'),
    props: true,
    meta: { title: 'Projektor', bare: true },
  },
  {
    path: '/papirkurv',
    name: 'trash',
    component: () => import('./features/start/TrashView.vue'),
    meta: { title: 'Papirkurv' },
  },
  {
    path: '/bibliotek',
    name: 'library',
    component: () => import('./features/library/LibraryView.vue'),
    meta: { title: 'Øvelsesbibliotek' },
  },
  {
    path: '/bibliotek/ny',
    name: 'card-new',
    component: () => import('./features/library/CardEditor.vue'),
    props: (route) => ({ from: typeof route.query.fra === 'string' ? route.query.fra : undefined }),
    meta: { title: 'Ny egen øvelse' },
  },
  {
    path: '/bibliotek/:id',
    name: 'card',
    component: () => import('./features/library/CardPreview.vue'),
    props: true,
    meta: { title: 'Øvelse' },
  },
  {
    path: '/bibliotek/:id/rediger',
    name: 'card-edit',
    component: () => import('./features/library/CardEditor.vue'),
    props: true,
    meta: { title: 'Redigér øvelse' },
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

export function createAppRouter(
  protocol: string = globalThis.location?.protocol ?? 'http:',
  base: string = import.meta.env.BASE_URL,
) {
  const router = createRouter({
    history: useHashHistory(protocol, base) ? createWebHashHistory() : createWebHistory(base),
    routes,
    // The first navigation has nowhere to scroll from; scrolling anyway would force a layout while the page loads.
    scrollBehavior: (to, from, saved) =>
      saved ?? (to.hash ? { el: to.hash } : from === START_LOCATION ? false : { top: 0 }),
  });
  router.afterEach((to) => {
    const title = typeof to.meta.title === 'string' ? to.meta.title : 'Forløb';
    document.title = title === 'Forløb' ? 'Forløb' : `${title} · Forløb`;
  });
  return router;
}
