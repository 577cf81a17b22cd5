import type { RoomTimer } from '@shared/room/room-state';

/**
 * The room timer as people read it. The hub keeps only what was left when it
 * was last started or paused; the console and the projector count down from
 * that locally, so both show the same time without a message per second.
 */

/** From two minutes left, the timer warns; at zero it says the time is up. */
export const LOW_TIME_MS = 2 * 60_000;

export type TimerPhase = 'idle' | 'running' | 'low' | 'over';

export function timeLeftMs(timer: RoomTimer, nowMs: number): number {
  if (!timer.startedAt) return timer.remainingMs;
  return timer.remainingMs - (nowMs - Date.parse(timer.startedAt));
}

export function isRunning(timer: RoomTimer): boolean {
  return timer.startedAt !== undefined;
}

/**
 * Idle: not started (or paused) with time left. Low and over count whether or
 * not it runs: a paused timer at 1:30 still warns.
 */
export function timerPhase(timer: RoomTimer, nowMs: number): TimerPhase {
  const left = timeLeftMs(timer, nowMs);
  if (left <= 0) return 'over';
  if (left <= LOW_TIME_MS) return 'low';
  return isRunning(timer) ? 'running' : 'idle';
}

/** "12:05" left, or "+0:42" past the end; whole seconds, rounded up while counting down. */
export function clockText(leftMs: number): string {
  const over = leftMs <= 0;
  const seconds = over ? Math.floor(-leftMs / 1000) : Math.ceil(leftMs / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return `${over && seconds > 0 ? '+' : ''}${minutes}:${rest}`;
}

/** Read out and shown beside the digits, so the state never depends on colour alone. */
export const TIMER_PHASE_TEXT: Record<TimerPhase, string> = {
  idle: 'Ikke startet',
  running: 'tilbage',
  low: 'Kort tid tilbage',
  over: 'Tiden er gået',
};

/** Whole minutes of a timer's duration, for the console's minutes field. */
export function durationMinutes(timer: RoomTimer): number {
  return Math.round(timer.durationMs / 60_000);
}
