import './styles/tokens.css';
import './styles/base.css';
import { prefetch } from './api/prefetch';
import { opensOnStartScreen } from './history-mode';

// The entry script: small, so it runs as soon as the page has it. Opening on
// the start screen, it asks the file store for the list at once, and the app's
// code (preloaded by index.html) is loaded and run meanwhile.
if (opensOnStartScreen(location, import.meta.env.BASE_URL)) {
  prefetch(['engagements.list', 'templates.list']);
}

import('./app').catch((error: unknown) => {
  console.error('Forløb could not load', error);
});
