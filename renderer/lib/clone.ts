/**
 * A plain, deep copy of JSON data. Used to take a snapshot of reactive state
 * for Dexie and the API: structuredClone refuses Vue's proxies, and our
 * records are JSON by contract.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A deep copy of plain data (no proxies): structuredClone, which is several
 * times cheaper than a JSON round trip. Should a proxy have slipped in, the
 * JSON round trip still copies it correctly.
 */
export function plainCopy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (error) {
    console.error('plainCopy: not plain data, copied through JSON instead', error);
    return cloneJson(value);
  }
}

/** Ids for new nested records; the domain's Id pattern allows lower-case hex and dashes. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
