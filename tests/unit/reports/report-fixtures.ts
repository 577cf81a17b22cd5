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
