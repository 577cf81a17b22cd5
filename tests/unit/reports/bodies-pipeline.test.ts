import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { buildActionplanBody, overdueText } from '../../../shared/reports/bodies/actionplan.js';
import { buildAgreementBody } from '../../../shared/reports/bodies/agreement.js';
import { REPORT_STYLES } from '../../../shared/reports/report-styles.js';
import { exampleEngagement, reportInput } from './pipeline-fixtures.js';

type Loose = Record<string, unknown>;

/** Every node of the content, depth first (stacks, columns, lists, table cells). */
function nodes(content: unknown): Loose[] {
  if (Array.isArray(content)) return content.flatMap(nodes);
  if (typeof content !== 'object' || content === null) return [];
  const node = content as Loose;
  const table = node.table as { body?: unknown[][] } | undefined;
  return [
    node,
    ...['stack', 'columns', 'ul', 'ol'].flatMap((key) => nodes(node[key])),
    ...(table?.body ? nodes(table.body.flat()) : []),
  ];
}
const textOf = (content: unknown): string => JSON.stringify(content);
const headings = (content: Content[], style: string) =>
  content.filter((n) => (n as unknown as Loose).style === style).map((n) => (n as unknown as Loose).text);

/** Never a blank heading: each h2 at the top level is followed by something that is not a heading. */
function expectNoBlankHeadings(content: Content[]) {
  content.forEach((node, index) => {
    if ((node as unknown as Loose).headlineLevel === undefined) return;
    const next = content[index + 1] as unknown as Loose | undefined;
    expect(next, `»${String((node as unknown as Loose).text)}« står sidst`).toBeDefined();
    expect(next!.headlineLevel, `»${String((node as unknown as Loose).text)}« står tom`).toBeUndefined();
  });
}

function expectOnlyReportStyles(content: Content[]) {
  const allowed = new Set<string>(Object.keys(REPORT_STYLES));
  for (const node of nodes(content))
    if (typeof node.style === 'string') expect(allowed).toContain(node.style);
}

function emptied(): Engagement {
  const e = exampleEngagement();
  e.actions = [];
  e.brief = {
    ...e.brief,
    purpose: '',
    goals: '  ',
    frame: '',
    resources: '',
    successCriteria: [],
    trio: {},
    localFollowUp: '',
  };
  e.client.contacts = [];
  e.facilitators = [];
  for (const phase of e.phases) phase.meetings = [];
  return e;
}

describe('the action plan (handleplan)', () => {
  const input = reportInput('actionplan');
  const body = buildActionplanBody(input);

  it('is a landscape table per IGLO level, headed by level, with every action once', () => {
    expect(body.orientation).toBe('landscape');
    expect(body.cover).toBe(false);
    expect(headings(body.content, 'h2')).toEqual(['Individ', 'Gruppe', 'Ledelse', 'Organisation']);
    const text = textOf(body.content);
    for (const action of input.engagement.actions) {
      expect(text.split(JSON.stringify(action.title)).length - 1, action.title).toBe(1);
    }
    const tables = nodes(body.content).filter((n) => n.table) as {
      table: { headerRows: number; dontBreakRows: boolean; body: Loose[][] };
    }[];
    expect(tables).toHaveLength(4);
    for (const { table } of tables) {
      expect(table.headerRows).toBe(1);
      expect(table.dontBreakRows).toBe(true);
      expect(textOf(table.body[0])).toContain('Ansvarlig');
      expect(textOf(table.body[0])).toContain('Frist');
      expect(textOf(table.body[0])).toContain('Status');
    }
    expectOnlyReportStyles(body.content);
  });

  it('says in words which actions are overdue, and by how much', () => {
    const overdue = input.engagement.actions.find(
      (a) => a.status === 'i-gang' && a.due && a.due < input.today,
    )!;
    expect(overdue).toBeDefined();
    const days = Math.round((Date.parse(input.today) - Date.parse(overdue.due!)) / 86_400_000);
    expect(textOf(body.content)).toContain(overdueText(days));
    expect(textOf(body.content)).toContain('1 over fristen');
    expect(overdueText(1)).toBe('Over fristen (1 dag)');
  });

  it('puts a level without actions in one quiet sentence, and a plan without actions in one sentence', () => {
    const e = exampleEngagement();
    e.actions = e.actions.filter((a) => a.iglo !== 'individ');
    const some = buildActionplanBody(reportInput('actionplan', e));
    expect(textOf(some.content)).toContain('Ingen tiltag på individniveau.');
    expectNoBlankHeadings(some.content);
    const none = buildActionplanBody(reportInput('actionplan', emptied()));
    expect(none.content).toHaveLength(1);
    expect(textOf(none.content)).toContain('Handleplanen har ingen tiltag endnu');
  });
});

describe('the agreement after the preparatory meeting (aftale efter formødet)', () => {
  const input = reportInput('agreement');
  const body = buildAgreementBody(input);
  const brief = input.engagement.brief;

  it('has every section the parties agreed on, in order, ending with lines to sign', () => {
    expect(headings(body.content, 'h2')).toEqual([
      'Formål',
      'Mål',
      'Rammer',
      'Ressourcer',
      'Succeskriterier',
      'TRIO',
      'Deltagere',
      'Datoer',
      'Betingelser for at deltage',
      'Underskrifter',
    ]);
    const text = textOf(body.content);
    for (const part of [brief.purpose, brief.goals, brief.frame, brief.resources, brief.localFollowUp]) {
      expect(text).toContain(JSON.stringify(part.trim().split(/\n\s*\n/)[0]!).slice(1, -1));
    }
    for (const criterion of brief.successCriteria) expect(text).toContain(criterion.text);
    expect(text).toContain('Mette Lund, leder');
    expect(text).toContain('Dato og underskrift');
    expect(text).toContain('Forberedende møde');
    expectNoBlankHeadings(body.content);
    expectOnlyReportStyles(body.content);
  });

  it('says what is missing instead of printing empty sections', () => {
    const empty = buildAgreementBody(reportInput('agreement', emptied()));
    expectNoBlankHeadings(empty.content);
    const text = textOf(empty.content);
    expect(text).toContain('Ikke udfyldt endnu');
    expect(text).toContain('TRIO’en er ikke valgt endnu');
    expect(text).toContain('Forløbet har ingen møder endnu.');
    expect(text).toContain('Ingen deltagere er skrevet endnu');
    // Still lines for the parties to sign, by role.
    expect(text).toContain('Arbejdsmiljørepræsentant');
    expect(text).toContain('Konsulent');
  });
});
