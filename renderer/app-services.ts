import { inject, type InjectionKey } from 'vue';
import type { ApiClient } from '@shared/api';
import type { ForlobDb } from './db/forlob-db';
import type { OutboxJournal } from './db/outbox-journal';

/**
 * What the stores need from the outside world. main.ts provides the real
 * ones; unit tests provide a fake ApiClient and a fake-indexeddb Dexie.
 */
export interface AppServices {
  api: ApiClient;
  db: ForlobDb;
  /** The outbox's synchronous journal; defaults to one on the page's localStorage. */
  journal?: OutboxJournal;
  /** Debounce before an edit is flushed to the file store. */
  flushDelayMs?: number;
  /** Back-off between retries after a transport failure. */
  retryDelaysMs?: readonly number[];
  /** Today's date as YYYY-MM-DD; injectable so tests are not date-dependent. */
  today?: () => string;
}

export const APP_SERVICES: InjectionKey<AppServices> = Symbol('forlob-app-services');

export function useAppServices(): AppServices {
  const services = inject(APP_SERVICES, null);
  if (!services) throw new Error('AppServices are not provided; call app.provide(APP_SERVICES, …) first.');
  return services;
}
