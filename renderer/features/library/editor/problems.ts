import { inject, provide, type ComputedRef, type InjectionKey } from 'vue';

/** The draft's problems by path, shared with every field of the card editor. */
const PROBLEMS: InjectionKey<ComputedRef<Map<string, string>>> = Symbol('card-problems');

export function provideProblems(problems: ComputedRef<Map<string, string>>): void {
  provide(PROBLEMS, problems);
}

/** `problem('steps.0.title')` is the message for that field, or undefined. */
export function useProblems(): (path: string) => string | undefined {
  const problems = inject(PROBLEMS, null);
  return (path) => problems?.value.get(path);
}

/** A DOM id for a field path ("steps.0.title" → "felt-steps-0-title"). */
export const fieldId = (path: string): string => `felt-${path.replace(/\./g, '-')}`;

/** Moves the item at `from` by `by` places, in place; returns its new index. */
export function move<T>(list: T[], from: number, by: -1 | 1): number {
  const to = from + by;
  if (to < 0 || to >= list.length) return from;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item as T);
  return to;
}
