import { describe, expect, it } from 'vitest';
import type { Content, Node, NodeQueries } from 'pdfmake/interfaces.js';
import { h1, h2 } from '../../../shared/reports/bodies/body-parts.js';
import { danishDate, danishPeriod, danishShortDate } from '../../../shared/reports/danish-date.js';
import {
  buildDocument,
  keepHeadingsWithNext,
  REPORT_TABLE_LAYOUT,
  withReportTableLayout,
} from '../../../shared/reports/document.js';
import { exportFileName } from '../../../shared/reports/report-labels.js';
import type { ReportBody } from '../../../shared/reports/report-input.js';
import { REPORT_FONT, REPORT_STYLES } from '../../../shared/reports/report-styles.js';
import { exampleEngagement, reportInput, TODAY } from './pipeline-fixtures.js';

const body = (extra: Partial<ReportBody> = {}): ReportBody => ({
  title: 'Afrapportering',
  subtitle: 'Et forløb',
  cover: true,
  content: [h1('Baggrund'), { text: 'Tekst', style: 'body' }, h2('Formål'), { text: 'Mere', style: 'body' }],
  ...extra,
});

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]) => (fn as Fn)(...args);
const size = { width: 595.28, height: 841.89, orientation: 'portrait' };
const json = (value: unknown) => JSON.stringify(value);

describe('the report frame', () => {
  const input = reportInput('wrapup');
  const doc = buildDocument(body(), input);
  const content = doc.content as Content[];

  it('defines every style name a body may use, in the report font', () => {
    for (const name of Object.keys(REPORT_STYLES)) expect(doc.styles?.[name], name).toBeDefined();
    expect(doc.defaultStyle?.font).toBe(REPORT_FONT);
  });

  it('is A4, portrait unless the body asks for landscape, with generous margins', () => {
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('portrait');
    expect(buildDocument(body({ orientation: 'landscape' }), input).pageOrientation).toBe('landscape');
    for (const margin of doc.pageMargins as number[]) expect(margin).toBeGreaterThanOrEqual(56);
  });

  it('opens with a cover naming client, unit, period, facilitators, provider, template and date', () => {
    const cover = json(content[0]);
    const e = input.engagement;
    const dates = e.phases.flatMap((p) => p.meetings.flatMap((m) => (m.date ? [m.date] : []))).sort();
    expect(cover).toContain('Solbakken Plejecenter');
    expect(cover).toContain('Afdeling Syd');
    expect(cover).toContain(danishPeriod(dates[0]!, dates.at(-1)!));
    expect(cover).toContain(e.facilitators[0]!.name);
    expect(cover).toContain('NFA grundmodel');
    expect(cover).toContain(danishDate(TODAY));
    expect(cover).toContain('Afrapportering');
    expect((content[0] as { pageBreak?: string }).pageBreak).toBe('after');
  });

  it('puts the table of contents after the cover, and none when nothing is listed in it', () => {
    expect(content[1]).toMatchObject({ toc: { title: { text: 'Indhold' } }, pageBreak: 'after' });
    const plain = buildDocument(body({ content: [{ text: 'Kun tekst', style: 'body' }] }), input);
    expect(json(plain.content)).not.toContain('"toc"');
    const noCover = buildDocument(body({ cover: false }), input);
    expect(json(noCover.content)).not.toContain('"toc"');
    expect(json((noCover.content as Content[])[0])).toContain('Afrapportering');
  });

  it('runs a header with client and unit on every page but the cover, and »Side N af M« in the footer', () => {
    expect(call(doc.header, 1, 4, size)).toBe('');
    expect(json(call(doc.header, 2, 4, size))).toContain('Solbakken Plejecenter · Afdeling Syd');
    expect(call(doc.footer, 1, 4, size)).toBe('');
    expect(json(call(doc.footer, 3, 4, size))).toContain('Side 3 af 4');
    const noCover = buildDocument(body({ cover: false }), input);
    expect(json(call(noCover.header, 1, 2, size))).toContain('Afdeling Syd');
    expect(json(call(noCover.footer, 1, 2, size))).toContain('Side 1 af 2');
  });

  it('carries metadata and the language da', () => {
    expect(doc.language).toBe('da');
    expect(doc.info?.title).toBe('Afrapportering');
    expect(doc.info?.author).toContain(input.engagement.facilitators[0]!.name);
    expect(doc.info?.subject).toBe('Afrapportering for Solbakken Plejecenter, Afdeling Syd');
    expect(doc.info?.keywords).toContain('psykisk arbejdsmiljø');
  });

  it('leaves the period out when no meeting has a date', () => {
    const engagement = exampleEngagement();
    for (const phase of engagement.phases) for (const meeting of phase.meetings) delete meeting.date;
    const cover = json((buildDocument(body(), { ...input, engagement }).content as Content[])[0]);
    expect(cover).not.toContain('PERIODE');
    expect(cover).toContain('KUNDE');
  });

  it('gives tables without a layout the report layout, nested too, and keeps a layout a body chose', () => {
    const table = { table: { body: [[{ text: 'a' }]] } };
    const out = withReportTableLayout([{ stack: [table] }, { ...table, layout: 'noBorders' }]) as unknown as [
      { stack: [{ layout: unknown }] },
      { layout: unknown },
    ];
    expect(out[0].stack[0].layout).toBe(REPORT_TABLE_LAYOUT);
    expect(out[1].layout).toBe('noBorders');
  });
});

describe('headings kept with what follows', () => {
  const at = (page: number, ratio = 0.3) =>
    ({
      pageNumber: page,
      pageInnerHeight: 700,
      verticalRatio: ratio,
      top: 0,
      left: 0,
      pageOrientation: 'portrait',
    }) as Node['startPosition'];
  const node = (extra: Partial<Node>, page = 1, ratio = 0.3): Node =>
    ({ pageNumbers: [page], startPosition: at(page, ratio), pages: 2, stack: false, ...extra }) as Node;
  const queries = (following: Node[]): NodeQueries =>
    ({
      getFollowingNodesOnPage: () => following,
      getNodesOnNextPage: () => [],
      getPreviousNodesOnPage: () => [],
    }) as NodeQueries;
  const heading = node({ text: 'Formål', headlineLevel: 2 });

  it('moves a heading followed on its page only by headings, table headers or the running footer', () => {
    expect(keepHeadingsWithNext(heading, queries([]))).toBe(true);
    expect(
      keepHeadingsWithNext(
        heading,
        queries([
          node({ text: 'Mål', headlineLevel: 3 }),
          node({ text: 'Fase', style: 'tableHeader' }),
          node({ text: 'Side 1 af 2', style: 'running' }),
        ]),
      ),
    ).toBe(true);
  });

  it('keeps a heading followed by text on its page, and never moves ordinary text', () => {
    expect(keepHeadingsWithNext(heading, queries([node({ text: 'Tekst', style: 'body' })]))).toBe(false);
    expect(keepHeadingsWithNext(node({ text: 'Tekst' }), queries([]))).toBe(false);
  });

  it('moves a heading with too little of the page left below it', () => {
    const low = node({ text: 'Organisation', headlineLevel: 2 }, 1, 0.9);
    expect(keepHeadingsWithNext(low, queries([node({ text: 'Tekst', style: 'body' })]))).toBe(true);
  });
});

describe('Danish dates and file names', () => {
  it('writes dates the Danish way', () => {
    expect(danishDate('2026-11-22')).toBe('22. november 2026');
    expect(danishShortDate('2026-03-02')).toBe('02.03.2026');
    expect(danishPeriod('2026-03-12', '2026-11-20')).toBe('12. marts – 20. november 2026');
    expect(danishPeriod('2026-12-01', '2027-01-15')).toBe('1. december 2026 – 15. januar 2027');
    expect(danishPeriod('2026-05-01', '2026-05-01')).toBe('1. maj 2026');
  });

  it('makes file names every file system accepts', () => {
    expect(exportFileName(['Handleplan', 'Solbakken Plejecenter'], '2026-11-22', 'pdf')).toBe(
      'Handleplan – Solbakken Plejecenter – 2026-11-22.pdf',
    );
    expect(exportFileName(['Aftale', 'A/S "Ø:*?<>|\\x"'], '2026-11-22', 'pdf')).toBe(
      'Aftale – A-S -Ø-x- – 2026-11-22.pdf',
    );
    const long = exportFileName(['Afrapportering', 'Ord '.repeat(80)], '2026-11-22', 'pdf');
    expect(long.length).toBeLessThanOrEqual(150);
    expect(long.endsWith(' – 2026-11-22.pdf')).toBe(true);
  });
});
