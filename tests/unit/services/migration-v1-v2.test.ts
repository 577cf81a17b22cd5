import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_SCHEMA_VERSION, Engagement } from '../../../shared/domain/engagement.js';
import { migrate } from '../../../shared/domain/migrations.js';
import { engagementPath, useTempStore } from '../../support/file-store-fixtures.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'engagement-v1.json');
const readV1 = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await fs.readFile(FIXTURE, 'utf8')) as Record<string, unknown>;

const t = useTempStore();

describe('schema migration 1 → 2 (the workspace)', () => {
  it('turns a version 1 file into a programme the current rules accept, keeping everything written', async () => {
    const result = migrate(await readV1());
    expect(result).toMatchObject({ ok: true, from: 1 });
    if (!result.ok) return;
    const e = Engagement.parse(result.doc);
    expect(e.schemaVersion).toBe(2);

    // The brief keeps its texts and gains the new fields, empty; themes come from the programme.
    expect(e.brief).toMatchObject({
      purpose: 'Et bedre samarbejde mellem klinikkerne.',
      goals: 'Færre konflikter om vagtplanen.',
      frame: 'To timer om måneden.',
      resources: 'Arbejdsmiljøgruppen.',
      background: '',
      themes: ['samarbejde-kultur-mobning', 'organisatoriske-forandringer'],
      trio: {},
      partiesAgree: false,
      localFollowUp: '',
    });
    expect(e.brief.successCriteria.map((c) => c.id)).toEqual(['sk-1', 'sk-2']);

    // Meetings gain an empty record; agenda items a type (an øvelse where a card was linked) and materials.
    const seminar = e.phases[1]!.meetings[0]!;
    expect(seminar.record).toEqual({ participants: '', notes: '', decisions: '' });
    expect(seminar.startTime).toBeUndefined();
    expect(seminar.agenda).toEqual([
      {
        id: 'punkt-1',
        type: 'andet',
        title: 'Velkomst',
        minutes: 15,
        notes: 'Leder byder velkommen.',
        materials: [],
      },
      {
        id: 'punkt-2',
        type: 'oevelse',
        title: 'Stressbarometer',
        minutes: 45,
        exerciseId: 'stress-barometer',
        notes: 'Brug tavlen.',
        materials: [],
      },
    ]);

    // Follow-ups get ids, in order; nothing else about an action changes.
    expect(e.actions[0]!.followUps).toEqual([
      { id: 'opfoelgning-1', date: '2026-05-01', note: 'Kommet godt i gang.' },
      { id: 'opfoelgning-2', date: '2026-05-15', note: 'To klinikker mangler.' },
    ]);
    expect(e.preStudy).toEqual([]);
    expect(e.analysis).toBe('');

    // The wrap-up's free texts land in the new structure; a criterion's note is its evidence.
    expect(e.wrapup.learnings).toBe(
      'Forløbet har samlet klinikkerne.\n\nKorte møder virker bedre end lange.',
    );
    expect(e.wrapup.continuation).toEqual([
      { id: 'fortsaettelse-1', text: 'Arbejdsmiljøgruppen følger op hvert kvartal.', owner: '' },
    ]);
    expect(e.wrapup.criteria).toEqual([
      { criterionId: 'sk-1', assessment: 'delvist', evidence: 'Tre af fire klinikker.' },
    ]);
    expect(e.wrapup.trioPoints.map((p) => [p.id, p.answer])).toEqual([
      ['opsoege-afklare', ''],
      ['kommunikere-foelge-op', ''],
      ['laere', ''],
      ['legitim-praksis', ''],
    ]);
    expect(e.notes).toBe('Husk parkering ved klinikken.');
  });

  it('leaves a version 1 file with an empty wrap-up with no continuation and no joined text', async () => {
    const v1 = await readV1();
    v1.wrapup = { summary: '', learnings: '', nextSteps: '  ', criteria: [] };
    const result = migrate(v1);
    if (!result.ok) throw new Error(result.problem);
    const e = Engagement.parse(result.doc);
    expect(e.wrapup.learnings).toBe('');
    expect(e.wrapup.continuation).toEqual([]);
  });

  it('lets the store open a version 1 file, list it and save it as version 2, keeping the old file in history', async () => {
    const store = t.open();
    const created = await store.create({
      templateId: 'nfa-grundmodel',
      client: { organisation: 'Pladsholder', unit: '', sector: 'kommune' },
    });
    // Put the old file where the store keeps a programme, under the created id.
    const v1 = { ...(await readV1()), id: created.id, revision: 1 };
    await fs.writeFile(engagementPath(t.dataDir, created.id, 'engagement.json'), JSON.stringify(v1));

    const fresh = t.open();
    const read = await fresh.get(created.id);
    expect(read.schemaVersion).toBe(ENGAGEMENT_SCHEMA_VERSION);
    expect(read.wrapup.continuation[0]?.text).toBe('Arbejdsmiljøgruppen følger op hvert kvartal.');
    expect((await fresh.list()).find((s) => s.id === created.id)?.title).toBe('Aarhus Kommune – Tandplejen');

    const saved = await fresh.save({ ...read, analysis: 'Efter migrering' });
    const onDisk = JSON.parse(
      await fs.readFile(engagementPath(t.dataDir, created.id, 'engagement.json'), 'utf8'),
    ) as { schemaVersion: number; analysis: string };
    expect([onDisk.schemaVersion, onDisk.analysis, saved.revision]).toEqual([2, 'Efter migrering', 2]);
    const kept = JSON.parse(
      await fs.readFile(engagementPath(t.dataDir, created.id, 'history', '1.json'), 'utf8'),
    ) as { schemaVersion: number };
    expect(kept.schemaVersion).toBe(1);
  });
});
