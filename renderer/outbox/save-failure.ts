import type { ApiClient } from '@shared/api';
import type { Engagement } from '@shared/domain/engagement';
import type { ApiError } from '@shared/errors';
import { sameContent } from '@/lib/same-content';

/** What a refused or failed save means for the outbox, with what the user is told. */
export type SaveFailure =
  /** Saved elsewhere first: wait for the user ("Hent nyeste version" / "Behold mine ændringer"). */
  | { kind: 'conflict'; error: ApiError }
  /** The programme is gone: drop the edit. */
  | { kind: 'gone'; message: string }
  /** The file store refused this content or cannot read its file: keep the edit, do not retry. */
  | { kind: 'refused'; message: string }
  /** No answer (offline, server restarting): keep the edit and try again. */
  | { kind: 'retry'; message: string };

export const RETRY_MESSAGE = 'Ikke gemt endnu – prøver igen…';

/**
 * Classifies a failed save of `sent`. A conflict whose newer version on disk
 * says exactly what we sent is our own save coming back (the previous page
 * flushed as it was left and was gone before it could clear its outbox): that
 * is an acknowledgement, returned as `{ saved }`. Nothing here merges.
 */
export async function resolveFailedSave(
  api: ApiClient,
  error: ApiError,
  sent: Engagement,
): Promise<{ saved: Engagement } | SaveFailure> {
  switch (error.code) {
    case 'conflict': {
      const echo = await alreadyOnDisk(api, sent);
      return echo ? { saved: echo } : { kind: 'conflict', error };
    }
    case 'not_found':
      return {
        kind: 'gone',
        message: 'Forløbet findes ikke længere, så den seneste ændring kunne ikke gemmes.',
      };
    case 'invalid_argument':
      return { kind: 'refused', message: `Ændringen kunne ikke gemmes: ${error.message}` };
    case 'damaged':
      return { kind: 'refused', message: 'Ikke gemt – forløbets fil kan ikke læses' };
    default:
      return { kind: 'retry', message: RETRY_MESSAGE };
  }
}

async function alreadyOnDisk(api: ApiClient, sent: Engagement): Promise<Engagement | null> {
  try {
    const latest = await api.call('engagements.get', { id: sent.id });
    return sameContent(latest, sent) ? latest : null;
  } catch {
    return null;
  }
}
