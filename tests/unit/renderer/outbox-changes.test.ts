import { describe, expect, it } from 'vitest';
import { dequal } from 'dequal';
import { computed, isProxy, reactive, toRaw } from 'vue';
import { applyChanges, type Change } from '@/lib/changes';
import { recordChanges } from '@/lib/change-recorder';

// The outbox journals what an edit changed (path + new value) instead of the
// whole programme; these changes must replay to exactly the edited programme.

interface Row {
  id: string;
  name: string;
  email?: string;
  notes: { date: string; note: string }[];
}
interface Doc {
  title: string;
  client: { unit: string; contacts: Row[] };
  themes: string[];
  phases: { id: string; meetings: { id: string; title: string; date?: string }[] }[];
}

function doc(): Doc {
  return {
    title: 'Trivsel',
    client: {
      unit: 'Akutmodtagelsen',
      contacts: [
        { id: 'a', name: 'Mette', email: 'mette@example.dk', notes: [{ date: '2030-01-01', note: 'x' }] },
        { id: 'b', name: 'Jonas', notes: [] },
        { id: 'c', name: 'Ida', notes: [] },
      ],
    },
    themes: ['vold-og-trusler'],
    phases: [
      { id: 'p1', meetings: [{ id: 'm1', title: 'Formøde', date: '2030-02-03' }] },
      {
        id: 'p2',
        meetings: [
          { id: 'm2', title: 'Seminar' },
          { id: 'm3', title: 'Opfølgning' },
        ],
      },
    ],
  };
}

/** Records `mutate` on one copy, replays its changes onto another through JSON (as the journal does), compares. */
function roundTrip(mutate: (d: Doc) => void): Change[] {
  const edited = doc();
  const changes = recordChanges(edited, mutate);
  const replayed = applyChanges(doc(), JSON.parse(JSON.stringify(changes)) as Change[]);
  expect(replayed).toEqual(edited);
  return changes;
}

describe('recordChanges', () => {
  it('records a keystroke as the one field it changed', () => {
    const changes = roundTrip((d) => {
      d.client.unit = 'Akutmodtagelsen, Køge';
    });
    expect(changes).toEqual([{ path: ['client', 'unit'], value: 'Akutmodtagelsen, Køge' }]);
  });

  it('addresses a row found with find() by its index', () => {
    const changes = roundTrip((d) => {
      const row = d.client.contacts.find((c) => c.id === 'b');
      if (row) row.name = 'Jonas Æbelø';
    });
    expect(changes).toEqual([{ path: ['client', 'contacts', 1, 'name'], value: 'Jonas Æbelø' }]);
  });

  it('records a nested write found by iterating with for…of', () => {
    const changes = roundTrip((d) => {
      for (const phase of d.phases) {
        const meeting = phase.meetings.find((m) => m.id === 'm3');
        if (meeting) meeting.date = '2030-05-12';
      }
    });
    expect(changes).toEqual([{ path: ['phases', 1, 'meetings', 1, 'date'], value: '2030-05-12' }]);
  });

  it('records a deleted optional field as removed', () => {
    const changes = roundTrip((d) => {
      delete d.phases[0]!.meetings[0]!.date;
    });
    expect(changes).toEqual([{ path: ['phases', 0, 'meetings', 0, 'date'], removed: true }]);
  });

  it('records a pushed row as that row', () => {
    const changes = roundTrip((d) => {
      d.client.contacts.push({ id: 'd', name: '', notes: [] });
    });
    expect(changes).toEqual([{ path: ['client', 'contacts', 3], value: { id: 'd', name: '', notes: [] } }]);
  });

  it('records a list replaced by filter() as the new list, holding plain rows', () => {
    const edited = doc();
    const changes = recordChanges(edited, (d) => {
      d.client.contacts = d.client.contacts.filter((c) => c.id !== 'b');
    });
    expect(changes.map((c) => c.path)).toEqual([['client', 'contacts']]);
    expect(edited.client.contacts.map((c) => c.id)).toEqual(['a', 'c']);
    // No recording stand-in was left in the data: it copies as plain data.
    expect(structuredClone(edited)).toEqual(edited);
    expect(applyChanges(doc(), JSON.parse(JSON.stringify(changes)) as Change[])).toEqual(edited);
  });

  it('records splice, reorder and pop so that they replay exactly', () => {
    roundTrip((d) => {
      d.client.contacts.splice(1, 1);
    });
    roundTrip((d) => {
      const [moved] = d.client.contacts.splice(0, 1);
      if (moved) d.client.contacts.push(moved);
    });
    roundTrip((d) => {
      d.client.contacts.reverse();
    });
    roundTrip((d) => {
      d.phases[1]!.meetings.pop();
    });
    roundTrip((d) => {
      const [meeting] = d.phases[1]!.meetings.splice(0, 1);
      if (meeting) d.phases[0]!.meetings.unshift(meeting);
    });
  });

  it('leaves out a field whose row was replaced in the same edit', () => {
    const changes = roundTrip((d) => {
      const row = d.client.contacts[2]!;
      row.name = 'Ida Østergaard';
      d.client.contacts.splice(0, 1);
    });
    expect(changes.some((c) => c.path.join('.') === 'client.contacts.2.name')).toBe(false);
  });

  it('records nothing for a write of the same value', () => {
    expect(
      recordChanges(doc(), (d) => {
        d.title = 'Trivsel';
      }),
    ).toEqual([]);
  });

  it('writes through Vue: the page sees the change, and the data holds no proxy', () => {
    const state = reactive(doc());
    const unit = computed(() => state.client.contacts.map((c) => c.name).join(','));
    expect(unit.value).toBe('Mette,Jonas,Ida');
    const raw = toRaw(state);
    const outside = state.client.contacts[0]!; // a reactive proxy captured outside the edit
    const changes = recordChanges(
      raw,
      (d) => {
        d.client.contacts[1]!.name = 'Jonas Æbelø';
        d.client.contacts.push(outside);
      },
      { writeThrough: (target) => reactive(target) as typeof target, toRaw },
    );
    expect(unit.value).toBe('Mette,Jonas Æbelø,Ida,Mette');
    expect(isProxy(raw.client.contacts[3])).toBe(false);
    expect(changes.map((c) => c.path)).toEqual([
      ['client', 'contacts', 1, 'name'],
      ['client', 'contacts', 3],
    ]);
  });

  it('replays any sequence of edits exactly (200 random edit sequences)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const edits: ((d: Doc) => void)[] = [
      (d) => (d.title += String.fromCharCode(97 + random(26))),
      (d) => {
        const row = d.client.contacts[random(d.client.contacts.length + 1)];
        if (row) row.name += 'x';
      },
      (d) => d.client.contacts.push({ id: `r${random(1000)}`, name: 'Ny', notes: [] }),
      (d) => d.client.contacts.splice(random(d.client.contacts.length + 1), 1),
      (d) => {
        const row = d.client.contacts[random(d.client.contacts.length + 1)];
        if (row) row.notes.push({ date: '2030-06-01', note: 'opfølgning' });
      },
      (d) => {
        const row = d.client.contacts[random(d.client.contacts.length + 1)];
        if (row && row.email !== undefined) delete row.email;
        else if (row) row.email = 'a@b.dk';
      },
      (d) => (d.themes = d.themes.length ? [] : ['vold-og-trusler', 'faglige-forandringer']),
      (d) => d.client.contacts.sort((a, b) => b.name.localeCompare(a.name)),
      (d) => {
        const meetings = d.phases[random(2)]!.meetings;
        const [moved] = meetings.splice(random(meetings.length + 1), 1);
        if (moved) d.phases[random(2)]!.meetings.push(moved);
      },
    ];
    for (let run = 0; run < 200; run++) {
      const edited = doc();
      const replayed = doc();
      for (let step = 0; step < 12; step++) {
        // Several edits in one update, as a component may make.
        const batch = Array.from({ length: 1 + random(3) }, () => edits[random(edits.length)]!);
        const changes = recordChanges(edited, (d) => batch.forEach((edit) => edit(d)));
        applyChanges(replayed, JSON.parse(JSON.stringify(changes)) as Change[]);
        if (!dequal(JSON.parse(JSON.stringify(replayed)), JSON.parse(JSON.stringify(edited)))) {
          expect.fail(`run ${run}, step ${step}: ${JSON.stringify(changes)}`);
        }
      }
    }
  });
});

describe('applyChanges', () => {
  it('replaces the whole document on a change at the empty path', () => {
    const next = { ...doc(), title: 'Ny' };
    expect(applyChanges(doc(), [{ path: [], value: next }])).toEqual(next);
  });

  it('skips a change whose row is gone from the base, and applies the rest', () => {
    const base = doc();
    const result = applyChanges(base, [
      { path: ['client', 'contacts', 7, 'name'], value: 'Findes ikke' },
      { path: ['title'], value: 'Ny titel' },
    ]);
    expect(result.client.contacts).toHaveLength(3);
    expect(result.title).toBe('Ny titel');
  });

  it('never writes through __proto__ or constructor', () => {
    const base = doc();
    applyChanges(base, [
      { path: ['__proto__', 'polluted'], value: true },
      { path: ['client', 'constructor', 'prototype', 'polluted'], value: true },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(base).toEqual(doc());
  });
});
