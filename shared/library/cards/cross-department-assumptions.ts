import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'cross-department-assumptions',
  kind: 'checklist',
  title: 'Antagelser om de andre afdelinger',
  purpose:
    'Et godt samarbejde i egen afdeling er vigtigt, men et godt fællesskab på tværs af afdelinger er lige så vigtigt – ikke mindst i industrien, hvor afdelinger og produktionsled ofte er meget afhængige af hinanden. Øvelsen hjælper gruppen med at få øje på de antagelser om „de andre“, der kan være tegn på et udfordret samarbejde på tværs, og med at vælge konkrete måder at udfordre dem på.',
  instructions: [
    'Fortæl kort, at et godt samarbejde internt i afdelingen ikke er nok, når man er afhængige af andre afdelinger eller produktionsled. Aftal, hvilken afdeling eller hvilket led I tænker på, hvis der er flere.',
    'Bed hver deltager sætte kryds ved de antagelser om de andre, han eller hun kan nikke genkendende til – hos sig selv eller i gruppen (ca. 3 minutter). Rummet ser kun, hvor mange der har krydset hver antagelse.',
    'Vis fordelingen uden at gøre den til en anklage: Antagelserne siger noget om samarbejdet, ikke om de enkelte kolleger. Spørg, hvornår antagelserne typisk dukker op, og hvad de gør ved samarbejdet (ca. 7 minutter).',
    'Kan gruppen nikke genkendende til antagelserne, så vis tavlen med kildens tre måder at udfordre dem på. Gennemgå hjælpeteksterne, og bed deltagerne skrive konkrete forslag under hver af dem: hvad, hvem og hvor ofte (ca. 15 minutter).',
    'Den tredje vej kan I gå direkte i rummet: Tal sammen om, hvilke udfordringer de andre sandsynligvis står med, hvem de er afhængige af, hvordan samarbejdet kan styrkes, og hvad jeres egen enhed kan bidrage med – og hvad der er brug for fra ledelsen og topledelsen (ca. 10 minutter).',
    'Luk med at vælge de forslag, I vil prøve af, og skriv dem ind i handleplanen med en ansvarlig og en dato. Aftal, hvad der skal tages op med ledelsen.',
  ],
  projectorText: 'Hvilke antagelser har vi om de andre afdelinger – og hvordan kan vi udfordre dem?',
  prompts: [
    'Hvilke af antagelserne kan du nikke genkendende til?',
    'Hvordan kan vi udfordre dem – og hvad kan vi selv bidrage med til samarbejdet på tværs?',
  ],
  minutes: 40,
  iglo: ['gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: ['Post-its og et ark med tre kolonner, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'Fællesskab på tværs af afdelinger' },
  steps: [
    {
      id: 'antagelser',
      kind: 'checklist',
      title: 'Tegn på et udfordret samarbejde på tværs',
      prompt: 'Sæt kryds ved de antagelser om de andre, du kan nikke genkendende til.',
      groups: [
        {
          id: 'antagelser',
          items: [
            { id: 'bedre-vilkaar', label: 'De andre har meget bedre vilkår end os' },
            { id: 'rigtige-maade', label: 'Hos os gør vi det på den rigtige måde' },
            { id: 'andre-forkert', label: 'Det er de andre, der er forkert på den' },
            { id: 'aarsag-til-pres', label: 'Det er de andre, der er årsag til, at vi er pressede' },
            { id: 'laver-ikke-noget', label: 'De andre laver ikke noget' },
            { id: 'nemt-for-de-andre', label: 'Det er så nemt for de andre' },
            { id: 'forstaar-ikke', label: 'Kan de andre ikke forstå, at vi bliver pressede?' },
          ],
        },
      ],
    },
    {
      id: 'veje',
      kind: 'board',
      title: 'Sådan udfordrer vi antagelserne',
      prompt: 'Skriv konkrete forslag under hver af de tre veje: hvad vil vi gøre, hvem gør det, og hvornår?',
      board: {
        layout: 'columns',
        columns: [
          {
            id: 'praktik',
            label: 'Praktik i et andet led',
            help: 'Send en eller to medarbejdere i „praktik“ i et andet produktionsled eller en anden afdeling, så de får en bedre forståelse af arbejdsdagen dér, set indefra.',
          },
          {
            id: 'samarbejdsagenter',
            label: 'Samarbejdsagenter',
            help: 'Udpeg „samarbejdsagenter“ i hvert produktionsled eller hver afdeling, som mødes jævnligt og taler om: arbejdet i de forskellige enheder og kompleksiteten i arbejdet i begge; hvordan samarbejdet kan styrkes; hvordan konflikter i samarbejdet kan forebygges; hvordan forståelsen for hinandens arbejdsdag kan øges; og om ledelsen skal inddrages i mulige tiltag.',
          },
          {
            id: 'hinandens-sted',
            label: 'Sæt jer i hinandens sted',
            help: 'Tal internt i jeres egen enhed om: hvilke udfordringer de andre produktionsled eller afdelinger sandsynligvis står med; hvem de er afhængige af; hvordan samarbejdet kan styrkes, og hvad jeres enhed kan bidrage med; hvordan ledelsen kan være med til at løse problemet; og hvad der er brug for fra topledelsen.',
          },
        ],
      },
    },
  ],
} satisfies ExerciseCardInput;
