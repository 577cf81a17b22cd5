import type { PhaseKind } from '@shared/domain/vocabulary';

/** The route name of each phase's page (renderer/router.ts). */
export const PHASE_ROUTES: Record<PhaseKind, string> = {
  preparation: 'engagement-preparation',
  seminar: 'engagement-seminar',
  activity: 'engagement-activity',
  wrapup: 'engagement-wrapup',
};
