import type { Engagement, Meeting, Phase } from '@shared/domain/engagement';

/** Where a removed meeting was, so "Fortryd" can put it back in the same place. */
export interface RemovedMeeting {
  phaseId: string;
  index: number;
  meeting: Meeting;
}

export interface MeetingPlace {
  phase: Phase;
  index: number;
}

export function findMeeting(e: Engagement, meetingId: string): MeetingPlace | undefined {
  for (const phase of e.phases) {
    const index = phase.meetings.findIndex((m) => m.id === meetingId);
    if (index !== -1) return { phase, index };
  }
  return undefined;
}

export function addMeeting(e: Engagement, phaseId: string, meeting: Meeting): boolean {
  const phase = e.phases.find((p) => p.id === phaseId);
  if (!phase) return false;
  phase.meetings.push(meeting);
  return true;
}

export function removeMeeting(e: Engagement, meetingId: string): RemovedMeeting | undefined {
  const place = findMeeting(e, meetingId);
  if (!place) return undefined;
  const [meeting] = place.phase.meetings.splice(place.index, 1);
  return meeting ? { phaseId: place.phase.id, index: place.index, meeting } : undefined;
}

/** Puts a removed meeting back where it was (or last, if the phase has fewer meetings now). */
export function restoreMeeting(e: Engagement, removed: RemovedMeeting): boolean {
  const phase = e.phases.find((p) => p.id === removed.phaseId);
  if (!phase || findMeeting(e, removed.meeting.id)) return false;
  phase.meetings.splice(Math.min(removed.index, phase.meetings.length), 0, removed.meeting);
  return true;
}

/** Moves a meeting one place up (-1) or down (+1) within its phase; false at either end. */
export function moveMeeting(e: Engagement, meetingId: string, delta: -1 | 1): boolean {
  const place = findMeeting(e, meetingId);
  if (!place) return false;
  const target = place.index + delta;
  const meetings = place.phase.meetings;
  if (target < 0 || target >= meetings.length) return false;
  const [meeting] = meetings.splice(place.index, 1);
  if (!meeting) return false;
  meetings.splice(target, 0, meeting);
  return true;
}
