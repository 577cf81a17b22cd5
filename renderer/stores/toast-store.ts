import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
  /** What the toast is about (a programme's id): its offer goes when that thing changes elsewhere. */
  subject?: string;
}

export interface ToastOptions {
  tone?: ToastTone;
  action?: ToastAction;
  durationMs?: number;
  subject?: string;
}

/** Short confirmations at the bottom of the window, optionally with one action ("Fortryd"). */
export const useToastStore = defineStore('toast', () => {
  const toasts = ref<Toast[]>([]);
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    timers.delete(id);
  }

  function show(message: string, options: ToastOptions = {}): number {
    const id = nextId++;
    const toast: Toast = { id, message, tone: options.tone ?? 'info' };
    if (options.action) toast.action = options.action;
    if (options.subject !== undefined) toast.subject = options.subject;
    // A new message replaces older plain ones; an offer to undo stays until it times out.
    for (const old of toasts.value) if (!old.action) dismiss(old.id);
    toasts.value = [...toasts.value.slice(-2), toast];
    // An undo offer stays longer: the user must have time to read and reach it.
    const duration = options.durationMs ?? (options.action ? 12_000 : 5_000);
    if (duration > 0)
      timers.set(
        id,
        setTimeout(() => dismiss(id), duration),
      );
    return id;
  }

  /**
   * Withdraws every offer about `subject`, e.g. when a programme is restored
   * from the trash: its "Fortryd" from the delete could only fail now.
   */
  function dismissFor(subject: string): void {
    for (const toast of toasts.value) if (toast.subject === subject) dismiss(toast.id);
  }

  async function runAction(id: number): Promise<void> {
    const toast = toasts.value.find((t) => t.id === id);
    dismiss(id);
    await toast?.action?.run();
  }

  return { toasts, show, dismiss, dismissFor, runAction };
});
