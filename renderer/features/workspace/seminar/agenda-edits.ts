import type { PhaseKind } from '@shared/domain/vocabulary';
import type { AgendaItem, Engagement, Meeting } from '@shared/domain/engagement';
import type { CatalogueCard } from '@shared/library/catalogue';
import type { AgendaItemType } from '@shared/domain/vocabulary';
import { LIMITS } from '@shared/domain/primitives';

/**
 * The planner's edits to a meeting's agenda, written against the engagement
 * store's draft (inside `update`). Each returns whether it changed anything.
 */

/** The meetings the planner plans: every meeting of the seminar phase (seminars and workshops). */
/** The meetings whose agenda the planner edits: the seminar phase's, or another phase's (the wrap-up). */
export function seminarMeetings(e: Engagement, phase: PhaseKind = 'seminar'): Meeting[] {
  return e.phases.find((p) => p.kind === phase)?.meetings ?? [];
}

export function findSeminarMeeting(
  e: Engagement,
  meetingId: string,
  phase: PhaseKind = 'seminar',
): Meeting | undefined {
  return seminarMeetings(e, phase).find((m) => m.id === meetingId);
}

export const NEW_ITEM_TITLES: Record<AgendaItemType, string> = {
  oevelse: 'Ny øvelse',
  oplaeg: 'Nyt oplæg',
  pause: 'Pause',
  droeftelse: 'Ny drøftelse',
  andet: 'Nyt punkt',
};

export function newAgendaItem(id: string, type: AgendaItemType): AgendaItem {
  return {
    id,
    type,
    title: NEW_ITEM_TITLES[type],
    minutes: type === 'pause' ? 15 : 30,
    notes: '',
    materials: [],
  };
}

/** An øvelse from a library card: its title, suggested minutes and materials, linked by id. */
export function itemFromCard(id: string, card: CatalogueCard): AgendaItem {
  return {
    id,
    type: 'oevelse',
    title: card.title.slice(0, LIMITS.shortText),
    minutes: card.minutes,
    exerciseId: card.id,
    notes: '',
    materials: card.materials.map((m) => m.slice(0, LIMITS.shortText)),
  };
}

/** Inserts after the item with `afterId` (or last when it is not on the agenda); the new index. */
export function insertItem(meeting: Meeting, item: AgendaItem, afterId?: string): number {
  const after = afterId === undefined ? -1 : meeting.agenda.findIndex((x) => x.id === afterId);
  const index = after === -1 ? meeting.agenda.length : after + 1;
  meeting.agenda.splice(index, 0, item);
  return index;
}

export function removeItem(
  meeting: Meeting,
  itemId: string,
): { item: AgendaItem; index: number } | undefined {
  const index = meeting.agenda.findIndex((x) => x.id === itemId);
  if (index === -1) return undefined;
  const [item] = meeting.agenda.splice(index, 1);
  return item ? { item, index } : undefined;
}
