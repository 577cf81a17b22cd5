import type { z } from 'zod';
import {
  ENGAGEMENT_SCHEMA_VERSION,
  emptyBrief,
  emptyMeetingRecord,
  emptyWrapup,
  type Engagement,
} from './engagement.js';
import type { CreateEngagementArg } from './create-engagement-arg.js';
import { automaticTitle } from './automatic-title.js';
import type { ProgrammeTemplate } from '../templates/programme-template.js';

export interface CreateContext {
  id: string;
  now: string;
  /** Returns a fresh id for nested records (phases, meetings, contacts). */
  newId: () => string;
}

/** Builds revision 1 of a programme from a template and what the wizard asked. Pure. */
export function createEngagement(
  template: ProgrammeTemplate,
  arg: z.output<typeof CreateEngagementArg>,
  ctx: CreateContext,
): Engagement {
  const { organisation, unit } = arg.client;
  const themes = [...new Set(arg.themes ?? [])];
  return {
    id: ctx.id,
    schemaVersion: ENGAGEMENT_SCHEMA_VERSION,
    revision: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    title: arg.title?.trim() || automaticTitle(organisation, unit).title || template.title,
    templateId: template.id,
    status: 'aktiv',
    client: {
      organisation,
      unit,
      sector: arg.client.sector,
      contacts: (arg.contacts ?? []).map((c) => ({ ...c, id: ctx.newId() })),
    },
    facilitators: (arg.facilitators ?? []).map((f) => ({ ...f, id: ctx.newId() })),
    themes,
    phases: template.phases.map((phase) => ({
      id: ctx.newId(),
      kind: phase.kind,
      title: phase.title,
      meetings: phase.meetings.map((m) => ({
        id: ctx.newId(),
        kind: m.kind,
        title: m.title,
        description: m.description,
        date: arg.meetingDates?.[m.key],
        mode: m.mode,
        minutes: m.minutes,
        agenda: [],
        record: emptyMeetingRecord(),
      })),
    })),
    brief: { ...emptyBrief(), themes: [...themes] },
    preStudy: [],
    analysis: '',
    actions: [],
    wrapup: emptyWrapup(),
    notes: '',
  };
}
