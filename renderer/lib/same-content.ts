import { dequal } from 'dequal';
import type { Engagement } from '@shared/domain/engagement';
import { cloneJson } from './clone';

/**
 * True when two versions of a programme say the same thing, whatever their
 * revision and save time. The outbox uses it to recognise a conflict that is
 * only its own save coming back: a page that flushed as it was left, whose
 * acknowledgement it never got to record.
 */
export function sameContent(a: Engagement, b: Engagement): boolean {
  const strip = (e: Engagement) => ({ ...cloneJson(e), revision: 0, updatedAt: '' });
  return dequal(strip(a), strip(b));
}
