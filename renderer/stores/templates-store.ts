import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ProgrammeTemplate } from '@shared/templates/programme-template';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';

/** The programme templates (NFA, RUC, Joblife, custom), loaded once per session. */
export const useTemplatesStore = defineStore('templates', () => {
  const { api } = useAppServices();
  const templates = ref<ProgrammeTemplate[]>([]);
  const loading = ref(false);
  const error = ref('');
  let pending: Promise<void> | null = null;

  const byId = computed(() => new Map(templates.value.map((t) => [t.id, t])));

  function load(): Promise<void> {
    if (templates.value.length > 0) return Promise.resolve();
    pending ??= (async () => {
      loading.value = true;
      error.value = '';
      try {
        templates.value = await api.call('templates.list', {});
      } catch (e) {
        error.value = toApiError(e).message;
      } finally {
        loading.value = false;
        pending = null;
      }
    })();
    return pending;
  }

  function find(id: string): ProgrammeTemplate | undefined {
    return byId.value.get(id);
  }

  /** "NFA · NFA grundmodel"; the id itself until the templates have loaded. */
  function label(id: string): string {
    const template = byId.value.get(id);
    return template ? `${template.provider} · ${template.title}` : id;
  }

  return { templates, loading, error, load, find, label };
});
