/** Runs `task` in a new task after the browser's next frame, so what is on screen now gets painted first. */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** Resolves once the browser has painted and is idle (within a second), for work nobody is waiting for. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts: object) => number })
      .requestIdleCallback;
    if (idle) idle(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}
