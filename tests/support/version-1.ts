/**
 * Turns a current programme back into the shape schema version 1 wrote, as a
 * file from an older build would hold it. Only the tests need this: the app
 * itself only ever migrates forward.
 */
export function toVersion1(doc: Record<string, unknown>): Record<string, unknown> {
  const e = structuredClone(doc) as {
    brief: Record<string, unknown>;
    phases: { meetings: Record<string, unknown>[] }[];
    actions: { followUps: Record<string, unknown>[] }[];
    wrapup: Record<string, unknown>;
    [key: string]: unknown;
  };
  const { purpose, goals, frame, resources, successCriteria } = e.brief;
  e.brief = { purpose, goals, frame, resources, successCriteria };
  for (const phase of e.phases) {
    for (const meeting of phase.meetings) {
      delete meeting.record;
      delete meeting.startTime;
      meeting.agenda = (meeting.agenda as Record<string, unknown>[]).map(
        ({ type: _type, materials: _materials, ...item }) => item,
      );
    }
  }
  for (const action of e.actions) action.followUps = action.followUps.map(({ id: _id, ...f }) => f);
  delete e.preStudy;
  delete e.analysis;
  e.wrapup = { summary: '', learnings: '', nextSteps: '', criteria: [] };
  return { ...e, schemaVersion: 1 };
}
