import type { EngagementStore } from '../../electron/services/file-store/index.js';
import type { AgendaItem } from '../../shared/domain/engagement.js';
import { builtInCards } from '../../shared/library/builtin-cards.js';
import type { ExerciseRun, RoomAnswer } from '../../shared/room/exercise-run.js';
import { buildOutline, type RoomOutline } from '../../shared/room/room-outline.js';

/**
 * A seminar agenda for room tests: a talk without an exercise, the wellbeing
 * barometer (a scale step, then a dialogue step with a facilitator hint), the
 * IGLO model (slides only: no answers, no run) and an item whose card is missing.
 */
export const agendaItem = (
  id: string,
  minutes: number,
  exerciseId?: string,
  type: AgendaItem['type'] = exerciseId ? 'oevelse' : 'oplaeg',
): AgendaItem => ({
  id,
  type,
  title: `Punkt ${id}`,
  minutes,
  ...(exerciseId ? { exerciseId } : {}),
  notes: '',
  materials: [],
});

export const SEMINAR_AGENDA: AgendaItem[] = [
  agendaItem('velkomst', 10),
  agendaItem('barometer', 15, 'wellbeing-barometer'),
  agendaItem('model', 20, 'iglo-model'),
  agendaItem('mangler', 5, 'findes-ikke'),
];

export const cardFor = (id: string) => builtInCards().find((card) => card.id === id);

export function seminarOutline(agenda: AgendaItem[] = SEMINAR_AGENDA): RoomOutline {
  return buildOutline({ id: 'seminar', agenda }, cardFor);
}

export const NOW = new Date('2026-11-23T09:00:00.000Z');
export const later = (ms: number) => new Date(NOW.getTime() + ms);

export const scaleAnswer = (id: string, value: number, word?: string): RoomAnswer => ({
  id,
  stepId: 'barometer',
  by: 'facilitator',
  at: NOW.toISOString(),
  payload: word === undefined ? { value } : { value, word },
});

export const barometerRun = (answers: RoomAnswer[], hiddenAnswerIds: string[] = []): ExerciseRun => ({
  id: 'run-1',
  engagementId: 'eng-1',
  meetingId: 'seminar',
  agendaItemId: 'barometer',
  exerciseId: 'wellbeing-barometer',
  startedAt: NOW.toISOString(),
  answers,
  hiddenAnswerIds,
});

/**
 * Creates a programme in `store` whose first meeting has `agenda` (default
 * SEMINAR_AGENDA); returns its id and the meeting's id.
 */
export async function engagementWithSeminar(
  store: EngagementStore,
  agenda: AgendaItem[] = SEMINAR_AGENDA,
): Promise<{ engagementId: string; meetingId: string }> {
  const created = await store.create({
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
  });
  const meeting = created.phases.flatMap((phase) => phase.meetings)[0];
  if (!meeting) throw new Error('the template has no meeting');
  meeting.agenda = agenda;
  await store.save(created);
  return { engagementId: created.id, meetingId: meeting.id };
}
