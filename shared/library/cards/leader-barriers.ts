import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'leader-barriers',
  kind: 'checklist',
  title: 'Hvad holder mig fra at handle som leder?',
  purpose:
    'Hjælper lederen med at få øje på sine egne argumenter for ikke at handle, når der er trivselsproblemer i medarbejdergruppen. Når man kender sine egne barrierer, er det lettere at udfordre dem – og at se, om man faktisk handler, som man siger, man gør. Øvelsen tager også de to andre faldgruber med, som kilden peger på: manglende viden om psykisk arbejdsmiljø og for store medarbejdergrupper.',
  instructions: [
    'Indled med, at et løbende trivselsfokus kræver, at lederen handler – og at der altid vil være forhold, man ikke kan handle på, eller som tager længere tid, end medarbejderne håber. Det afgørende er ikke at lukke for handlemulighederne.',
    'Bed hver leder sætte kryds ved de barrierer, han eller hun kender fra sig selv (ca. 3 minutter). Krydserne er anonyme; rummet ser kun, hvor mange der har krydset hver barriere.',
    'Vis fordelingen uden at kommentere de enkelte svar. Spørg i stedet, hvad der kendetegner de barrierer, mange har krydset.',
    'Tag dialogtrinnet to og to (ca. 10 minutter) og derefter de to sidste spørgsmål i hele ledergruppen (ca. 10 minutter).',
    'Fortæl om de to andre faldgruber, som kilden nævner: Hvis lederne mangler viden om psykisk arbejdsmiljø og stressforebyggelse, kan et fælles kursus give samme sprog og samme forståelse af stress og mulighed for at sparre med hinanden. Hvis ledelsesspændet er for stort, kan det være svært at have fingeren på pulsen; kilden foreslår mindre teams med en teamkoordinator, der hjælper med at koordinere opgaverne og holder øje med trivslen.',
    'Luk med, at hver leder noterer én barriere, han eller hun vil udfordre, og én konkret ting, han eller hun vil gøre i den kommende uge.',
  ],
  projectorText:
    'Hvad holder dig fra at handle, når en medarbejder ikke trives? Sæt kryds ved de barrierer, du kender fra dig selv.',
  prompts: [
    'Hvilke af barriererne kender du fra dig selv?',
    'Handler du faktisk ud fra det, du siger, at du gør?',
  ],
  minutes: 30,
  iglo: ['ledelse'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section:
      'På ledelsesniveau: Kontinuerligt trivselsfokus – Mulige faldgruber: Lederens egne begrænsninger',
  },
  steps: [
    {
      id: 'barrierer',
      kind: 'checklist',
      title: 'Mine barrierer for at handle',
      prompt: 'Sæt kryds ved de argumenter, du selv har brugt eller kan høre dig selv bruge.',
      groups: [
        {
          id: 'barrierer',
          items: [
            { id: 'ikke-tid', label: 'Jeg har ikke tid' },
            { id: 'ikke-set', label: 'Jeg har ikke set det, og ingen har sagt noget' },
            {
              id: 'privatlivet',
              label: 'Det er privatlivet, og det kan jeg ikke blande mig i',
              help: 'Selv når problemerne primært ligger i privatlivet, kan arbejdspladsen hjælpe og støtte.',
            },
            { id: 'ved-ikke-hvad', label: 'Jeg ved ikke, hvad jeg skal gøre ved det' },
            { id: 'plejer-at-klare', label: 'Medarbejderen plejer nok at kunne klare presset' },
            { id: 'bare-en-periode', label: 'Det er nok bare en periode – det går snart over' },
            { id: 'blev-afvist', label: 'Jeg har jo prøvet, men blev afvist' },
            { id: 'en-af-dagene', label: 'Jeg må lige se på det en af dagene' },
            {
              id: 'ikke-opbakning',
              label: 'Jeg føler ikke, at min egen leder bakker mig op i at gøre noget ved det',
            },
          ],
        },
      ],
    },
    {
      id: 'udfordr',
      kind: 'dialogue',
      title: 'Udfordr dine barrierer',
      questions: [
        {
          id: 'hvornaar',
          text: 'Hvilke af barriererne kender du bedst – og i hvilke situationer dukker de op?',
          minutes: 3,
        },
        {
          id: 'udfordre',
          text: 'Hvordan kan du udfordre dem? Hvad ville du gøre, hvis barrieren ikke var der?',
          minutes: 4,
        },
        {
          id: 'siger-og-goer',
          text: 'Handler du faktisk ud fra det, du siger, at du gør?',
          minutes: 3,
        },
        {
          id: 'viden',
          text: 'Har vi som ledere nok viden om det psykiske arbejdsmiljø og om, hvordan vi bedst forebygger stress?',
          minutes: 5,
          hint: 'Kilden foreslår, at alle ledere får en grundlæggende viden om stressforebyggelse på et kursus, så de får samme sprog og forståelse og kan sparre med hinanden.',
        },
        {
          id: 'ledelsesspaend',
          text: 'Passer forventningerne til vores personaleledelse med det antal medarbejdere, vi hver især har?',
          minutes: 5,
          hint: 'Kilden kan ikke pege på et optimalt antal medarbejdere pr. leder. Er spændet for stort, foreslår kilden mindre teams med en teamkoordinator, der både koordinerer opgaver og holder øje med trivslen.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
