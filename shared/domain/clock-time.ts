/**
 * A clock time as the consultant types it: "9:30", "09.30", "0930" or "930"
 * all mean half past nine. Stored as HH:MM (the ClockTime schema). A text
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
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(trimmed);
  if (!match) return { ok: false, message: CLOCK_TIME_MESSAGE };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, message: CLOCK_TIME_MESSAGE };
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}
