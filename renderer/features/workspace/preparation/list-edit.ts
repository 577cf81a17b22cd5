import type { Engagement, SuccessCriterion, Wrapup } from '@shared/domain/engagement';

/**
 * Ordered lists on the preparation page (success criteria, the pre-study log):
 * move by one place, remove, and put back where it was for "Fortryd".
 */
export interface Removed<T> {
  index: number;
  item: T;
}

/** Moves the item one place up (-1) or down (+1); false at either end or when it is not there. */
export function moveById<T extends { id: string }>(list: T[], id: string, delta: -1 | 1): boolean {
  const index = list.findIndex((x) => x.id === id);
  const target = index + delta;
  if (index === -1 || target < 0 || target >= list.length) return false;
  const [item] = list.splice(index, 1);
  if (!item) return false;
  list.splice(target, 0, item);
  return true;
}

export function removeById<T extends { id: string }>(list: T[], id: string): Removed<T> | undefined {
  const index = list.findIndex((x) => x.id === id);
  if (index === -1) return undefined;
  const [item] = list.splice(index, 1);
  return item ? { index, item } : undefined;
}

/** Puts a removed item back at its place (or last, if the list got shorter); false if it is back already. */
export function restore<T extends { id: string }>(list: T[], removed: Removed<T>): boolean {
  if (list.some((x) => x.id === removed.item.id)) return false;
  list.splice(Math.min(removed.index, list.length), 0, removed.item);
  return true;
}

type Assessment = Wrapup['criteria'][number];

/** A removed success criterion and the wrap-up's assessment of it, which cannot outlive it. */
export interface RemovedCriterion {
  criterion: Removed<SuccessCriterion>;
  assessment?: { index: number; item: Assessment };
}

/**
 * Removes a success criterion. Its wrap-up assessment goes with it: the file
 * store refuses an assessment of a criterion the programme does not have.
 */
export function removeCriterion(e: Engagement, id: string): RemovedCriterion | undefined {
  const criterion = removeById(e.brief.successCriteria, id);
  if (!criterion) return undefined;
  const index = e.wrapup.criteria.findIndex((a) => a.criterionId === id);
  const [assessment] = index === -1 ? [] : e.wrapup.criteria.splice(index, 1);
  return assessment ? { criterion, assessment: { index, item: assessment } } : { criterion };
}

export function restoreCriterion(e: Engagement, removed: RemovedCriterion): boolean {
  if (!restore(e.brief.successCriteria, removed.criterion)) return false;
  const assessment = removed.assessment;
  if (assessment && !e.wrapup.criteria.some((a) => a.criterionId === assessment.item.criterionId)) {
    e.wrapup.criteria.splice(Math.min(assessment.index, e.wrapup.criteria.length), 0, assessment.item);
  }
  return true;
}
