import type { Action, Engagement } from '../../shared/domain/engagement.js';
import type { CreateEngagementArg } from '../../shared/domain/create-engagement-arg.js';

/** What the wizard typically sends for a new programme. */
export const typicalCreateArg: CreateEngagementArg = {
  templateId: 'nfa-grundmodel',
  client: { organisation: 'Region Midtjylland', unit: 'Akutmodtagelsen, Aarhus', sector: 'region' },
  contacts: [
    { name: 'Mette Sørensen', role: 'leder', email: 'mette@example.dk', phone: '+45 12 34 56 78' },
    { name: 'Jonas Æbelø', role: 'tillidsrepraesentant', email: 'jonas@example.dk' },
    { name: 'Ida Østergaard', role: 'arbejdsmiljoerepraesentant' },
  ],
  facilitators: [{ name: 'Karin Holm', organisation: 'NFA' }],
  themes: ['organisatoriske-forandringer', 'samarbejde-kultur-mobning'],
  meetingDates: { 'forberedende-moede': '2030-02-03', seminar: '2030-03-03', midtvejsmoede: '2030-05-12' },
};

const prose = (seed: number, length: number): string => {
  const words = [
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
  ];
  const out: string[] = [];
  for (let i = 0, n = 0; n < length; i++) {
    const word = words[(seed * 7 + i * 3) % words.length] ?? 'og';
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ').slice(0, length);
};

/** Fills a freshly created programme out to a realistic size (~30 KB as JSON): actions, agenda, brief, notes. */
export function fleshOut(engagement: Engagement, newId: () => string): Engagement {
  const actions: Action[] = Array.from({ length: 20 }, (_, i) => ({
    id: newId(),
    title: `Tiltag ${i + 1}: ${prose(i, 60)}`,
    description: prose(i + 100, 500),
    iglo: (['individ', 'gruppe', 'ledelse', 'organisation'] as const)[i % 4] ?? 'gruppe',
    stage: (['forebyggelse', 'foerste-tegn', 'haandtering', 'efter'] as const)[i % 4] ?? 'forebyggelse',
    owner: i % 2 ? 'Mette Sørensen' : 'Arbejdsmiljøgruppen',
    due: `2030-0${(i % 9) + 1}-15`,
    status: 'ikke-startet',
    followUps: [{ id: 'f1', date: '2030-06-01', note: prose(i + 200, 120) }],
  }));
  return {
    ...engagement,
    brief: {
      ...engagement.brief,
      purpose: prose(1, 600),
      goals: prose(2, 600),
      frame: prose(3, 400),
      resources: prose(4, 300),
      successCriteria: [1, 2, 3].map((n) => ({ id: newId(), text: prose(n + 10, 150) })),
    },
    phases: engagement.phases.map((phase) => ({
      ...phase,
      meetings: phase.meetings.map((meeting) => ({
        ...meeting,
        agenda: Array.from({ length: 6 }, (_, i) => ({
          id: newId(),
          type: 'andet' as const,
          title: `Punkt ${i + 1}`,
          minutes: 15,
          notes: prose(i + 300, 250),
          materials: [],
        })),
      })),
    })),
    actions,
    notes: prose(5, 3000),
  };
}
