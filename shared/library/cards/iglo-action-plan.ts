import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'iglo-action-plan',
  kind: 'board',
  title: 'IGLO-handleplan: hvem gør hvad?',
  purpose:
    'Samler i én plan, hvem der gør hvad for at forebygge og håndtere stress – på niveauerne organisation, ledelse, grupper og individer og i de fire faser fra den daglige forebyggelse til tiden efter et stressforløb. Planen kan bruges i dialogen med ledelsen og andre udvalg og med alle medarbejdere, og den kan indgå i APV-handlingsplanen.',
  instructions: [
    'Forklar IGLO-modellen: Forebyggelsen bygges nedefra. Når organisationen har værdier, politikker, retningslinjer, ressourcer og rammer på plads, bliver det lettere for ledere, grupper og den enkelte at bidrage.',
    'Gå rækkerne igennem i rækkefølge, ca. 12–15 minutter pr. række. For hver række: Lad deltagerne skrive forslag på sedler og sætte dem i den kolonne, der passer – hvem gør det?',
    'Række 1, forebyggelse: Hvordan forebygger vi stress i det daglige arbejde? Brug gerne resultaterne fra de fem forebyggelsesgreb.',
    'Række 2 og 3: Vær konkret om roller – hvem gør hvad ved de første tegn på stress, og hvad sker der, når en stresssituation skal håndteres, fx en sygemelding?',
    'Række 4: Aftal, hvem der gør hvad, når et stressforløb er slut, og en periode med særlige hensyn fx ophører.',
    'Luk af ved at gøre sedlerne til handlinger med en ansvarlig og en dato. Aftal, hvordan planen bliver kendt af alle – det virker i sig selv beroligende og forebyggende at have en klar plan. Aftal også at se planen igennem efter et stressforløb, og skriv den ind i APV-handlingsplanen.',
  ],
  projectorText:
    'Hvem gør hvad – i organisationen, i ledelsen, i grupperne og hver især – når vi forebygger, ved de første tegn, når vi håndterer, og når forløbet er slut?',
  prompts: [
    'Hvad gør vi konkret for at forebygge stress i det daglige arbejde – og hvem gør det?',
    'Hvem gør hvad ved de første tegn på stress, når en situation skal håndteres, og når forløbet er overstået?',
  ],
  minutes: 75,
  iglo: ['individ', 'gruppe', 'ledelse', 'organisation'],
  phases: ['seminar', 'wrapup'],
  themes: [],
  materials: [],
  source: { document: 'bfa-velfaerd-amo-anker', section: 'Beskriv hvem der gør hvad i en handleplan' },
  steps: [
    {
      id: 'handleplan',
      kind: 'board',
      title: 'IGLO-handleplanen',
      prompt: 'Sæt hver seddel i den række og kolonne, hvor den hører hjemme: hvornår, og hvem gør det?',
      board: {
        layout: 'grid',
        rows: [
          {
            id: 'forebyggelse',
            label: '1. Forebyggelse',
            help: 'Hvordan forebygger vi konkret stress i det daglige arbejde? En uddannelsesinstitution i kilden nævner fx en fastlagt kerneopgave med fælles prioritering af kan- og skal-opgaver, professionelle læringsfællesskaber, teamkontrakter og en individuel opgaveoversigt lavet i dialog mellem leder og medarbejder.',
            stage: 'forebyggelse',
          },
          {
            id: 'foerste-tegn',
            label: '2. Ved de første tegn på stress',
            help: 'Hvad gør vi, når vi ser de første tegn på stress – og hvem gør hvad?',
            stage: 'foerste-tegn',
          },
          {
            id: 'haandtering',
            label: '3. Når en stresssituation skal håndteres',
            help: 'Hvad sker der, når vi håndterer en situation med stress, fx en sygemelding?',
            stage: 'haandtering',
          },
          {
            id: 'efter',
            label: '4. Når et stressforløb er overstået',
            help: 'Hvem gør hvad, når forløbet er slut, og fx en periode med særlige hensyn ophører?',
            stage: 'efter',
          },
        ],
        columns: [
          {
            id: 'organisation',
            label: 'Organisation (fx AMO, SU/MED og HR)',
            help: 'Værdier, politikker, retningslinjer, ressourcer og rammer, som drøftes og udvikles i samarbejdsudvalget og arbejdsmiljøorganisationen eller i MED.',
            iglo: 'organisation',
          },
          {
            id: 'ledelse',
            label: 'Ledelse',
            help: 'En ledelse, der er synlig, afbalanceret, fastholdende og udfordrende.',
            iglo: 'ledelse',
          },
          {
            id: 'grupper',
            label: 'Grupper',
            help: 'Grupper, der støtter hinanden, er loyale og deler viden.',
            iglo: 'gruppe',
          },
          {
            id: 'individer',
            label: 'Individer (alle)',
            help: 'Den enkelte, der passer på sig selv, er loyal og kompetent.',
            iglo: 'individ',
          },
        ],
      },
      notesBecomeActions: true,
    },
  ],
} satisfies ExerciseCardInput;
