import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'task-overview',
  kind: 'board',
  title: 'Skab overblik over dine opgaver',
  purpose:
    'Giver den enkelte medarbejder et reelt overblik over sine opgaver, delopgaver og sin tid. Overblikket hjælper tidsoptimister og er en god forberedelse, før man beder kolleger om hjælp eller tager en snak med lederen om prioritering og måske fravalg af opgaver.',
  instructions: [
    'Forklar formålet: For at kunne sige til, når balancen mellem opgaver og ressourcer halter, skal man have overblik over sine opgaver og sin tid. En medarbejder i kilden fortæller, at det gav klarsyn at få alle opgaver og aktiviteter skrevet ned.',
    'Gennemgå kolonnerne, og bed hver deltager skrive sine opgaver og aktiviteter ind, én pr. række (ca. 15 minutter). Opgaverne er personlige; ingen skal vise deres liste frem.',
    'Tag derefter refleksionsspørgsmålene, først hver for sig og så to og to (ca. 10 minutter).',
    'Nævn kildens pointe: Mange stiller højere krav til sig selv end lederen eller virksomheden gør, ofte af faglig stolthed. Derfor kræver det åbenhed at tale om, hvorvidt niveauet kan sænkes, eller opgaven kan defineres anderledes.',
    'Luk med, at hver deltager beslutter, hvem han eller hun vil tage overblikket med til – en kollega for at få hjælp eller lederen for at få prioriteret – og hvornår.',
  ],
  projectorText:
    'Skriv dine opgaver ned: tidsestimat, deadline, samarbejdspartnere, status og det, du skal være opmærksom på. Hvad viser overblikket?',
  prompts: [
    'Hvilke opgaver og aktiviteter har du lige nu, og hvor lang tid tager de?',
    'Hvordan er din balance mellem opgaver, tid og kompetencer?',
    'Hvem vil du tage overblikket med til – og hvornår?',
  ],
  minutes: 30,
  iglo: ['individ'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: ['Et skema med de seks kolonner på papir, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'Værktøj: Skab overblik' },
  steps: [
    {
      id: 'overblik',
      kind: 'board',
      title: 'Mine opgaver',
      prompt: 'Skriv én opgave eller aktivitet pr. række, og udfyld kolonnerne.',
      board: {
        layout: 'table',
        columns: [
          { id: 'opgave', label: 'Opgave eller aktivitet', help: 'Del gerne store opgaver op i delopgaver.' },
          { id: 'tidsestimat', label: 'Tidsestimat', help: 'Hvor lang tid regner du med, at opgaven tager?' },
          { id: 'deadline', label: 'Deadline' },
          {
            id: 'samarbejdspartnere',
            label: 'Samarbejdspartnere',
            help: 'Hvem skal du løse opgaven sammen med eller vente på?',
          },
          { id: 'status', label: 'Status' },
          { id: 'obs', label: 'Obs.-punkter', help: 'Det, du skal være særligt opmærksom på.' },
        ],
      },
    },
    {
      id: 'hvad-viser-overblikket',
      kind: 'dialogue',
      title: 'Hvad viser overblikket?',
      questions: [
        {
          id: 'balance',
          text: 'Hvordan er din nuværende balance mellem opgaver, tid og kompetencer – fx på en skala fra 1 til 10?',
          minutes: 2,
        },
        {
          id: 'forventninger',
          text: 'Hvordan passer dine egne forventninger til opgaveløsningen med de formelle krav?',
          minutes: 3,
          hint: 'Mange stiller højere krav til sig selv end lederen gør. Kan niveauet sænkes, eller kan opgaven defineres anderledes?',
        },
        {
          id: 'hjaelper-og-hindrer',
          text: 'Hvilke forhold hjælper dig i arbejdet, og hvilke gør tingene sværere?',
          minutes: 3,
        },
        {
          id: 'hjaelp',
          text: 'Hvordan og hvor kan du søge hjælp i pressede situationer?',
          minutes: 3,
        },
        {
          id: 'ledelsens-hjaelp',
          text: 'Hvilke forhold har du brug for ledelsens hjælp til at løse?',
          minutes: 3,
          hint: 'Typiske udfordringer: stor arbejdsmængde, høje kvalitetskrav, stor kompleksitet, modsatrettede krav, rolleuklarhed, mangel på kompetencer, hyppige ændringer i planer, uforudsigelighed – eller andet.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
