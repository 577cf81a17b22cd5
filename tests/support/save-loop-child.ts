// Child process for the crash test: works the file store in a tight loop until
// the parent kills it. It says "loaded" once its modules are in, waits for a
// line on stdin (so the parent can warm the next child while this one runs),
// then says "ready" after its first acknowledged write, and one line per
// acknowledged write after that (a pipe write is synchronous on Linux, so a
// line the parent read is a write the store had acknowledged):
//   save <dataDir> <id>  saves one programme with a payload that changes size
//                        every time, printing "saved <revision>"
//   create <dataDir>     creates programmes, four at a time, printing "created <id>"
// Usage: node --import tsx tests/support/save-loop-child.ts save|create <dataDir> [id]
// (the crash test runs a plain-JS build of it, see compile-for-node.ts)
import { once } from 'node:events';
import type { Action, Engagement } from '../../shared/domain/engagement.js';
import { EngagementStore } from '../../electron/services/file-store/index.js';

const [mode, dataDir, id] = process.argv.slice(2);
if (!dataDir || !(mode === 'create' || (mode === 'save' && id))) {
  process.stderr.write('usage: save-loop-child.ts save <dataDir> <id> | create <dataDir>\n');
  process.exit(2);
}

const CREATES_AT_ONCE = 4;

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

const say = (line: string) => process.stdout.write(`${line}\n`);

say('loaded');
await once(process.stdin, 'data');
process.stdin.pause();

const store = new EngagementStore({ dataDir });

async function createOne(n: number): Promise<void> {
  const created = await store.create({
    templateId: 'nfa-grundmodel',
    client: { organisation: `Kommune ${n}`, unit: 'Hjemmeplejen', sector: 'kommune' },
  });
  say(`created ${created.id}`);
}

if (mode === 'create') {
  for (let n = 1; ; n++) {
    await Promise.all(Array.from({ length: CREATES_AT_ONCE }, (_, i) => createOne(n * CREATES_AT_ONCE + i)));
    if (n === 1) say('ready');
  }
} else if (id) {
  let current = await store.get(id);
  for (let n = 1; ; n++) {
    current = await store.save(next(current, n));
    say(`saved ${current.revision}`);
    if (n === 1) say('ready');
  }
}
