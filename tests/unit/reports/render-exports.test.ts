import { beforeAll, describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { createReportService } from '../../../electron/services/reports/report-service.js';
import { hasTool, keepAsArtifacts, pdfFonts, pdfInfo, pdfText, runTool } from '../../support/pdf-tools.js';
import { exampleEngagement, libraryCards, TODAY } from './pipeline-fixtures.js';

/**
 * The action plan and the agreement of the start screen's example, rendered
 * for real (pdfmake with the committed fonts), then read back: pdfjs-dist for
 * the text, pdffonts for embedded fonts, qpdf for the structure, pdftoppm for
 * PNGs of every page in tests/artifacts/pdf/ to look at.
 */

const LETTERS = 'Æblegrød på Ørestad – Århus: „æ ø å“ • Æ Ø Å';

function engagementWithLetters(): Engagement {
  const engagement = exampleEngagement();
  engagement.actions.push({
    id: 'bogstaver',
    title: LETTERS,
    description: '',
    iglo: 'gruppe',
    stage: 'forebyggelse',
    owner: 'Åse Østergård',
    due: '2026-12-01',
    status: 'i-gang',
    followUps: [],
  });
  engagement.brief.successCriteria.push({ id: 'bogstaver', text: LETTERS });
  return engagement;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function render(kind: 'actionplan' | 'agreement', engagement: Engagement) {
  const service = createReportService(
    {
      getEngagement: async () => engagement,
      listRuns: async () => [],
      listCards: async () => libraryCards(),
    },
    { now: () => new Date(`${TODAY}T12:00:00`) },
  );
  const file = await service.exportPdf({ engagementId: engagement.id, kind });
  return { ...file, data: Buffer.from(file.bytes, 'base64') };
}

describe.each(['actionplan', 'agreement'] as const)('the %s of the example, rendered', (kind) => {
  const engagement = engagementWithLetters();
  let rendered: Awaited<ReturnType<typeof render>>;
  let text: string;
  let file: string;

  beforeAll(async () => {
    rendered = await render(kind, engagement);
    text = squash((await pdfText(rendered.data)).all);
    file = (await keepAsArtifacts(kind, rendered.data)).pdf;
  });

  it('is a PDF with a Danish file name', () => {
    expect(rendered.data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const label = kind === 'actionplan' ? 'Handleplan' : 'Aftale efter formødet';
    expect(rendered.fileName).toBe(`${label} – Solbakken Plejecenter – ${TODAY}.pdf`);
  });

  it('names the client and has the Danish letters exactly', () => {
    expect(text).toContain('Solbakken Plejecenter');
    expect(text).toContain('Afdeling Syd');
    expect(text).toContain(LETTERS);
  });

  it('lists what the export is for', () => {
    if (kind === 'actionplan') {
      for (const action of engagement.actions) expect(text).toContain(squash(action.title));
    } else {
      for (const criterion of engagement.brief.successCriteria)
        expect(text).toContain(squash(criterion.text));
      expect(text).toContain(squash(engagement.brief.purpose).slice(0, 60));
    }
  });

  it('numbers its pages »Side N af M« and carries Danish metadata', async () => {
    const { info, pages } = await pdfInfo(rendered.data);
    expect(text).toContain(`Side 1 af ${pages}`);
    expect(text).toContain(`Side ${pages} af ${pages}`);
    expect(info.Title).toBe(kind === 'actionplan' ? 'Handleplan' : 'Aftale efter formødet');
    expect(String(info.Author)).toContain(engagement.facilitators[0]!.name);
    expect(String(info.Subject)).toContain('Solbakken Plejecenter');
    expect(info.Language).toBe('da');
  });

  it('embeds every font (pdffonts)', (ctx) => {
    if (!hasTool('pdffonts')) return ctx.skip('pdffonts mangler (apt-get install poppler-utils)');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.every((f) => f.name.includes('SourceSans3'))).toBe(true);
  });

  it('passes qpdf --check', (ctx) => {
    if (!hasTool('qpdf')) return ctx.skip('qpdf mangler (apt-get install qpdf)');
    const check = runTool('qpdf', ['--check', file]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('renders every page to PNG (pdftoppm)', async (ctx) => {
    if (!hasTool('pdftoppm')) return ctx.skip('pdftoppm mangler (apt-get install poppler-utils)');
    const { pngs } = await keepAsArtifacts(kind, rendered.data);
    const { pages } = await pdfInfo(rendered.data);
    expect(pngs).toHaveLength(pages);
  });
});
