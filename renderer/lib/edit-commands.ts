export type EditCommand = 'undo' | 'redo';

/** Whoever owns undo on the current screen (the workspace); returns false when it had nothing to do. */
export type EditCommandHandler = (command: EditCommand) => boolean;

let handler: EditCommandHandler | null = null;

/** The workspace takes over undo and redo while it is shown; the returned function gives them back. */
export function claimEditCommands(own: EditCommandHandler): () => void {
  handler = own;
  return () => {
    if (handler === own) handler = null;
  };
}

/** A dialog keeps the text field's own undo (the library search, a confirm box). */
const inDialog = (element: Element | null): boolean =>
  element?.closest('dialog, [role="dialog"], [role="alertdialog"]') != null;

/**
 * Runs undo or redo (from the keyboard or the desktop menu): the programme's
 * undo where the workspace has claimed it, otherwise the text field's own.
 * Returns true when it was handled, so a key event can be stopped.
 */
export function runEditCommand(command: EditCommand): boolean {
  if (handler && !inDialog(document.activeElement)) {
    handler(command);
    return true;
  }
  // The browser's own text undo; the menu item replaced the role that did this.
  return document.execCommand(command);
}

/** The shortcut for a key event: Ctrl/⌘+Z undo; Ctrl/⌘+Shift+Z or Ctrl+Y redo. */
export function editCommandFor(event: KeyboardEvent): EditCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}
