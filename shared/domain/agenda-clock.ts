/**
 * The clock of a seminar's agenda: when each item starts and ends (the
 * meeting's start time plus the minutes before it), whether the plan fits the
 * meeting's available time and by how much it does not, and moving an item.
 *
 * Past midnight: a clock time wraps to 00:00 and carries the number of days
 * it lies after the meeting's day, so an evening seminar's last item reads
 * "23:30–00:15 (næste dag)" instead of an impossible "24:15".
 */

import { minutesOfDay } from './clock-time.js';

export const MINUTES_PER_DAY = 24 * 60;

/** A point on the agenda's clock: minutes after the meeting day's midnight. */
export interface ClockPoint {
  /** Minutes since midnight of the meeting day (may be ≥ 1440 past midnight). */
  minutes: number;
  /** 'HH:MM' on a 24-hour clock, wrapped past midnight. */
  text: string;
  /** 0 on the meeting day, 1 the day after, … */
  dayOffset: number;
}

export interface TimedItem {
  id: string;
  /** Minutes from the start of the meeting to the start and the end of the item. */
  fromMinute: number;
  toMinute: number;
  /** Clock times, when the meeting has a start time. */
  start?: ClockPoint;
  end?: ClockPoint;
}

export interface AgendaClock {
  items: TimedItem[];
  /** The minutes of every item added up. */
  totalMinutes: number;
  availableMinutes: number;
  /** How many minutes the agenda runs over the available time (0 when it fits). */
  overrunMinutes: number;
  /** How many minutes are left for more items (0 when it runs over). */
  spareMinutes: number;
  /** When the last item ends, if the meeting has a start time. */
  end?: ClockPoint;
}

/** Minutes since the meeting day's midnight → a clock point, wrapped past midnight. */
export function clockPoint(minutes: number): ClockPoint {
  const dayOffset = Math.floor(minutes / MINUTES_PER_DAY);
  const inDay = minutes - dayOffset * MINUTES_PER_DAY;
  const text = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return { minutes, text, dayOffset };
}

/**
 * The timing of an agenda: each item's start and end (as minutes into the
 * meeting, and as clock times when there is a valid start time), the total,
 * and how much it runs over the available time.
 */
export function agendaClock(
  items: readonly { id: string; minutes: number }[],
  startTime: string | undefined,
  availableMinutes: number,
): AgendaClock {
  const start = minutesOfDay(startTime);
  let elapsed = 0;
  const timed = items.map((item): TimedItem => {
    const fromMinute = elapsed;
    elapsed += item.minutes;
    const entry: TimedItem = { id: item.id, fromMinute, toMinute: elapsed };
    if (start !== undefined) {
      entry.start = clockPoint(start + fromMinute);
      entry.end = clockPoint(start + elapsed);
    }
    return entry;
  });
  const clock: AgendaClock = {
    items: timed,
    totalMinutes: elapsed,
    availableMinutes,
    overrunMinutes: Math.max(0, elapsed - availableMinutes),
    spareMinutes: Math.max(0, availableMinutes - elapsed),
  };
  if (start !== undefined) clock.end = clockPoint(start + elapsed);
  return clock;
}

/** "1 minut", "25 minutter", "1 time og 5 minutter", "2 timer". */
export function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minutePart = `${rest} ${rest === 1 ? 'minut' : 'minutter'}`;
  if (hours === 0) return minutePart;
  const hourPart = `${hours} ${hours === 1 ? 'time' : 'timer'}`;
  return rest === 0 ? hourPart : `${hourPart} og ${minutePart}`;
}

/** The warning the planner and the checklist show when the agenda is too long; undefined when it fits. */
export function overrunMessage(clock: Pick<AgendaClock, 'overrunMinutes'>): string | undefined {
  if (clock.overrunMinutes <= 0) return undefined;
  return `Dagsordenen er ${minutesText(clock.overrunMinutes)} for lang`;
}

/**
 * Moves the element at `from` to `to` in place (both clamped to the list) and
 * returns whether anything moved. In place, so it works on the engagement
 * store's draft.
 */
export function moveInList<T>(list: T[], from: number, to: number): boolean {
  if (from < 0 || from >= list.length) return false;
  const target = Math.min(Math.max(to, 0), list.length - 1);
  if (target === from) return false;
  const [moved] = list.splice(from, 1) as [T];
  list.splice(target, 0, moved);
  return true;
}

/** Moves the item with `id` by `offset` places (−1 up, +1 down); the new index, or undefined if it did not move. */
export function moveById<T extends { id: string }>(
  list: T[],
  id: string,
  offset: number,
): number | undefined {
  const from = list.findIndex((item) => item.id === id);
  if (from === -1) return undefined;
  const to = from + offset;
  if (to < 0 || to >= list.length) return undefined;
  return moveInList(list, from, to) ? to : undefined;
}
