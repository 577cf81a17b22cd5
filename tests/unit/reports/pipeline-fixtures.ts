import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { EXAMPLE_CREATE_ARG, exampleProgramme } from '../../../shared/examples/nfa-example.js';
import { builtInCards } from '../../../shared/library/builtin-cards.js';
import type { CatalogueCard } from '../../../shared/library/catalogue.js';
import type { ExportKind } from '../../../shared/reports/export-kinds.js';
import type { ReportInput } from '../../../shared/reports/report-input.js';
import type { ExerciseRun } from '../../../shared/room/exercise-run.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';

export const TODAY = '2026-11-22';

/** The start screen's example programme, as engagements.create and the example would make it on TODAY. */
export function exampleEngagement(today = TODAY): Engagement {
  let n = 0;
  const created = createEngagement(
    findTemplate('nfa-grundmodel')!,
    CreateEngagementArg.parse(EXAMPLE_CREATE_ARG),
    {
      id: 'eksempel-1',
      now: `${today}T09:00:00.000Z`,
      newId: () => `id-${++n}`,
    },
  );
  return exampleProgramme(created, today);
}

export function libraryCards(): CatalogueCard[] {
  return builtInCards().map((card) => ({ ...card, origin: 'builtin' as const, revision: 0 }));
}

export function reportInput(
  kind: ExportKind,
  engagement: Engagement = exampleEngagement(),
  runs: ExerciseRun[] = [],
  extra: Partial<ReportInput> = {},
): ReportInput {
  return { kind, engagement, runs, cards: libraryCards(), today: TODAY, ...extra };
}

/** A barometer run of the example's seminar (meeting id-4): marks by five people, one hidden, a note that looks like a formula. */
export function barometerRun(): ExerciseRun {
  const at = (minute: number) => `2026-08-17T07:${String(minute).padStart(2, '0')}:00.000Z`;
  return {
    id: 'run-barometer',
    engagementId: 'eksempel-1',
    meetingId: 'id-4',
    agendaItemId: 'eks-punkt-barometer',
    exerciseId: 'wellbeing-barometer',
    startedAt: at(10),
    answers: [
      {
        id: 'a1',
        stepId: 'barometer',
        by: 'p-1',
        at: at(11),
        payload: { value: 7, word: 'travlt; men "godt"' },
      },
      { id: 'a2', stepId: 'barometer', by: 'p-2', at: at(11), payload: { value: 4 } },
      { id: 'a3', stepId: 'barometer', by: 'p-3', at: at(12), payload: { value: 2, word: 'skjult svar' } },
      {
        id: 'a4',
        stepId: 'barometer',
        by: 'p-1',
        at: at(12),
        payload: { value: 8, word: '=HYPERLINK("x")' },
      },
      {
        id: 'a5',
        stepId: 'samtale',
        by: 'facilitator',
        at: at(14),
        payload: { questionId: 'traekker-op', text: 'linje 1\nlinje 2' },
      },
    ],
    hiddenAnswerIds: ['a3'],
  };
}

/** A board run of the IGLO action plan with two notes and a vote. */
export function boardRun(): ExerciseRun {
  const at = (minute: number) => `2026-08-17T09:${String(minute).padStart(2, '0')}:00.000Z`;
  return {
    id: 'run-iglo',
    engagementId: 'eksempel-1',
    meetingId: 'id-4',
    agendaItemId: 'eks-punkt-handleplan',
    exerciseId: 'iglo-action-plan',
    startedAt: at(0),
    answers: [
      {
        id: 'n1',
        stepId: 'handleplan',
        by: 'facilitator',
        at: at(5),
        payload: { cellId: 'forebyggelse:grupper', text: '+ fælles pauser' },
      },
      { id: 'n2', stepId: 'handleplan', by: 'p-9', at: at(6), payload: { votes: ['n1'] } },
    ],
    hiddenAnswerIds: [],
  };
}
