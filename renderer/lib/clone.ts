/**
 * A plain, deep copy of JSON data. Used to take a snapshot of reactive state
 * for Dexie and the API: structuredClone refuses Vue's proxies, and our
 * records are JSON by contract.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Ids for new nested records; the domain's Id pattern allows lower-case hex and dashes. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
