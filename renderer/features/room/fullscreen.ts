/** Fullscreen for the whole page; a refusal (no user gesture, a policy) is not an error worth telling. */
export async function toggleFullscreen(doc: Document = document): Promise<void> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen();
    else await doc.documentElement.requestFullscreen();
  } catch {
    // The browser said no (e.g. the key came from a script); the page stays as it was.
  }
}
