// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { RoomTimer } from '@shared/room/room-state';
import { LOW_TIME_MS, clockText, timeLeftMs, timerPhase } from '@/features/room/room-clock';
import { roomKeyAction } from '@/features/room/room-keys';
import { commandForKey } from '@/features/room/room-actions';
import { projectorUrl } from '@/features/room/room-routes';
import { routes } from '@/router';

const NOW = Date.parse('2027-03-12T10:00:00.000Z');
const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();
const timer = (remainingMs: number, startedMsAgo?: number): RoomTimer => ({
  durationMs: 15 * 60_000,
  remainingMs,
  ...(startedMsAgo === undefined ? {} : { startedAt: at(startedMsAgo) }),
});

describe('the room timer as shown', () => {
  it('counts down from when it was started, and stands still when paused', () => {
    expect(timeLeftMs(timer(600_000, 90_000), NOW)).toBe(510_000);
    expect(timeLeftMs(timer(600_000), NOW)).toBe(600_000);
  });

  it('warns with two minutes left, says time is up at zero, paused or not', () => {
    expect(timerPhase(timer(LOW_TIME_MS + 1), NOW)).toBe('idle');
    expect(timerPhase(timer(LOW_TIME_MS + 1_001, 0), NOW)).toBe('running');
    expect(timerPhase(timer(LOW_TIME_MS + 1_000, 1_000), NOW)).toBe('low');
    expect(timerPhase(timer(LOW_TIME_MS), NOW)).toBe('low');
    expect(timerPhase(timer(1_000, 1_000), NOW)).toBe('over');
    expect(timerPhase(timer(-5_000), NOW)).toBe('over');
  });

  it('reads minutes and seconds, rounded up while counting down, with a plus past the end', () => {
    expect(clockText(15 * 60_000)).toBe('15:00');
    expect(clockText(61_001)).toBe('1:02');
    expect(clockText(400)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-42_500)).toBe('+0:42');
  });
});

function key(init: KeyboardEventInit, target?: HTMLElement): KeyboardEvent {
  const element = target ?? document.body;
  let seen: KeyboardEvent | undefined;
  element.addEventListener('keydown', (event) => (seen = event), { once: true });
  element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  if (!seen) throw new Error('no event');
  return seen;
}

describe('the room keys', () => {
  it('map →/Space/PageDown, ←/PageUp, B, T, F and Esc', () => {
    expect(roomKeyAction(key({ key: 'ArrowRight' }))).toBe('next');
    expect(roomKeyAction(key({ key: ' ' }))).toBe('next');
    expect(roomKeyAction(key({ key: 'PageDown' }))).toBe('next');
    expect(roomKeyAction(key({ key: 'ArrowLeft' }))).toBe('prev');
    expect(roomKeyAction(key({ key: 'PageUp' }))).toBe('prev');
    expect(roomKeyAction(key({ key: 'b' }))).toBe('blackout');
    expect(roomKeyAction(key({ key: 'B' }))).toBe('blackout');
    expect(roomKeyAction(key({ key: 't' }))).toBe('timer');
    expect(roomKeyAction(key({ key: 'f' }))).toBe('fullscreen');
    expect(roomKeyAction(key({ key: 'Escape' }))).toBe('leave');
    expect(roomKeyAction(key({ key: 'x' }))).toBeNull();
  });

  it('leave a text field, a note and a select alone, and the browser its modified keys', () => {
    for (const html of [
      '<input type="text">',
      '<textarea></textarea>',
      '<select></select>',
      '<div contenteditable="true"></div>',
    ]) {
      document.body.innerHTML = html;
      const field = document.body.firstElementChild as HTMLElement;
      for (const k of ['ArrowRight', ' ', 'b', 't', 'f', 'Escape'])
        expect(roomKeyAction(key({ key: k }, field))).toBeNull();
    }
    expect(roomKeyAction(key({ key: 'f', ctrlKey: true }))).toBeNull();
    expect(roomKeyAction(key({ key: 'ArrowLeft', altKey: true }))).toBeNull();
  });

  it('let Space press a focused button, but the arrows still move the room', () => {
    document.body.innerHTML = '<button type="button">Vis resultatet</button><input type="checkbox">';
    const button = document.querySelector('button')!;
    expect(roomKeyAction(key({ key: ' ' }, button))).toBeNull();
    expect(roomKeyAction(key({ key: 'ArrowRight' }, button))).toBe('next');
    expect(roomKeyAction(key({ key: 'b' }, document.querySelector('input')!))).toBe('blackout');
  });

  it('send the commands the hub knows, toggling from the room as it is', () => {
    const idle = { blackout: false, timer: timer(600_000) };
    const dark = { blackout: true, timer: timer(600_000, 1_000) };
    expect(commandForKey('next', idle)).toEqual({ type: 'next' });
    expect(commandForKey('prev', idle)).toEqual({ type: 'prev' });
    expect(commandForKey('blackout', idle)).toEqual({ type: 'blackout', on: true });
    expect(commandForKey('blackout', dark)).toEqual({ type: 'blackout', on: false });
    expect(commandForKey('timer', idle)).toEqual({ type: 'timer', action: 'start' });
    expect(commandForKey('timer', dark)).toEqual({ type: 'timer', action: 'pause' });
    expect(commandForKey('fullscreen', idle)).toBeNull();
    expect(commandForKey('leave', idle)).toBeNull();
  });
});

describe('the projector address', () => {
  it('is the app’s own projector route, as window.open and main’s check both read it', () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    expect(projectorUrl(router, 'abc-1', 'http://127.0.0.1:5678/forloeb/abc-1/rum/m1')).toBe(
      'http://127.0.0.1:5678/projektor/abc-1',
    );
  });
});
