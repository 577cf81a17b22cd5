import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces.js';
import { buildWrapupBody } from '../../../shared/reports/bodies/wrapup.js';
import { REPORT_STYLES, REPORT_FONT } from '../../../shared/reports/report-styles.js';
import { runResults } from '../../../shared/room/run-results.js';
import {
  CARDS,
  HIDDEN_NOTE,
  HIDDEN_WORD,
  TODAY,
  WITHHELD_NOTE,
  contentText,
  engagementWithExercises,
  exampleRuns,
  headings,
  reportInput,
} from './report-fixtures.js';

/** Every node of a body (for checks on styles, tables and SVG). */
function nodes(content: Content[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    out.push(record);
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) if (key in record) walk(record[key]);
    if (record.table) walk((record.table as { body: unknown }).body);
  };
  walk(content);
  return out;
}

describe('the wrap-up report body (afrapportering)', () => {
  const body = buildWrapupBody(reportInput());
  const text = contentText(body.content);
  const chapters = headings(body.content)
    .filter((h) => h.style === 'h1')
    .map((h) => h.text);

  it('has a cover and every chapter the issue names, in order', () => {
    expect(body.cover).toBe(true);
    expect(chapters).toEqual([
      'Baggrund og formål',
      'Forløbet',
      'Seminarets resultater',
      'Handleplan',
      'Aktivitetsfasen',
      'Succeskriterier',
      'Det har vi lært',
      'Sådan fortsætter arbejdspladsen',
      'Anbefalinger',
      'Bilag',
    ]);
    expect(body.subtitle).toMatch(/^\d+\. \p{L}+ \d{4} – \d+\. \p{L}+ \d{4}$/u);
  });

  it('names the programme, its meetings with Danish dates, actions, criteria and agreements', () => {
    const engagement = engagementWithExercises();
    for (const phase of engagement.phases) {
      for (const meeting of phase.meetings) expect(text).toContain(meeting.title);
    }
    expect(text).toMatch(
      /\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/,
    );
    for (const action of engagement.actions) expect(text).toContain(action.title);
    for (const criterion of engagement.brief.successCriteria) expect(text).toContain(criterion.text);
    expect(text).toContain('Delvist opfyldt');
    expect(text).toContain(engagement.wrapup.criteria[0]!.evidence);
    for (const agreement of engagement.wrapup.continuation) {
      expect(text).toContain(agreement.text);
      expect(text).toContain(agreement.owner);
    }
    expect(text).toContain(engagement.wrapup.recommendations);
    expect(text).toContain(engagement.wrapup.learnings);
  });

  it('shows each exercise run with its charts: barometer, curve, board as a table, checklist counts', () => {
    const sections = headings(body.content)
      .filter((h) => h.style === 'h2')
      .map((h) => h.text);
    for (const title of [
      'Trivselsbarometeret',
      'Belastningskurven',
      'Hvordan er din balance? Krav og ressourcer',
      'Tjekliste: en samlet IGLO-tilgang til stress',
      'IGLO-handleplan: hvem gør hvad?',
    ])
      expect(sections).toContain(title);
    const svgs = nodes(body.content).filter((node) => typeof node.svg === 'string');
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    for (const svg of svgs) {
      expect(svg.svg).toContain(`font-family="${REPORT_FONT}"`);
      expect(svg.width).toBeLessThanOrEqual(480);
    }
    // The board's notes in a table under its fields, with the dots they got.
    expect(text).toContain('Ydre krav');
    expect(text).toContain('Mangelfuld overlevering mellem vagterne (3 prikker)');
    // The checklist's counts.
    expect(text).toMatch(/4 kryds/);
    // The curve's months and the group's median.
    expect(text).toContain('Gruppens median');
  });

  it('puts the seminar and the wrap-up run of the barometer side by side', () => {
    expect(text).toMatch(/Kørt på Halv- eller heldagsseminar, .+ og igen på Opsamlingsmøde, /);
    const compare = nodes(body.content).find(
      (node) =>
        typeof node.svg === 'string' &&
        (node.svg as string).includes('Opsamlingsmøde') &&
        (node.svg as string).includes('url(#hatch'),
    );
    expect(compare).toBeDefined();
    expect(text).toContain('(12 svar)');
    expect(text).toContain('(8 svar)');
  });

  it('leaves hidden answers out: not counted, not shown, not in the word cloud', () => {
    expect(text).not.toContain(HIDDEN_WORD);
    expect(text).not.toContain(HIDDEN_NOTE);
    // The hidden note's dot is not counted either: the first note has its 3, the second 1.
    expect(text).toContain('For få hænder på aftenvagten (1 prik)');
  });

  it('withholds a step with fewer answers than the room minimum, and says so without its figures', () => {
    const [barometer] = exampleRuns(engagementWithExercises());
    const dialogue = runResults(
      barometer!,
      CARDS.find((c) => c.id === 'wellbeing-barometer')!,
    )[1]!;
    expect(dialogue.count).toBe(3);
    expect(text).not.toContain(WITHHELD_NOTE);
    expect(text).not.toContain('Aftenvagten er for tyndt bemandet');
    expect(text).toMatch(/er udeladt, fordi færre end 5 svarede/);
  });

  it('uses only the report style names, tocItem on h1/h2, headlineLevel on headings, unbreakable table rows', () => {
    const allowed = new Set(Object.keys(REPORT_STYLES));
    for (const node of nodes(body.content)) {
      if (node.style !== undefined) expect(allowed.has(node.style as string), String(node.style)).toBe(true);
      if (node.style === 'h1' || node.style === 'h2') expect(node.tocItem).toBe(true);
      if (['h1', 'h2', 'h3'].includes(node.style as string)) expect(node.headlineLevel).toBeGreaterThan(0);
      if (node.table) {
        const table = node.table as { dontBreakRows?: boolean; headerRows?: number };
        expect(table.dontBreakRows).toBe(true);
        expect(table.headerRows).toBe(1);
      }
    }
  });

  it('has the seminar agenda with clock times and the cards’ sources in the appendix', () => {
    expect(text).toContain('Dagsorden: Halv- eller heldagsseminar');
    expect(text).toMatch(/09:00–09:15/);
    expect(text).toContain('BFA Industri, Forebyggelse og håndtering af stress');
    expect(text).toContain('Værktøj: Trivselsbarometeret');
  });

  it('never prints a heading without content for an empty programme', () => {
    const engagement = engagementWithExercises();
    const empty = {
      ...engagement,
      phases: engagement.phases.map((phase) => ({ ...phase, meetings: [] })),
      actions: [],
      brief: {
        ...engagement.brief,
        background: '',
        purpose: '',
        goals: '',
        frame: '',
        resources: '',
        successCriteria: [],
        trio: {},
        localFollowUp: '',
      },
      themes: [],
      wrapup: {
        ...engagement.wrapup,
        criteria: [],
        learnings: '',
        challenges: '',
        continuation: [],
        recommendations: '',
        trioPoints: engagement.wrapup.trioPoints.map((point) => ({ ...point, answer: '' })),
        evaluation: { effect: '', process: '' },
      },
    };
    const emptyBody = buildWrapupBody(reportInput({ engagement: empty, runs: [] }));
    const content = emptyBody.content;
    // Every heading is followed by something that is not a heading of the same or a higher level.
    const flat = content as unknown as Record<string, unknown>[];
    flat.forEach((node, index) => {
      const level = ['h1', 'h2', 'h3'].indexOf(node.style as string);
      if (level < 0) return;
      const next = flat[index + 1] as Record<string, unknown> | undefined;
      expect(next, `heading »${String(node.text)}« ends the body`).toBeDefined();
      const nextLevel = ['h1', 'h2', 'h3'].indexOf(next!.style as string);
      expect(nextLevel === -1 || nextLevel > level, `»${String(node.text)}« has no content`).toBe(true);
    });
    const emptyText = contentText(content);
    expect(emptyText).toContain('Forløbet har ingen møder endnu.');
    expect(emptyText).toContain('Der er ikke kørt øvelser i rummet i dette forløb.');
    expect(emptyText).toContain('Handleplanen har ingen tiltag.');
    expect(headings(content).map((h) => h.text)).not.toContain('Bilag');
    expect(emptyBody.subtitle).toBeUndefined();
  });

  it('is the same for the same input (a pure function of the programme and its runs)', () => {
    const input = reportInput();
    expect(JSON.stringify(buildWrapupBody(input))).toBe(JSON.stringify(buildWrapupBody(input)));
    expect(TODAY).toBe(input.today);
  });
});
