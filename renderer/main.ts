import './styles/tokens.css';
import './styles/base.css';
import { prefetch } from './api/prefetch';
import { readSummaryCacheEarly } from './db/summary-cache-read';
import { opensOnStartScreen } from './history-mode';

// The entry script: small, so it runs as soon as the page has it. Opening on
// the start screen, it asks the file store for the list and reads the cached
// list at once, while the app's code (preloaded by index.html) loads and runs.
if (opensOnStartScreen(location, import.meta.env.BASE_URL)) {
  prefetch(['engagements.list', 'templates.list']);
  readSummaryCacheEarly();
}

import('./app').catch((error: unknown) => {
  console.error('Forløb could not load', error);
});
