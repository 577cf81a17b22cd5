export { CatalogueStore, type CatalogueStoreOptions } from './catalogue-store.js';
