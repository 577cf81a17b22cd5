import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'people-management-dialogue',
  kind: 'board',
  title: 'Dialog om personaleledelse – muligheder og udfordringer',
  purpose:
    'Hjælper topledelsen og personalelederne med at se, hvad der fremmer og hæmmer ledernes reelle mulighed for at udøve personaleledelse, så ledelsesansvaret ikke drukner i drift. Første skridt er at finde de organisatoriske hindringer; derefter sættes der ind for at mindske dem. Skemaet kan også bruges i ledergruppen til gensidig inspiration og støtte.',
  instructions: [
    'Fortæl, hvorfor emnet er vigtigt: Lederne skal have tid og rum til personaleledelse. Det afhænger bl.a. af, hvor mange medarbejdere den enkelte leder har, hvor mange opgaver topledelsen forventer, at lederen engagerer sig i på samme tid, og om ledergruppen har en fælles kultur og et reelt samarbejde om trivsel.',
    'Nævn kildens iagttagelse: Ledere står ofte alene med ansvaret, også i svære situationer, og bruger kræfter på at opfinde den dybe tallerken igen i stedet for at dele viden.',
    'Vis tavlen. Bed hver leder først skrive op til tre forhold i hver af de to rækker i kolonnen „Forholdet“: det, der understøtter personaleledelsen, og de udfordringer, de oplever (ca. 8 minutter).',
    'Bed dem derefter skrive i kolonnen „Hvad gør vi?“: hvordan de gode forhold kan fastholdes eller blive endnu bedre, og hvordan udfordringerne kan mindskes eller helt fjernes (ca. 10 minutter).',
    'Gennemgå tavlen i fællesskab, og tag dialogtrinnet: Hvilke hindringer er organisatoriske, og hvad kan ledergruppen selv gøre? (ca. 15 minutter).',
    'Luk med at aftale, hvem der tager de organisatoriske hindringer med til topledelsen, og hvornår ledergruppen følger op.',
  ],
  projectorText:
    'Hvad understøtter din personaleledelse – og hvordan fastholder vi det? Hvad udfordrer den – og hvordan mindsker eller fjerner vi det?',
  prompts: [
    'Hvilke forhold understøtter mine muligheder for personaleledelse?',
    'Hvordan kan disse forhold fastholdes eller blive endnu bedre?',
    'Hvilke udfordringer oplever jeg for min personaleledelse?',
    'Hvordan kan udfordringerne mindskes eller helt fjernes?',
  ],
  minutes: 40,
  iglo: ['organisation', 'ledelse'],
  phases: ['preparation', 'seminar', 'activity'],
  themes: [],
  materials: ['Post-its og et skema med to rækker og to kolonner, hvis der ikke bruges projektor'],
  source: {
    document: 'bfa-industri-stress',
    section: 'Værktøj: Dialog om personaleledelse – muligheder og udfordringer',
  },
  steps: [
    {
      id: 'skema',
      kind: 'board',
      title: 'Muligheder og udfordringer for personaleledelse',
      prompt: 'Skriv op til tre forhold i hver række, og skriv derefter, hvad der kan gøres ved dem.',
      board: {
        layout: 'grid',
        rows: [
          {
            id: 'understoetter',
            label: 'Det, der understøtter',
            help: 'Hvilke forhold understøtter mine muligheder for personaleledelse?',
          },
          {
            id: 'udfordrer',
            label: 'Det, der udfordrer',
            help: 'Hvilke udfordringer oplever jeg for min personaleledelse?',
          },
        ],
        columns: [
          {
            id: 'forholdet',
            label: 'Forholdet',
            help: 'Skriv selve forholdet eller udfordringen – op til tre i hver række.',
          },
          {
            id: 'hvad-goer-vi',
            label: 'Hvad gør vi?',
            help: 'For det, der understøtter: Hvordan fastholdes det, eller hvordan bliver det endnu bedre? For udfordringerne: Hvordan mindskes de, eller hvordan fjernes de helt?',
          },
        ],
      },
    },
    {
      id: 'videre',
      kind: 'dialogue',
      title: 'Hvad tager vi videre?',
      questions: [
        {
          id: 'organisatoriske-hindringer',
          text: 'Hvilke af udfordringerne er organisatoriske hindringer, som kræver topledelsens handling?',
          minutes: 5,
          hint: 'Fx ledelsesspændet, antallet af opgaver på samme tid eller mange administrative opgaver.',
        },
        {
          id: 'ledergruppen',
          text: 'Hvordan kan vi i ledergruppen inspirere og støtte hinanden og dele viden, så ingen står alene med ansvaret?',
          minutes: 5,
        },
        {
          id: 'foerste-skridt',
          text: 'Hvad er det første skridt, og hvem tager det?',
          minutes: 5,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
