import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'work-modification-dialogue',
  kind: 'dialogue',
  title: 'Arbejdsmodifikation: legitimitet, kolleger og opfølgning',
  purpose:
    'Når en medarbejder med nedsat trivsel får ændret sit arbejde, skal løsningen både være legitim, tage hensyn til kollegernes arbejdsbyrde og blive fulgt op. Dialogen hjælper ledelse, arbejdsmiljørepræsentant og tillidsrepræsentant (TRIO’en) med at tale om de tre ting, før og mens en arbejdsmodifikation bliver aftalt.',
  instructions: [
    'Fortæl kort om erfaringerne fra BALANCE-projektet på otte folkeskoler: 28 lærere ønskede en arbejdsmodifikation, og 16 fik en. Eksemplerne var fx to lærere i enkelte timer og ændringer i skemaet fra næste skoleår, hvor læreren blev fritaget for møder og gårdvagter. Erfaringerne var blandede: 56 % var i høj eller meget høj grad tilfredse, men der manglede ofte opfølgning på aftalen, og der var for lidt opmærksomhed på, hvad ændringerne betød for kollegernes arbejdsbyrde.',
    'Tag de tre temaer i rækkefølge, ca. 12 minutter hvert: legitimitet, kollegernes belastning og opfølgning.',
    'Hold samtalen på, hvordan I gør generelt. Taler I om en bestemt medarbejder, så tal kun om det, vedkommende selv har sagt ja til at dele.',
    'Luk af ved at aftale, hvordan kollegerne bliver hørt, og hvem der følger op hvornår. Skriv det i handleplanen.',
    'Kilden er kort: Den består af lysbilleder fra et forskningsprojekt og giver ingen skabelon til selve aftalen om arbejdsmodifikation eller til opfølgningen. Aftal selv, hvordan aftalen skrives ned, og hvor ofte der følges op.',
  ],
  projectorText:
    'Ingen kan yde 100 % hele tiden. En arbejdsmodifikation er ikke særbehandling – men den må ikke bare flytte byrden over på kollegerne.',
  prompts: [
    'Hvordan gør vi arbejdsmodifikation til en retfærdig løsning, som alle i princippet kan få, når der er brug for det?',
    'Hvordan undgår vi, at byrden bare flyttes over på kollegerne?',
  ],
  minutes: 45,
  iglo: ['individ', 'gruppe', 'ledelse'],
  phases: ['activity'],
  themes: [],
  materials: [],
  source: { document: 'nfa-balance', section: 'Arbejdsmodifikation – brug for legitimering' },
  steps: [
    {
      id: 'tre-temaer',
      kind: 'dialogue',
      title: 'Legitimitet, kolleger og opfølgning',
      questions: [
        {
          id: 'legitimitet',
          text: 'Legitimitet: Hvordan skaber vi en fælles forståelse af, at ingen kan yde 100 % altid, og at en arbejdsmodifikation kan være en løsning? Hvordan siger vi tydeligt, at det ikke er særbehandling, men en retfærdig løsning, som alle i princippet har ret til, hvis de får brug for det?',
          minutes: 12,
        },
        {
          id: 'kollegernes-belastning',
          text: 'Kollegernes belastning: Hvordan sikrer vi, at en arbejdsmodifikation for én ikke giver større belastning for andre? Hvordan bliver kollegerne spurgt, før aftalen er på plads – fx „Hvad tænker I? Er der noget, I har brug for, som vi skal tænke ind?“',
          minutes: 12,
          hint: 'En arbejdsmiljørepræsentant i projektet advarede mod at flytte problemet over på en andens skuldre: Så vælter kollegerne én efter én som dominobrikker. En kollega fortalte, at ledelsen havde lavet aftalen med den stressramte uden at høre dem.',
        },
        {
          id: 'opfoelgning',
          text: 'Opfølgning: Hvem følger op på aftalen, og hvornår? Virker den, eller er der brug for noget andet – for den enkelte og for kollegerne?',
          minutes: 12,
          hint: 'I projektet manglede der opfølgning på aftalerne om arbejdsmodifikation.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
