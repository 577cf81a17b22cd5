import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { daysOverdue } from '../../domain/action-due.js';
import type { Action } from '../../domain/engagement.js';
import {
  ACTION_STAGES,
  ACTION_STAGE_LABELS,
  ACTION_STATUS_LABELS,
  IGLO_LEVELS,
  IGLO_LEVEL_LABELS,
  type IgloLevel,
} from '../../domain/vocabulary.js';
import { textCell, emptyNote, h2, headerRow } from './body-parts.js';
import { danishDate, danishShortDate } from '../danish-date.js';
import type { ReportBody, ReportInput } from '../report-input.js';

/** »over fristen i 1 dag«, »… 12 dage«: overdue is said in words, never by colour alone. */
export function overdueText(days: number): string {
  return `Over fristen (${days} ${days === 1 ? 'dag' : 'dage'})`;
}

const stageOrder = (action: Action) => ACTION_STAGES.indexOf(action.stage);

/** By stage in the plan's order, then by due date (no date last), then by title. */
export function sortActions(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) =>
      stageOrder(a) - stageOrder(b) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.title.localeCompare(b.title, 'da'),
  );
}

function statusCell(action: Action, today: string): TableCell {
  const overdue = daysOverdue(action, today);
  const status = ACTION_STATUS_LABELS[action.status];
  if (overdue === 0) return textCell(status);
  return {
    stack: [
      { text: status, style: 'tableCell' },
      { text: overdueText(overdue), style: 'tableCell', bold: true },
    ],
  };
}

function latestFollowUp(action: Action): TableCell {
  const latest = [...action.followUps].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) return textCell('–', { color: '#5b6770' });
  return {
    stack: [
      { text: danishShortDate(latest.date), style: 'tableCell', bold: true },
      { text: latest.note, style: 'tableCell' },
    ],
  };
}

function actionRow(action: Action, today: string): TableCell[] {
  const title: TableCell = action.description.trim()
    ? {
        stack: [
          { text: action.title, style: 'tableCell', bold: true },
          { text: action.description.trim(), style: 'tableCell' },
        ],
      }
    : textCell(action.title, { bold: true });
  return [
    textCell(ACTION_STAGE_LABELS[action.stage]),
    title,
    textCell(action.owner.trim() || 'Ikke aftalt'),
    textCell(action.due ? danishShortDate(action.due) : 'Ingen frist'),
    statusCell(action, today),
    latestFollowUp(action),
  ];
}

const LEVEL_WORDS: Record<IgloLevel, string> = {
  individ: 'individniveau',
  gruppe: 'gruppeniveau',
  ledelse: 'ledelsesniveau',
  organisation: 'organisationsniveau',
};

function levelSection(level: IgloLevel, actions: readonly Action[], today: string): Content[] {
  const heading = h2(IGLO_LEVEL_LABELS[level]);
  if (actions.length === 0) {
    return [heading, emptyNote(`Ingen tiltag på ${LEVEL_WORDS[level]}.`)];
  }
  return [
    heading,
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [70, '*', 100, 62, 88, 170],
        body: [
          headerRow(['Fase', 'Tiltag', 'Ansvarlig', 'Frist', 'Status', 'Seneste opfølgning']),
          ...sortActions(actions).map((action) => actionRow(action, today)),
        ],
      },
      margin: [0, 0, 0, 12],
    },
  ];
}

/** One sentence on where the plan stands, with the count of overdue actions in words. */
export function planSummary(actions: readonly Action[], today: string): string {
  const done = actions.filter((a) => a.status === 'gennemfoert').length;
  const overdue = actions.filter((a) => daysOverdue(a, today) > 0).length;
  return (
    `${actions.length} tiltag i alt, ${done} gennemført` +
    (overdue > 0 ? `, ${overdue} over fristen` : ', ingen over fristen') +
    ` (opgjort ${danishDate(today)}).`
  );
}

/**
 * The handleplan: every action in a landscape table per IGLO level, with
 * stage, owner, due date, status (overdue said in words) and the latest
 * follow-up. A plan with no actions yet says so in one sentence.
 */
export function buildActionplanBody(input: ReportInput): ReportBody {
  const { engagement, today } = input;
  const actions = engagement.actions;
  const body: ReportBody = {
    title: 'Handleplan',
    subtitle: engagement.title,
    orientation: 'landscape',
    cover: false,
    content: [],
  };
  if (actions.length === 0) {
    body.content.push(
      emptyNote('Handleplanen har ingen tiltag endnu. Tiltag skrives under Aktivitetsfase i Forløb.'),
    );
    return body;
  }
  body.content.push({ text: planSummary(actions, today), style: 'lead' });
  for (const level of IGLO_LEVELS) {
    body.content.push(
      ...levelSection(
        level,
        actions.filter((a) => a.iglo === level),
        today,
      ),
    );
  }
  return body;
}
