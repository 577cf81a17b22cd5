import type { Action, AgendaItem, Engagement } from '../../shared/domain/engagement.js';

/**
 * A programme at the size issue 5 measured (~550 KB as JSON): 40 agenda items,
 * 200 actions with 3 follow-ups each, a long brief and long notes. Used by the
 * keystroke benchmark to show that an edit does not cost more in a big
 * programme than in a typical one.
 */
export const LARGE_PROGRAMME_SHAPE = {
  agendaItems: 40,
  actions: 200,
  followUpsPerAction: 3,
} as const;

const WORDS = [
  'arbejdsmiljø',
  'trivsel',
  'kollegaer',
  'møde',
  'opgaver',
  'ledelse',
  'støtte',
  'tid',
  'plan',
  'dialog',
  'forandring',
  'samarbejde',
  'arbejdspres',
  'opfølgning',
];

function prose(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < length; i++) {
    const word = WORDS[(seed * 7 + i * 3 + (i >> 2)) % WORDS.length] ?? 'og';
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ').slice(0, length);
}

const isoDay = (offset: number) => new Date(Date.UTC(2030, 0, 1 + offset)).toISOString().slice(0, 10);

/** Fills a freshly created programme out to the large shape. */
export function largeProgramme(engagement: Engagement, newId: () => string): Engagement {
  const meetings = engagement.phases.flatMap((p) => p.meetings);
  const perMeeting = Math.ceil(LARGE_PROGRAMME_SHAPE.agendaItems / Math.max(1, meetings.length));
  let agendaLeft: number = LARGE_PROGRAMME_SHAPE.agendaItems;
  const agendaFor = (): AgendaItem[] => {
    const count = Math.min(perMeeting, agendaLeft);
    agendaLeft -= count;
    return Array.from({ length: count }, (_, i) => ({
      id: newId(),
      type: 'andet' as const,
      title: `Punkt ${i + 1}: ${prose(i, 50)}`,
      minutes: 15 + (i % 4) * 15,
      notes: prose(i + 300, 1_400),
      materials: [],
    }));
  };
  const actions: Action[] = Array.from({ length: LARGE_PROGRAMME_SHAPE.actions }, (_, i) => ({
    id: newId(),
    title: `Tiltag ${i + 1}: ${prose(i, 80)}`,
    description: prose(i + 100, 980),
    iglo: (['individ', 'gruppe', 'ledelse', 'organisation'] as const)[i % 4] ?? 'gruppe',
    stage: (['forebyggelse', 'foerste-tegn', 'haandtering', 'efter'] as const)[i % 4] ?? 'forebyggelse',
    owner: i % 2 ? 'Mette Sørensen' : 'Arbejdsmiljøgruppen',
    due: isoDay(30 + i),
    status: 'ikke-startet',
    followUps: Array.from({ length: LARGE_PROGRAMME_SHAPE.followUpsPerAction }, (_, f) => ({
      id: `f${f}`,
      date: isoDay(60 + i + f * 30),
      note: prose(i + f + 200, 300),
    })),
  }));
  return {
    ...engagement,
    brief: {
      ...engagement.brief,
      purpose: prose(1, 5_000),
      goals: prose(2, 5_000),
      frame: prose(3, 4_000),
      resources: prose(4, 3_000),
      successCriteria: Array.from({ length: 10 }, (_, n) => ({ id: newId(), text: prose(n + 10, 400) })),
    },
    phases: engagement.phases.map((phase) => ({
      ...phase,
      meetings: phase.meetings.map((meeting) => ({ ...meeting, agenda: agendaFor() })),
    })),
    actions,
    notes: prose(5, 12_000),
  };
}
