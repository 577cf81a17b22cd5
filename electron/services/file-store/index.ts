export { EngagementStore, type EngagementStoreOptions } from './engagement-store.js';
export { resolveDataDir } from './data-dir.js';
