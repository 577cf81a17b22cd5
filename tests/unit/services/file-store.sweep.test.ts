import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engagementPath, sampleArg, snapshot, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

/** Writes `files` (path relative to the data folder → content; a trailing slash makes a folder). */
async function lay(files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(t.dataDir, rel);
    if (rel.endsWith('/')) {
      await fs.mkdir(full, { recursive: true });
    } else {
      await fs.mkdir(path.dirname(full), { recursive: true });
      await fs.writeFile(full, content);
    }
  }
}

describe('the sweep at the first list()', () => {
  it('removes what crashes left and keeps every folder that holds user data', async () => {
    const store = t.open();
    const whole = await store.create(sampleArg());
    const saved = await store.save({ ...whole, notes: 'anden version' });
    const keptWithHistory = await store.create(sampleArg());
    await store.save({ ...keptWithHistory, notes: 'v2' });
    const keptDamaged = await store.create(sampleArg());
    await store.flush();
    const good = await fs.readFile(engagementPath(t.dataDir, whole.id, 'engagement.json'), 'utf8');

    // History but no engagement.json (a crash or a hand edit): recover() deals with it.
    await fs.rm(engagementPath(t.dataDir, keptWithHistory.id, 'engagement.json'));
    // A damaged engagement.json and no history: still the user's, never deleted.
    await fs.writeFile(engagementPath(t.dataDir, keptDamaged.id, 'engagement.json'), '{"halv');
    await lay({
      // A create cut off before its rename.
      'engagements/.creating-0f0f0f0f-half/engagement.json': good,
      'engagements/.creating-0f0f0f0f-empty/': '',
      // Folders an older Forløb left when a create was cut off (it wrote in place).
      'engagements/orphan-empty/': '',
      'engagements/orphan-temps/engagement.json.3fa2b1c4d5e6.tmp': '{"ha',
      'engagements/orphan-temps/engagement.json.2718281828': '{"ha',
      'engagements/orphan-temps/history/': '',
      // Only a moved-aside damaged file: user data.
      'engagements/kept-aside/engagement.damaged-2026-11-22T10-00-00-000Z.json': '{"x',
      // A file nobody knows: left alone.
      'engagements/kept-unknown/noter.txt': 'mine noter',
      // Temp files next to a whole programme, and next to index.json.
      [`engagements/${whole.id}/engagement.json.a1b2c3d4e5f6.tmp`]: '{"ha',
      [`engagements/${whole.id}/deleted.json.0a1b2c3d4e5f.tmp`]: '{',
      'index.json.abcdefabcdef.tmp': '{',
      // Not ours: a name the store never makes is not touched.
      'engagements/.creating-NOT-AN-ID/x': 'x',
    });

    const next = t.open();
    const listed = await next.list();
    await next.flush();

    const names = (await fs.readdir(path.join(t.dataDir, 'engagements'))).sort();
    expect(names).toEqual(
      [
        whole.id,
        keptWithHistory.id,
        keptDamaged.id,
        'kept-aside',
        'kept-unknown',
        '.creating-NOT-AN-ID',
      ].sort(),
    );
    expect((await fs.readdir(engagementPath(t.dataDir, whole.id))).sort()).toEqual([
      'engagement.json',
      'history',
    ]);
    expect(await exists(path.join(t.dataDir, 'index.json.abcdefabcdef.tmp'))).toBe(false);
    // What was kept is byte for byte what was there.
    expect(await fs.readFile(engagementPath(t.dataDir, keptDamaged.id, 'engagement.json'), 'utf8')).toBe(
      '{"halv',
    );
    expect(await exists(engagementPath(t.dataDir, keptWithHistory.id, 'history', '1.json'))).toBe(true);

    // The list shows the whole ones and the recoverable one; recover brings it back.
    const byId = new Map(listed.map((s) => [s.id, s]));
    expect(byId.get(whole.id)?.revision).toBe(saved.revision);
    expect(byId.get(keptWithHistory.id)?.damaged).toBeDefined();
    expect(byId.get(keptDamaged.id)?.damaged).toBeDefined();
    expect((await next.recover(keptWithHistory.id)).notes).not.toBe('v2');
  });

  it('runs once per store and never touches a programme being created alongside it', async () => {
    const store = t.open();
    const [, ...created] = await Promise.all([
      store.list(),
      ...Array.from({ length: 8 }, () => store.create(sampleArg())),
    ]);
    await store.flush();
    for (const engagement of created) {
      expect((await store.get(engagement.id)).revision).toBe(1);
    }
    const programmes = path.join(t.dataDir, 'engagements');
    const before = await snapshot(programmes);
    // A folder appearing after the first list stays until the next start.
    await fs.mkdir(engagementPath(t.dataDir, 'later-orphan'));
    await store.list();
    await store.flush();
    expect(await exists(engagementPath(t.dataDir, 'later-orphan'))).toBe(true);
    await fs.rmdir(engagementPath(t.dataDir, 'later-orphan'));
    expect(await snapshot(programmes)).toEqual(before);
  });
});
