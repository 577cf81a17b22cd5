import type { Content } from 'pdfmake/interfaces.js';
import type { Engagement, Meeting, Phase } from '../../domain/engagement.js';
import type { CatalogueCard } from '../../library/catalogue.js';
import type { ExerciseRun } from '../../room/exercise-run.js';
import { DEFAULT_MIN_ANSWERS } from '../../room/room-state.js';
import { runResults, type StepResult } from '../../room/run-results.js';
import { stepResultContent } from '../pdf-charts.js';
import { danishDate, emptyNote, h2, h3, styled } from './body-parts.js';

/**
 * The exercises' results for a report, card by card: each answer-taking step
 * of the first run, compared with the newest run of the same card from
 * another meeting (the barometer at the seminar and again at the wrap-up).
 *
 * What the room kept back stays back: hidden answers are never counted
 * (runResults), and a step with fewer visible answers than the room's
 * minimum is withheld with a sentence that says so, never its figures. A run
 * does not record the minimum the facilitator set, so the report uses the
 * room's default — the same number or more than the room showed.
 */
export const REPORT_MIN_ANSWERS = DEFAULT_MIN_ANSWERS;

interface PlacedRun {
  run: ExerciseRun;
  meeting?: Meeting;
  phase?: Phase;
  label: string;
}

export interface CardResults {
  card: CatalogueCard;
  runs: PlacedRun[];
}

export function withheldText(minAnswers: number, label?: string): string {
  const whose = label ? `Resultatet fra ${label}` : 'Resultatet';
  return `${whose} er udeladt, fordi færre end ${minAnswers} svarede. Rummet viser først et resultat fra ${minAnswers} svar, så ingen kan genkendes.`;
}

function placeRuns(engagement: Engagement, runs: readonly ExerciseRun[]): PlacedRun[] {
  const where = new Map(
    engagement.phases.flatMap((phase) =>
      phase.meetings.map((meeting) => [meeting.id, { meeting, phase }] as const),
    ),
  );
  const placed = [...runs]
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((run) => {
      const found = where.get(run.meetingId);
      const date = found?.meeting.date ?? run.startedAt.slice(0, 10);
      const title = found?.meeting.title || 'Et møde, der ikke findes længere';
      return { run, ...found, label: `${title}, ${danishDate(date)}` };
    });
  // Two runs at the same meeting would read the same: number them.
  const seen = new Map<string, number>();
  for (const entry of placed) {
    const key = `${entry.run.exerciseId}|${entry.label}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) entry.label = `${entry.label} (kørsel ${n})`;
  }
  return placed;
}

/** The runs grouped by card, cards in the order they were first run; runs of unknown cards are left out. */
export function resultsByCard(
  engagement: Engagement,
  runs: readonly ExerciseRun[],
  cards: readonly CatalogueCard[],
): { groups: CardResults[]; unknown: PlacedRun[] } {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const groups = new Map<string, CardResults>();
  const unknown: PlacedRun[] = [];
  for (const placed of placeRuns(engagement, runs)) {
    const card = byId.get(placed.run.exerciseId);
    if (!card) {
      unknown.push(placed);
      continue;
    }
    const group = groups.get(card.id) ?? { card, runs: [] };
    group.runs.push(placed);
    groups.set(card.id, group);
  }
  return { groups: [...groups.values()], unknown };
}

/** The shown run and the run it is compared with: the first, and the newest from another meeting. */
function pair(runs: readonly PlacedRun[]): [PlacedRun, PlacedRun | undefined] {
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  return [first, last !== first && last.run.meetingId !== first.run.meetingId ? last : undefined];
}

type Shown = 'none' | 'withheld' | 'shown';

function stepContent(
  a: StepResult,
  b: StepResult | undefined,
  labels: { a: string; b: string } | undefined,
  minAnswers: number,
): Content[] {
  const status = (entry: StepResult | undefined): Shown =>
    !entry || entry.count === 0 ? 'none' : entry.count < minAnswers ? 'withheld' : 'shown';
  const [sa, sb] = [status(a), status(b)];
  const alone = (entry: StepResult, shown: Shown, label?: string): Content[] => {
    if (shown === 'withheld') return [emptyNote(withheldText(minAnswers, label))];
    return [...(label ? [styled('caption', label)] : []), ...stepResultContent(entry)];
  };
  if (!b || !labels || sb === 'none') return sa === 'none' ? [emptyNote('Ingen svar.')] : alone(a, sa);
  if (sa === 'none') return alone(b, sb, labels.b);
  if (sa === 'withheld' && sb === 'withheld') return [emptyNote(withheldText(minAnswers))];
  if (sa === 'withheld') return [emptyNote(withheldText(minAnswers, labels.a)), ...alone(b, sb, labels.b)];
  if (sb === 'withheld') return [emptyNote(withheldText(minAnswers, labels.b)), ...alone(a, sa, labels.a)];
  return stepResultContent(a, { other: b, labels });
}

/** One card's section: where it ran, and each answer-taking step's result. */
function cardSection(group: CardResults, minAnswers: number): Content[] {
  const [a, b] = pair(group.runs);
  const stepsA = runResults(a.run, group.card);
  const stepsB = b ? runResults(b.run, group.card) : [];
  const labels = b ? { a: a.label, b: b.label } : undefined;
  const where = b ? `Kørt på ${a.label} og igen på ${b.label}.` : `Kørt på ${a.label}.`;
  const content: Content[] = [h2(group.card.title), styled('lead', where)];
  if (stepsA.length === 0)
    return [...content, emptyNote('Øvelsen tager ikke imod svar; den er vist i rummet.')];
  for (const [index, entry] of stepsA.entries()) {
    const other = stepsB[index];
    content.push(h3(entry.step.title), ...stepContent(entry, other, labels, minAnswers));
  }
  return content;
}

/** Every card's section; empty when no exercise has been run. */
export function exerciseResultsContent(
  engagement: Engagement,
  runs: readonly ExerciseRun[],
  cards: readonly CatalogueCard[],
  minAnswers = REPORT_MIN_ANSWERS,
): Content[] {
  const { groups, unknown } = resultsByCard(engagement, runs, cards);
  const content = groups.flatMap((group) => cardSection(group, minAnswers));
  if (unknown.length > 0) {
    content.push(
      emptyNote(
        `${unknown.length === 1 ? 'Én kørsel' : `${unknown.length} kørsler`} af en øvelse, der ikke længere findes i biblioteket, er ikke med.`,
      ),
    );
  }
  return content;
}
