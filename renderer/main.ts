import { createApp } from 'vue';
import { createPinia } from 'pinia';
import '@shared/validation';
import './styles/tokens.css';
import './styles/base.css';
import App from './App.vue';
import { createAppRouter } from './router';
import { APP_SERVICES, type AppServices } from './app-services';
import { detectApiClient } from './api/detect-api-client';
import { ForlobDb } from './db/forlob-db';
import { useOutboxStore } from './stores/outbox-store';

const services: AppServices = { api: detectApiClient(), db: new ForlobDb() };

const app = createApp(App);
app.provide(APP_SERVICES, services);
app.use(createPinia());
app.use(createAppRouter());

// Edits left in the outbox by an earlier session (a reload, a crash) are sent on at once.
app.runWithContext(() => {
  void useOutboxStore().start();
});

app.mount('#app');
