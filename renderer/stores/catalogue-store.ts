import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { CatalogueCard, CatalogueProblem, CustomCardDraft } from '@shared/library/catalogue';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';

/** The exercise library: every card (built-in and own) and the own cards that could not be read. */
export const useCatalogueStore = defineStore('catalogue', () => {
  const { api } = useAppServices();
  const cards = ref<CatalogueCard[]>([]);
  const problems = ref<CatalogueProblem[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = ref('');
  let pending: Promise<void> | null = null;

  const byId = computed(() => new Map(cards.value.map((card) => [card.id, card])));

  /** Loads the library once per session; `force` reads it again (after a save elsewhere). */
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve();
    pending ??= (async () => {
      loading.value = true;
      error.value = '';
      try {
        const [all, broken] = await Promise.all([
          api.call('catalogue.list', {}),
          api.call('catalogue.problems', {}),
        ]);
        cards.value = all;
        problems.value = broken;
        loaded.value = true;
      } catch (e) {
        error.value = toApiError(e).message;
      } finally {
        loading.value = false;
        pending = null;
      }
    })();
    return pending;
  }

  function find(id: string): CatalogueCard | undefined {
    return byId.value.get(id);
  }

  /** One card, from the loaded list or asked for (an own card made in another window). */
  async function get(id: string): Promise<CatalogueCard> {
    const known = find(id);
    if (known) return known;
    return api.call('catalogue.get', { id });
  }

  async function saveCustom(card: CustomCardDraft): Promise<CatalogueCard> {
    const saved = await api.call('catalogue.saveCustom', { card });
    const index = cards.value.findIndex((existing) => existing.id === saved.id);
    if (index === -1) cards.value = [...cards.value, saved];
    else cards.value = cards.value.map((existing) => (existing.id === saved.id ? saved : existing));
    return saved;
  }

  async function deleteCustom(id: string): Promise<void> {
    await api.call('catalogue.deleteCustom', { id });
    cards.value = cards.value.filter((card) => card.id !== id);
  }

  return { cards, problems, loaded, loading, error, load, find, get, saveCustom, deleteCustom };
});
