import { createRouter, createWebHashHistory, createWebHistory, type RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'start',
    component: () => import('./features/start/StartView.vue'),
    meta: { title: 'Forløb' },
  },
  {
    path: '/nyt',
    name: 'wizard',
    component: () => import('./features/wizard/WizardView.vue'),
    meta: { title: 'Nyt forløb' },
  },
  {
    path: '/forloeb/:id',
    name: 'engagement',
    component: () => import('./features/engagement/EngagementView.vue'),
    props: true,
    meta: { title: 'Forløb' },
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

/**
 * Path URLs (/forloeb/abc) need two things: a server that answers every path
 * with index.html, and assets addressed from the root. Electron loads the page
 * from file:// (no server), and a build with a relative base ('./assets/…')
 * would fetch /forloeb/assets/… on a deep link; both get hash URLs (/#/forloeb/abc).
 */
export function useHashHistory(protocol: string, base: string): boolean {
  return protocol === 'file:' || !base.startsWith('/');
}

export function createAppRouter(
  protocol: string = globalThis.location?.protocol ?? 'http:',
  base: string = import.meta.env.BASE_URL,
) {
  const router = createRouter({
    history: useHashHistory(protocol, base) ? createWebHashHistory() : createWebHistory(base),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.afterEach((to) => {
    const title = typeof to.meta.title === 'string' ? to.meta.title : 'Forløb';
    document.title = title === 'Forløb' ? 'Forløb' : `${title} · Forløb`;
  });
  return router;
}
