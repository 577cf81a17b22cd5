import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'trio-wrap-up',
  kind: 'dialogue',
  title: 'TRIO’ens fire opsamlingspunkter',
  purpose:
    'TRIO’en – en leder, arbejdsmiljørepræsentanten og tillidsrepræsentanten – kan hjælpe med at forebygge og håndtere trivselsproblemer. Dialogen samler op på fire punkter fra BALANCE-projektet: at opsøge og afklare, at kommunikere og følge op, at lære af erfaringerne og at gøre arbejdsmodifikation til en legitim praksis.',
  instructions: [
    'Saml TRIO’en: en ledelsesrepræsentant, arbejdsmiljørepræsentanten og tillidsrepræsentanten. Andre nøglepersoner kan træde ind, hvis der ikke er en TRIO.',
    'Fortæl kort om baggrunden: I BALANCE-projektet fik lærere med nedsat trivsel tilbud om afklarende samtaler, mulighed for arbejdsmodifikation og et kursus i stresshåndtering, mens TRIO’en arbejdede med hele skolen. Punkterne er projektets opsamling af erfaringerne.',
    'Tag de fire punkter ét ad gangen, ca. 10 minutter hvert. Skriv svar og aftaler ned undervejs.',
    'Luk af ved at samle aftalerne: hvem gør hvad, og hvornår ser TRIO’en på det igen. Skriv dem ind i handleplanen.',
    'Kilden er kort: Den består af lysbilleder fra et forskningsprojekt på otte folkeskoler og giver punkterne som spørgsmål, men ingen fremgangsmåde, tidsramme eller skabelon til mødet. Rækkefølge og tid her er et forslag; tilpas selv.',
  ],
  projectorText:
    'Opsøge og afklare – kommunikere og følge op – lære af erfaringerne – gøre arbejdsmodifikation legitim.',
  prompts: [
    'Hvem har brug for en arbejdsmodifikation eller et andet tilbud, og hvad har de brug for?',
    'Hvordan følger vi op på den enkelte og på kollegerne?',
  ],
  minutes: 40,
  iglo: ['ledelse', 'organisation'],
  phases: ['activity', 'wrapup'],
  themes: [],
  materials: [],
  source: { document: 'nfa-balance', section: 'Opsamlingspointer' },
  steps: [
    {
      id: 'fire-punkter',
      kind: 'dialogue',
      title: 'Fire punkter for TRIO’en',
      questions: [
        {
          id: 'opsoege-afklare',
          text: 'Opsøger og afklarer vi systematisk: Hvem har brug for en arbejdsmodifikation eller et andet tilbud – og hvad har vedkommende brug for?',
          minutes: 10,
        },
        {
          id: 'kommunikere-foelge-op',
          text: 'Kommunikerer vi og følger vi systematisk op på både den enkelte og kollegerne: Virker indsatsen, eller er der brug for noget andet? Hvordan bliver kollegerne inddraget og informeret – og er der en plan for, hvem der gør det?',
          minutes: 10,
          hint: 'I BALANCE-projektet manglede der ofte opfølgning på aftalerne.',
        },
        {
          id: 'laere',
          text: 'Bruger vi erfaringerne til læring i organisationen: Hvordan samler vi systematisk op på de løsninger, der virker? Er der brug for generelle ændringer i arbejdsforholdene eller arbejdsmiljøet?',
          minutes: 10,
        },
        {
          id: 'legitim-praksis',
          text: 'Gør vi arbejdsmodifikation til en legitim praksis: Hvordan taler vi om indsatser for den enkelte på arbejdspladsen, og hvilke holdninger er der blandt kolleger og i ledelsen?',
          minutes: 10,
          hint: 'Dialogen „Arbejdsmodifikation: legitimitet, kolleger og opfølgning“ går i dybden med dette punkt.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
