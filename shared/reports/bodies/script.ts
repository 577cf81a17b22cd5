import type { Content } from 'pdfmake/interfaces.js';
import type { AgendaItem, Engagement, Meeting } from '../../domain/engagement.js';
import { minutesText } from '../../domain/agenda-clock.js';
import { AGENDA_ITEM_TYPE_LABELS, MEETING_MODE_LABELS } from '../../domain/vocabulary.js';
import type { ExerciseStep } from '../../library/card.js';
import type { CatalogueCard } from '../../library/catalogue.js';
import { SOURCE_DOCUMENT_LABELS } from '../../library/sources.js';
import { ApiError } from '../../errors.js';
import type { ReportBody, ReportInput } from '../report-input.js';
import { agendaTable, agendaTotal, itemTime, meetingClock, meetingWhen } from './agenda-parts.js';
import {
  bullets,
  emptyNote,
  h1,
  h2,
  h3,
  labelled,
  numbered,
  paragraphs,
  present,
  styled,
} from './body-parts.js';

/**
 * The drejebog: what the facilitator holds in hand at a meeting. The timed
 * agenda with clock times, then item by item the facilitator's notes, the
 * materials and, for an exercise, its card's instructions and steps (with the
 * hints the room never sees).
 */
export function buildScriptBody(input: ReportInput): ReportBody {
  const meeting = scriptMeeting(input.engagement, input.meetingId);
  const cards = new Map(input.cards.map((card) => [card.id, card]));
  const facilitators = input.engagement.facilitators.map((f) => f.name).join(', ');
  const header = [
    `${meetingWhen(meeting)} · ${MEETING_MODE_LABELS[meeting.mode]}`,
    ...(facilitators ? [`Facilitator: ${facilitators}`] : []),
  ];
  const agenda: Content[] = meeting.agenda.length
    ? [agendaTable(meeting), styled('caption', agendaTotal(meeting))]
    : [emptyNote('Mødet har ingen dagsorden endnu. Læg punkterne ind under mødet, og lav drejebogen igen.')];
  const clock = meetingClock(meeting);
  const items = meeting.agenda.flatMap((item, index) =>
    itemSection(
      item,
      itemTime(clock.items[index]!),
      item.exerciseId ? cards.get(item.exerciseId) : undefined,
    ),
  );
  return {
    title: `Drejebog: ${meeting.title}`,
    subtitle: input.engagement.title,
    cover: false,
    content: [
      ...header.map((line) => styled('lead', line)),
      ...paragraphs(meeting.description, 'body'),
      h1('Dagsorden'),
      ...agenda,
      ...(items.length ? [h1('Punkt for punkt'), ...items] : []),
    ],
  };
}

/** The meeting asked for, or the first seminar meeting with an agenda. */
export function scriptMeeting(engagement: Engagement, meetingId: string | undefined): Meeting {
  const meetings = engagement.phases.flatMap((phase) =>
    phase.meetings.map((meeting) => ({ phase, meeting })),
  );
  if (meetingId !== undefined) {
    const found = meetings.find(({ meeting }) => meeting.id === meetingId);
    if (!found)
      throw new ApiError(
        'not_found',
        'Mødet findes ikke i forløbet. Vælg et af forløbets møder, og prøv igen.',
        { meetingId },
      );
    return found.meeting;
  }
  const seminar =
    meetings.find(({ phase, meeting }) => phase.kind === 'seminar' && meeting.agenda.length > 0) ??
    meetings.find(({ meeting }) => meeting.kind === 'seminar' && meeting.agenda.length > 0);
  if (!seminar)
    throw new ApiError(
      'not_found',
      'Forløbet har intet seminar med en dagsorden endnu. Læg dagsordenen under Seminar, og prøv igen.',
    );
  return seminar.meeting;
}

function itemSection(item: AgendaItem, time: string, card: CatalogueCard | undefined): Content[] {
  const materials = [...new Set([...item.materials, ...(card?.materials ?? [])])];
  const content: Content[] = [
    h2(`${time}  ${item.title}`),
    styled('muted', `${AGENDA_ITEM_TYPE_LABELS[item.type]} · ${minutesText(item.minutes)}`),
    ...(present(item.notes) ? [labelled('Noter til facilitator', item.notes)] : []),
    ...(materials.length ? [styled('label', 'Materialer'), bullets(materials)] : []),
  ];
  if (item.exerciseId && !card) {
    content.push(emptyNote('Øvelsen findes ikke længere i biblioteket, så dens vejledning kan ikke vises.'));
  } else if (card) {
    content.push(...exerciseGuide(card));
  }
  return content;
}

/** A card's instructions for the facilitator: purpose, the steps to take, what the room sees and does. */
function exerciseGuide(card: CatalogueCard): Content[] {
  return [
    labelled('Formål', card.purpose),
    h3('Sådan gør du'),
    numbered(card.instructions),
    labelled('På skærmen', card.projectorText),
    h3('Trin i rummet'),
    ...card.steps.flatMap((step, index) => [
      styled('label', `${index + 1}. ${step.title}${step.optional ? ' (kan springes over)' : ''}`),
      ...(present(step.prompt) ? [styled('body', step.prompt!)] : []),
      ...stepGuide(step),
    ]),
    styled('muted', `Kilde: ${SOURCE_DOCUMENT_LABELS[card.source.document]}, ${card.source.section}`),
  ];
}

/** What the facilitator needs to know about one step, by its engine kind. */
export function stepGuide(step: ExerciseStep): Content[] {
  switch (step.kind) {
    case 'slide': {
      const headings = step.blocks.flatMap((block) =>
        block.type === 'heading' ? [block.text] : block.type === 'model' && block.title ? [block.title] : [],
      );
      return [styled('muted', `Viden på skærmen${headings.length ? `: ${headings.join(' · ')}` : '.'}`)];
    }
    case 'scale':
      return [
        styled(
          'muted',
          `Skala fra ${step.min} (${step.minLabel}) til ${step.max} (${step.maxLabel}).${step.askWhy ? ' Deltagerne kan skrive et ord om hvorfor.' : ''}`,
        ),
      ];
    case 'rating':
      return [
        styled('muted', `Hvert punkt vurderes: ${step.scale.map((level) => level.label).join(' · ')}.`),
        bullets(step.items.map((item) => item.label)),
      ];
    case 'curve':
      return [
        styled(
          'muted',
          `En kurve over de seneste ${step.monthsBack} måneder: ${step.zones.map((zone) => zone.label).join(', ')}.`,
        ),
        numbered(step.questions),
      ];
    case 'board': {
      const board = step.board;
      const axes =
        board.layout === 'grid'
          ? `Rækker: ${board.rows.map((row) => row.label).join(' · ')}. Kolonner: ${board.columns.map((column) => column.label).join(' · ')}.`
          : `${board.layout === 'fields' ? 'Felter' : 'Kolonner'}: ${(board.layout === 'fields' ? board.fields : board.columns).map((axis) => axis.label).join(' · ')}.`;
      return [
        styled(
          'muted',
          `${axes} Til sidst ${step.dots} ${step.dots === 1 ? 'prik' : 'prikker'} pr. deltager.`,
        ),
      ];
    }
    case 'checklist':
      return [
        styled(
          'muted',
          step.groups
            .map((group) => `${group.label ?? 'Punkter'}: ${group.items.length} punkter`)
            .join(' · '),
        ),
      ];
    case 'dialogue':
      return [
        {
          ol: step.questions.map((question) => ({
            stack: [
              `${question.text}${question.minutes ? ` (${question.minutes} min.)` : ''}`,
              ...(question.hint ? [{ text: `Til dig: ${question.hint}`, style: 'muted' }] : []),
            ],
          })),
          style: 'body',
          margin: [0, 0, 0, 6],
        },
      ];
    case 'map':
      return [
        styled(
          'muted',
          `For hver enhed: ${step.unitFields.map((field) => field.label).join(' · ')}. Plan ved »${step.states[1]?.label ?? 'rød'}«: ${step.planFields.map((field) => field.label).join(' · ')}.`,
        ),
      ];
  }
}
