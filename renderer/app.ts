import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createAppRouter } from './router';
import { APP_SERVICES, type AppServices } from './app-services';
import { detectApiClient } from './api/detect-api-client';
import { ForlobDb } from './db/forlob-db';
import { opensOnStartScreen } from './history-mode';
import { afterNextPaint } from './lib/after-paint';
import { useOutboxStore } from './stores/outbox-store';
import { useEngagementsStore } from './stores/engagements-store';
import { useTemplatesStore } from './stores/templates-store';

const services: AppServices = { api: detectApiClient(), db: new ForlobDb() };

const app = createApp(App);
app.provide(APP_SERVICES, services);
app.use(createPinia());
app.use(createAppRouter());

app.runWithContext(() => {
  // The calls main.ts sent ahead are taken here, before the screen mounts.
  if (opensOnStartScreen(location, import.meta.env.BASE_URL)) {
    void useEngagementsStore().load();
    void useTemplatesStore().load();
  }
  // Edits left in the outbox by an earlier session (a reload, a crash) are sent
  // on as soon as the first screen is painted: opening IndexedDB for them
  // earlier would only compete with drawing it.
  const outbox = useOutboxStore();
  afterNextPaint(() => void outbox.start());
});

app.mount('#app');

// Zod's Danish messages, for any form that shows a schema's message; nothing on the first screen does.
void import('@shared/validation');
