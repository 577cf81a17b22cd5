import { createApp, type App } from 'vue';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { ApiClient } from '@shared/api';
import { APP_SERVICES, type AppServices } from '@/app-services';
import { ForlobDb } from '@/db/forlob-db';
import { TODAY } from './fake-api';

let dbCounter = 0;

export interface TestContext {
  app: App;
  pinia: Pinia;
  db: ForlobDb;
  services: AppServices;
}

/** A Vue app with Pinia and the services provided, as main.ts does, but with fakes and short timers. */
export function createTestContext(
  api: ApiClient,
  db: ForlobDb = new ForlobDb(`forlob-test-${++dbCounter}`),
): TestContext {
  const services: AppServices = { api, db, flushDelayMs: 5, retryDelaysMs: [20, 40], today: () => TODAY };
  const app = createApp({ render: () => null });
  app.provide(APP_SERVICES, services);
  const pinia = createPinia();
  app.use(pinia);
  setActivePinia(pinia);
  return { app, pinia, db, services };
}
