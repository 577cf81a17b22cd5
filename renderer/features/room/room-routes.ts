import type { RouteLocationRaw, Router } from 'vue-router';
import type { Engagement } from '@shared/domain/engagement';
import { PHASE_ROUTES } from '../workspace/phase-routes';

/** Route names of the room's two pages (renderer/router.ts). */
export const ROOM_CONSOLE_ROUTE = 'room-console';
export const ROOM_PROJECTOR_ROUTE = 'room-projector';

export const consoleRoute = (engagementId: string, meetingId: string): RouteLocationRaw => ({
  name: ROOM_CONSOLE_ROUTE,
  params: { id: engagementId, meetingId },
});

/** The projector's full address, as window.open needs it (hash or path URLs, as the router uses). */
export function projectorUrl(router: Router, engagementId: string, base: string = location.href): string {
  const { href } = router.resolve({ name: ROOM_PROJECTOR_ROUTE, params: { engagementId } });
  return new URL(href, base).href;
}

/** Back from the room to the page the meeting is planned on (the seminar planner shows the meeting chosen). */
export function programmeRoute(
  engagement: Engagement | null,
  engagementId: string,
  meetingId: string,
): RouteLocationRaw {
  const phase = engagement?.phases.find((p) => p.meetings.some((m) => m.id === meetingId));
  if (!phase) return { name: 'engagement', params: { id: engagementId } };
  return {
    name: PHASE_ROUTES[phase.kind],
    params: { id: engagementId },
    query: phase.kind === 'seminar' ? { moede: meetingId } : {},
  };
}
