// Child process for the crash test: saves one programme in a tight loop, with a
// payload that changes size every time, until the parent kills it. It says
// "loaded" once its modules are in, waits for a line on stdin (so the parent
// can warm the next child while this one runs), then says "ready" after the
// first save.
// Usage: node --import tsx tests/support/save-loop-child.ts <dataDir> <id>
// (the crash test runs a plain-JS build of it, see compile-for-node.ts)
import { once } from 'node:events';
import type { Action, Engagement } from '../../shared/domain/engagement.js';
import { EngagementStore } from '../../electron/services/file-store/index.js';

const [dataDir, id] = process.argv.slice(2);
if (!dataDir || !id) {
  process.stderr.write('usage: save-loop-child.ts <dataDir> <id>\n');
  process.exit(2);
}

const action = (i: number, revision: number): Action => ({
  id: `a-${i}`,
  title: `Tiltag ${i} (revision ${revision})`,
  description: 'Beskrivelse af tiltaget. '.repeat(20),
  iglo: 'gruppe',
  stage: 'forebyggelse',
  owner: 'Arbejdsmiljøgruppen',
  status: 'i-gang',
  followUps: [],
});

function next(current: Engagement, n: number): Engagement {
  const size = (n * 7919 + current.revision * 104_729) % 20_000;
  return {
    ...current,
    notes: `revision ${current.revision} æøå `.repeat(1 + size / 20).slice(0, size),
    actions: Array.from({ length: (n * 13) % 40 }, (_, i) => action(i, current.revision)),
  };
}

process.stdout.write('loaded\n');
await once(process.stdin, 'data');
process.stdin.pause();

const store = new EngagementStore({ dataDir });
let current = await store.get(id);
for (let n = 1; ; n++) {
  current = await store.save(next(current, n));
  if (n === 1) process.stdout.write('ready\n');
}
