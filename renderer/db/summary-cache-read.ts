/**
 * The start screen's list cache read with plain IndexedDB, for the entry
 * script (main.ts): a warm start then need not wait for the app's code and
 * Dexie to load before it has rows to show. The cache is Dexie's table
 * `summaries` in the database ForlobDb opens (forlob-db.ts); Dexie keeps each
 * row as the object it was given, so a plain read sees the same rows. The
 * store checks them like an answer from the file store before it shows them.
 *
 * It never creates or changes the database: when there is none yet, the open
 * is aborted (that is the only time an open without a version upgrades), and
 * the connection closes as soon as the read is done, or at once if Dexie asks
 * to upgrade.
 */
export const CACHE_DATABASE = 'forlob';
const CACHE_TABLE = 'summaries';

let early: Promise<unknown[]> | undefined;

export function readSummaryCache(database: string = CACHE_DATABASE): Promise<unknown[]> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(database);
    } catch {
      resolve([]);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      // A missing cache is not an error worth reporting.
      event.preventDefault();
      resolve([]);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(CACHE_TABLE)) {
        db.close();
        resolve([]);
        return;
      }
      const read = db.transaction(CACHE_TABLE, 'readonly').objectStore(CACHE_TABLE).getAll();
      read.onsuccess = () => {
        db.close();
        resolve(read.result);
      };
      read.onerror = (event) => {
        event.preventDefault();
        db.close();
        resolve([]);
      };
    };
  });
}

/** Starts the read (main.ts); the store takes it once with takeEarlySummaryCache(). */
export function readSummaryCacheEarly(): void {
  early = readSummaryCache();
}

export function takeEarlySummaryCache(): Promise<unknown[]> | undefined {
  const found = early;
  early = undefined;
  return found;
}
