import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'leader-sparring-guide',
  kind: 'dialogue',
  title: 'Spørgeguide til ledersparring: fire temaer',
  purpose:
    'Sætter ledersparringen i system, så ledergruppen kommer omkring balancen mellem krav og ressourcer og både ledernes egen og medarbejdernes trivsel. Ledelseskulturen kan være præget af en stiltiende forestilling om, at en god leder er robust og kan klare mosten – og så kommer sparringen ikke omkring det, der udfordrer den enkelte leder personligt. Stærke lederfællesskaber giver inspiration, forståelse, fælles retning og læring og mindre stress blandt lederne, fordi problemerne kan deles og håndteres sammen.',
  instructions: [
    'Indled med, hvorfor sparringen er sat i system: Den opstår sjældent af sig selv, fordi der ikke er tid, fordi den virker irrelevant, eller fordi man helst vil fremstå robust. Derfor afsættes der tid i kalenderen til fælles ledermøder med denne dagsorden.',
    'Vis de fire temaer: ledernes trivsel, arbejdspresset i afdelingen, medarbejdernes trivsel og forståelsen af stress. Tag alle fire på ét møde (ca. 15 minutter pr. tema), eller tag ét tema pr. ledermøde.',
    'Aftal spillereglerne: Det, der bliver sagt om den enkelte leder og medarbejder, bliver i rummet. Brug en lyttende, undersøgende og spørgende tilgang over for hinanden.',
    'Gå et tema ad gangen. Lad først hver leder tænke et minut over spørgsmålene, og tag så runden. Skriv de løsninger og ønsker til egen leder ned, som dukker op undervejs.',
    'Under temaet om forståelse af stress: Brug tid på, om jeres handlinger stemmer med jeres forståelse. Kilden lægger op til, at ledergruppen kommer tættere på at handle ud fra en kombinationsforståelse: at årsagerne til stress kan ligge i arbejdslivet, i privatlivet og i den enkeltes robusthed på samme tid.',
    'Det sidste trin er valgfrit: kildens spørgsmål til ledergruppen som fællesskab – tillid, interesse for hinanden og kompetencer. Tag det, hvis der er tid, eller som indledning på et senere møde.',
    'Luk med at samle, hvad ledergruppen vil gøre sammen, og hvad I vil tage op med jeres egen leder som en samlet gruppe. Aftal datoen for næste sparring.',
  ],
  projectorText:
    'Ledersparring i fire temaer: ledernes trivsel – arbejdspresset i afdelingen – medarbejdernes trivsel – forståelsen af stress.',
  prompts: [
    'Hvordan trives vi selv som ledere lige nu, og hvorfor?',
    'Hvordan kan vi hjælpe hinanden?',
    'Hvad har vi brug for fra vores egen leder?',
  ],
  minutes: 75,
  iglo: ['ledelse'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'På ledelsesniveau: Fællesskabskultur – spørgeguide til ledersparringen',
  },
  steps: [
    {
      id: 'fire-temaer',
      kind: 'slide',
      title: 'Fire temaer til ledersparringen',
      blocks: [
        {
          type: 'model',
          shape: 'matrix',
          title: 'Spørgeguiden',
          items: [
            {
              id: 'ledernes-trivsel',
              label: 'Ledernes trivsel',
              text: 'Hvordan trives vi selv, og har vi tid til personaleledelse?',
            },
            {
              id: 'arbejdspres',
              label: 'Arbejdspres i afdelingen',
              text: 'Balancen mellem krav og ressourcer i vores afdelinger.',
            },
            {
              id: 'medarbejdertrivsel',
              label: 'Medarbejdertrivsel',
              text: 'Vores erfaringer med at håndtere medarbejdernes trivsel og stress.',
            },
            {
              id: 'forstaaelse-af-stress',
              label: 'Forståelse af stress',
              text: 'Hvordan vi forstår årsagerne til stress – og om vi handler derefter.',
            },
          ],
        },
        {
          type: 'paragraph',
          text: 'Ledergruppen kan ses som et kollektiv, der sammen drøfter løsninger og sammen går til sin egen ledelse.',
        },
      ],
    },
    {
      id: 'ledernes-trivsel',
      kind: 'dialogue',
      title: 'Ledernes trivsel',
      questions: [
        {
          id: 'trives-selv',
          text: 'Hvordan trives vi selv lige nu – og hvad er årsagerne til, at trivslen er god, eller at den mangler?',
          minutes: 5,
        },
        {
          id: 'tid-til-personaleledelse',
          text: 'Hvilke muligheder og begrænsninger oplever vi for at have tid til personaleledelse – og hvilke løsninger har vi på det?',
          minutes: 4,
        },
        {
          id: 'hjaelpe-hinanden',
          text: 'Hvordan kan vi hjælpe hinanden?',
          minutes: 3,
        },
        {
          id: 'egen-leder',
          text: 'Hvad har vi brug for fra vores egen leder for at trives bedre og få tid til personaleledelse – og hvordan går vi bedst til lederen som samlet gruppe?',
          minutes: 3,
        },
      ],
    },
    {
      id: 'arbejdspres',
      kind: 'dialogue',
      title: 'Arbejdspres i afdelingen',
      questions: [
        {
          id: 'balance',
          text: 'Hvordan er balancen mellem krav og ressourcer i vores afdelinger?',
          minutes: 5,
        },
        {
          id: 'hjaelpe-hinanden',
          text: 'Hvordan kan vi hjælpe hinanden – og kan vi låne arbejdskraft af hinanden i pressede perioder?',
          minutes: 5,
        },
        {
          id: 'egen-leder',
          text: 'Hvad har vi brug for fra vores egen leder for at mindske arbejdspresset?',
          minutes: 5,
        },
      ],
    },
    {
      id: 'medarbejdertrivsel',
      kind: 'dialogue',
      title: 'Medarbejdertrivsel',
      questions: [
        {
          id: 'erfaringer',
          text: 'Hvilke erfaringer har vi med at håndtere medarbejdernes trivsel – både de gode og de dårlige?',
          minutes: 4,
        },
        {
          id: 'udfordringer',
          text: 'Hvilke udfordringer oplever vi i det arbejde – og hvilke udfordringer med trivslen ser vi i vores medarbejdergrupper?',
          minutes: 4,
        },
        {
          id: 'hjaelpe-hinanden',
          text: 'Hvordan kan vi hjælpe hinanden?',
          minutes: 3,
        },
        {
          id: 'egen-leder',
          text: 'Hvad har vi brug for fra vores egen leder, når vi skal håndtere medarbejdernes trivsel og stress?',
          minutes: 4,
        },
      ],
    },
    {
      id: 'forstaaelse-af-stress',
      kind: 'dialogue',
      title: 'Forståelse af stress',
      questions: [
        {
          id: 'aarsager',
          text: 'Hvordan forstår vi hver især årsagerne til stress: arbejdslivet, privatlivet, manglende robusthed – eller en kombination?',
          minutes: 4,
        },
        {
          id: 'handler',
          text: 'Hvordan handler vi typisk, når en medarbejder er presset?',
          minutes: 4,
        },
        {
          id: 'stemmer-overens',
          text: 'Stemmer vores handlinger med vores forståelse?',
          minutes: 3,
        },
        {
          id: 'kombination',
          text: 'Hvordan kommer vi tættere på at handle ud fra en forståelse af stress som en kombination af årsager?',
          minutes: 4,
          hint: 'Hvis man forstår stress som et privat anliggende, kan det blive en barriere for at handle. Kilden peger på, at arbejdspladsen kan hjælpe og støtte, også når problemerne mest ligger i privatlivet.',
        },
      ],
    },
    {
      id: 'ledergruppen',
      kind: 'dialogue',
      title: 'Ledergruppen som fællesskab',
      optional: true,
      questions: [
        {
          id: 'tillid',
          text: 'Er relationerne mellem os ledere præget af tillid og åbenhed, også når det er svært? Hvordan og hvad lærer vi af konflikter – og tager vi hånd om dem i tide, så de kan bruges konstruktivt i arbejdet mod det fælles mål?',
          minutes: 5,
        },
        {
          id: 'interesse',
          text: 'Hvordan viser vi interesse for hinandens situation? Lytter vi, undersøger og spørger vi, så vores lederkolleger mærker, at vi prioriterer og værdsætter dem, og at deres tanker og handlinger betyder noget?',
          minutes: 4,
        },
        {
          id: 'kompetencer',
          text: 'Hvordan bringer vi vores kompetencer bedst i spil i ledergruppen?',
          minutes: 3,
        },
        {
          id: 'faellesskab',
          text: 'Hvordan understøtter vi et fællesskab om trivsel og den gode arbejdsplads?',
          minutes: 3,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
