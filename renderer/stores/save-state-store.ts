import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * The one save state the top bar shows. "Gemt" means the file store has
 * acknowledged every edit; the outbox store is the only writer.
 */
export const useSaveStateStore = defineStore('save-state', () => {
  const state = ref<SaveState>('idle');
  const message = ref('');
  const savedAt = ref<number | null>(null);

  const label = computed(() => {
    switch (state.value) {
      case 'saving':
        return 'Gemmer…';
      case 'saved':
        return 'Gemt';
      case 'error':
        return message.value || 'Ikke gemt';
      default:
        return '';
    }
  });

  function set(next: SaveState, nextMessage = ''): void {
    state.value = next;
    message.value = next === 'error' ? nextMessage : '';
    if (next === 'saved') savedAt.value = Date.now();
  }

  return { state, message, savedAt, label, set };
});
