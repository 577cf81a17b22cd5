import { z } from 'zod';
import type { Engine } from './engine.js';
import { knownId, parsedAnswers } from './payload-parts.js';

export interface ChecklistPayload {
  itemIds: string[];
}

/**
 * One person's (or one group's) ticks. An empty list is an answer too: someone
 * who ticked nothing still counts in `count`.
 */
export const checklistEngine: Engine<'checklist'> = {
  kind: 'checklist',
  payload: (step) =>
    z
      .object({
        itemIds: z
          .array(
            knownId(
              step.groups.flatMap((group) => group.items.map((item) => item.id)),
              'Punktet findes ikke på listen',
            ),
            { message: 'Vælg de punkter, der er sat kryds ved' },
          )
          .refine((ids) => new Set(ids).size === ids.length, {
            message: 'Et punkt er sat kryds ved to gange',
          }),
      })
      .strict(),
  summarise(step, answers) {
    const ticks = parsedAnswers<ChecklistPayload>(this.payload(step), answers);
    const perItem = new Map<string, number>();
    for (const { payload } of ticks)
      for (const id of payload.itemIds) perItem.set(id, (perItem.get(id) ?? 0) + 1);
    return {
      kind: 'checklist',
      count: ticks.length,
      items: step.groups.flatMap((group) =>
        group.items.map((item) => ({ itemId: item.id, count: perItem.get(item.id) ?? 0 })),
      ),
      groups: step.groups.map((group) => ({
        groupId: group.id,
        count: group.items.reduce((sum, item) => sum + (perItem.get(item.id) ?? 0), 0),
      })),
    };
  },
};
