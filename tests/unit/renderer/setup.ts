import { createApp, type App } from 'vue';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { ApiClient } from '@shared/api';
import { APP_SERVICES, type AppServices } from '@/app-services';
import { ForlobDb } from '@/db/forlob-db';
import { OutboxJournal } from '@/db/outbox-journal';
import { MemoryStorage } from './memory-storage';
import { TODAY } from './fake-api';

let dbCounter = 0;

export interface TestContext {
  app: App;
  pinia: Pinia;
  db: ForlobDb;
  services: AppServices;
  storage: MemoryStorage;
}

/** A Vue app with Pinia and the services provided, as main.ts does, but with fakes and short timers. */
export function createTestContext(
  api: ApiClient,
  db: ForlobDb = new ForlobDb(`forlob-test-${++dbCounter}`),
  storage: MemoryStorage = new MemoryStorage(),
): TestContext {
  const services: AppServices = {
    api,
    db,
    journal: new OutboxJournal(storage),
    flushDelayMs: 5,
    retryDelaysMs: [20, 40],
    today: () => TODAY,
  };
  const app = createApp({ render: () => null });
  app.provide(APP_SERVICES, services);
  const pinia = createPinia();
  app.use(pinia);
  setActivePinia(pinia);
  return { app, pinia, db, services, storage };
}
