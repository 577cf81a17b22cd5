/**
 * A clock time as the consultant types it: "9:30", "09.30", "0930" or "930"
 * all mean half past nine, and "9" means nine o'clock (Danes say "kl. 9"). Stored as HH:MM (the ClockTime schema). A text
 * field rather than <input type="time">: the native one follows the browser's
 * language (AM/PM in an English browser), like the date inputs do.
 */
export const CLOCK_TIME_MESSAGE = 'Skriv klokkeslættet som tt:mm, fx 09:30.';

export type ParsedClockTime = { ok: true; value: string | undefined } | { ok: false; message: string };

const pad = (n: number): string => String(n).padStart(2, '0');

/** '' means no start time (undefined); anything else must be a real time of day. */
export function parseClockTime(typed: string): ParsedClockTime {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return { ok: false, message: CLOCK_TIME_MESSAGE };
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, message: CLOCK_TIME_MESSAGE };
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}

const STORED = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A stored 'HH:MM' → minutes since midnight, or undefined when it is not a clock time. */
export function minutesOfDay(text: string | undefined): number | undefined {
  if (text === undefined || !STORED.test(text)) return undefined;
  const [hours, minutes] = text.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
