import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'adaptation-change-matrix',
  kind: 'board',
  title: 'Hvordan håndterer vi pres? Tilpasning og forandring',
  purpose:
    'Hjælper gruppen og den enkelte med at undersøge, hvor de typisk befinder sig, når der er pres på arbejdet: Tilpasser man sig presset, eller forsøger man at forandre det – og gør man det hver for sig eller sammen? Matrixen åbner en kollegial dialog om, hvordan I samarbejder om god trivsel, og om der er måder at håndtere pres på, som I ikke bruger.',
  instructions: [
    'Indled med kildens pointe om gruppens rolle: Social støtte betyder meget, og alene bevidstheden om, at støtten er der, når man får brug for den, spiller en afgørende rolle. Et fælles blik på trivsel gør det naturligt at gå til hinanden.',
    'Vis den tomme matrix med de to akser: tilpasning og forandring, individuel og kollektiv. Kilden viser eksempler på, hvad der kan stå i de fire felter, men understreger, at I selv skal tage udgangspunkt i en tom matrix og skrive jeres egne oplevelser ind. Eksemplerne er ikke med i den tekst, kortet bygger på.',
    'Kilden definerer ikke akserne nærmere i teksten. Kortets hjælpetekster læser tilpasning som at indrette sig efter presset og forandring som at forsøge at ændre det, der skaber presset. Sig det til rummet, og lad gruppen justere forståelsen.',
    'Giv som opvarmning kildens fire måder at håndtere pres på: at klare det selv ved at arbejde længere og hurtigere, at få hjælp fra andre, at gå til ledelsen alene og at gå til ledelsen sammen. Lad gruppen selv placere dem.',
    'Bed deltagerne skrive konkrete oplevelser af, hvordan de – hver for sig og som gruppe – har håndteret pres, og sætte sedlerne i det felt, de passer bedst i (ca. 10 minutter).',
    'Læs matrixen op, og tag dialogtrinnet (ca. 15 minutter). Spørg især til de felter, der står tomme.',
    'Luk med kildens anbefaling: et fast månedligt møde i gruppen om det, der påvirker trivslen, hvor I finder konstruktive løsninger og handler på dem – gerne også i dialog med ledelsen. Aftal, hvem der indkalder til det første.',
    'Har I mere tid, så tag det valgfrie sidste trin med kildens øvrige spørgsmål til den kollegiale dialog om god trivsel (ca. 15 minutter ekstra).',
  ],
  projectorText:
    'Tilpasser vi os presset, eller forsøger vi at forandre det – og gør vi det hver for sig eller sammen? Skriv jeres egne oplevelser ind i matrixen.',
  prompts: [
    'Hvordan håndterer du og gruppen typisk pres på arbejdet?',
    'Hvilke måder bruger vi ikke – og hvad begrænser os i at bruge dem?',
  ],
  minutes: 45,
  iglo: ['individ', 'gruppe'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: ['Post-its og en tom matrix med fire felter på flipover, hvis der ikke bruges projektor'],
  source: {
    document: 'bfa-industri-stress',
    section: 'På gruppeniveau: Kontinuerligt trivselsfokus – Kollegial dialog om samarbejde om god trivsel',
  },
  steps: [
    {
      id: 'matrix',
      kind: 'board',
      title: 'Tilpasning og forandring – hver for sig og sammen',
      prompt:
        'Skriv jeres egne oplevelser af, hvordan pres bliver håndteret, og sæt dem i det felt, de passer i.',
      board: {
        layout: 'grid',
        rows: [
          {
            id: 'tilpasning',
            label: 'Tilpasning',
            help: 'Måder, hvor man indretter sig efter presset, som det er.',
          },
          {
            id: 'forandring',
            label: 'Forandring',
            help: 'Måder, hvor man forsøger at ændre de forhold, der skaber presset.',
          },
        ],
        columns: [
          {
            id: 'individuel',
            label: 'Individuel',
            help: 'Det, den enkelte gør på egen hånd.',
            iglo: 'individ',
          },
          {
            id: 'kollektiv',
            label: 'Kollektiv',
            help: 'Det, I gør sammen som gruppe.',
            iglo: 'gruppe',
          },
        ],
      },
    },
    {
      id: 'dialog',
      kind: 'dialogue',
      title: 'Hvordan håndterer vi pres?',
      questions: [
        {
          id: 'typisk',
          text: 'Hvordan håndterer vi typisk pres på arbejdet – både som enkeltpersoner og som gruppe? Hvor i matrixen ligger de fleste sedler?',
          minutes: 4,
        },
        {
          id: 'fire-maader',
          text: 'Forsøger vi at klare det selv ved at arbejde længere og hurtigere? At få hjælp fra andre? At gå til ledelsen hver for sig? Eller at håndtere det i fællesskab ved at gå til ledelsen sammen?',
          minutes: 4,
        },
        {
          id: 'bruger-ikke',
          text: 'Er der nogle af disse måder, vi ikke bruger?',
          minutes: 3,
        },
        {
          id: 'begraenser',
          text: 'Hvad begrænser os i at bruge dem?',
          minutes: 4,
          hint: 'Notér det, der kræver ledelsens hjælp, for sig, så det kan tages med til det månedlige møde eller til lederen.',
        },
      ],
    },
    {
      id: 'god-trivsel',
      kind: 'dialogue',
      title: 'Samarbejdet om god trivsel',
      optional: true,
      prompt: 'Tal om, hvad I forbinder med at samarbejde om god trivsel i gruppen.',
      questions: [
        {
          id: 'travlhed-restitution',
          text: 'Hvordan er forholdet mellem travlhed og restitution hos os? Er vi gode nok til at komme os efter en travl periode og til at holde pauser – eller oplever vi travlhed og stress det meste af tiden? Hvordan kan vi blive bedre?',
          minutes: 3,
        },
        {
          id: 'aabne-lukkede',
          text: 'Er vi åbne eller lukkede, når det gælder om at tale om arbejdsmiljøet og om, hvordan vi har det? Hvad kan være tabu eller svært at tale om hos os, og hvorfor? Hvordan kan vi blive bedre?',
          minutes: 3,
        },
        {
          id: 'hjaelp-og-reaktion',
          text: 'Hvordan vil vi hver især gerne have hjælp, hvis vi ikke trives – og hvordan reagerer vi typisk, når vi ikke trives?',
          minutes: 3,
        },
        {
          id: 'aendret-adfaerd',
          text: 'Holder vi øje med kolleger, der ændrer adfærd – fx trækker sig fra fællesskabet eller bliver tydeligt irriterede?',
          minutes: 2,
          hint: 'Kilden nævner begge dele som mulige tegn på stress og dårlig trivsel.',
        },
        {
          id: 'pauser-og-tone',
          text: 'Holder og bruger vi pauser, hvor vi lærer hinanden bedre at kende og deler både belastende og gode oplevelser? Og er vi opmærksomme på tonen, når vi taler til, om og med hinanden?',
          minutes: 3,
          hint: 'Omgangstonen påvirker humøret, og vi smitter hinanden gennem sproget. Sproget kan være den direkte vej til en åben og tryg kommunikation i gruppen.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
