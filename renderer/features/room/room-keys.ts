/**
 * The room's keyboard, the same on the console and the projector:
 * →/Space/PageDown next, ←/PageUp back (presentation clickers send PageUp/PageDown),
 * B black screen, T start/pause the timer, F fullscreen, Esc leave.
 */
export type RoomKeyAction = 'next' | 'prev' | 'blackout' | 'timer' | 'fullscreen' | 'leave';

const KEYS: Readonly<Record<string, RoomKeyAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  b: 'blackout',
  B: 'blackout',
  t: 'timer',
  T: 'timer',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'leave',
};

/** True where a key types or moves within a control: the room's keys must then leave it alone. */
export function takesKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])'))
    return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // Buttons-as-inputs and ticks take Space themselves, but not the letters or arrows; text fields take all.
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
  }
  // A range slider or a radio group moves with the arrows.
  const role = target.getAttribute('role');
  return role === 'slider' || role === 'radio' || role === 'spinbutton' || role === 'textbox';
}

/**
 * The action for a key press, or null. Modified keys (Ctrl+F, Alt+←) belong to
 * the browser; Space on a focused button presses that button.
 */
export function roomKeyAction(event: KeyboardEvent): RoomKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  // Esc too: in a note it cancels the typing, not the room.
  if (takesKeys(event.target)) return null;
  if (event.key === ' ' && event.target instanceof HTMLElement && event.target.closest('button, a, summary'))
    return null;
  return KEYS[event.key] ?? null;
}
