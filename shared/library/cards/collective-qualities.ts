import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'collective-qualities',
  kind: 'checklist',
  title: 'Hvilke kollektive kvaliteter har vi brug for?',
  purpose:
    'Hjælper gruppen med at tale om, hvilke fællesskabsorienterede kvaliteter der skal kendetegne jeres kultur, og hvordan I skaber dem. I en fællesskabskultur holder kollegerne øje med hinanden, hjælper hinanden og finder sammen gode løsninger på problemer i arbejdsmiljøet – en kollektiv robusthed med en fælles „den klarer vi“-indstilling og blik for handlemulighederne. Ifølge kilden kan fællesskabet beskytte mod stress af to grunde: Kollegerne hjælper hinanden med at se tingene på nye måder og virker beroligende, så forholdene opleves som mindre stressende. Og når gruppen handler sammen, deles ansvaret, så den enkelte slipper for at bære det alene og for selvbebrejdelsen over at være den eneste, der ikke kan klare det.',
  instructions: [
    'Fortæl kort, at kilden beskriver tre trin mod en fællesskabsorienteret kultur: Find ud af, hvad der kendetegner jeres kultur i dag. Tal om, hvilke kollektive kvaliteter der skal kendetegne den. Tal om, hvordan I skaber dem. Denne øvelse dækker andet og tredje trin; har gruppen ikke taget det første, kan tjeklisten „Har vi en individuel kultur?“ bruges først.',
    'Bed gruppen vælge en tovholder, der styrer dialogen. Første gang kan du selv tage rollen og vise, hvordan det gøres.',
    'Bed hver deltager udfylde tjeklisten for sig selv og sætte kryds ved de kvaliteter, han eller hun mener, gruppen har brug for mere af (ca. 5 minutter). Rummet ser kun, hvor mange der har krydset hvert punkt.',
    'Vis fordelingen. Tag derefter ét punkt ad gangen – begynd med dem, flest har krydset – og gå de tre spørgsmål i dialogtrinnet igennem: hvad I hver især har svaret, om det er noget, I gerne vil blive bedre til, og hvordan I gør det (ca. 20 minutter). I behøver ikke nå alle ti punkter.',
    'Mind undervejs om kildens forudsætning: Et kollektivt, løsningsorienteret fokus kræver en tæt og tillidsfuld dialog med ledelsen og en oplevelse af, at der bliver lyttet og handlet på problemerne. Skriv det ned, der kræver lederens medvirken.',
    'Læg mærke til, hvordan der tales om travlhed. „Vi har travlt, men vi klarer det sammen“ fører typisk til, at opgaverne løses sammen og med gensidig hjælp. „Vi har travlt, og vi kan ikke blive ved med at holde til det“ kan føre gruppen ind i frustrationsspiralen. Hold samtalen om frustrationerne løsningsorienteret.',
    'Luk med at vælge de få kvaliteter, gruppen vil arbejde med først. Aftal for hver af dem en første konkret handling, hvem der tager den, og hvornår I følger op.',
  ],
  projectorText:
    'Hvilke kollektive kvaliteter har vi brug for i vores kultur? Sæt kryds hver for sig – bagefter tager vi ét punkt ad gangen.',
  prompts: [
    'Hvad har vi som gruppe brug for at gøre mere af?',
    'Hvad har du svaret, og hvorfor?',
    'Er det noget, vi gerne vil blive bedre til – og hvordan gør vi det?',
  ],
  minutes: 35,
  iglo: ['gruppe'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section:
      'Værktøj: Kultur på gruppeniveauet – skab rammer for en fællesskabsorienteret kultur. Hvilke kollektive kvaliteter har vi brug for i vores kultur?',
  },
  steps: [
    {
      id: 'kvaliteter',
      kind: 'checklist',
      title: 'Hvad har vi brug for mere af?',
      prompt: 'Sæt kryds ved de kvaliteter, du mener, gruppen har brug for mere af.',
      groups: [
        {
          id: 'kvaliteter',
          items: [
            { id: 'mere-samarbejde', label: 'Har vi brug for at samarbejde mere?' },
            { id: 'kende-hinanden', label: 'Har vi brug for at kende hinanden bedre?' },
            { id: 'taenke-vi', label: 'Har vi brug for at tænke „vi“ om vores opgaver?' },
            {
              id: 'trygge-i-gruppen',
              label:
                'Har vi brug for at føle os trygge i gruppen, så vi kan sige vores mening om det psykiske arbejdsmiljø?',
            },
            {
              id: 'tale-om-arbejdsmiljoeet',
              label:
                'Har vi brug for at tale sammen i gruppen om arbejdsmiljøet og have fokus på de vilkår, vi har til fælles?',
            },
            { id: 'handle-kollektivt', label: 'Har vi brug for at handle sammen som gruppe på problemerne?' },
            {
              id: 'lederen-med',
              label:
                'Har vi brug for, at vores leder er en del af fællesskabet og løbende taler med os om arbejdsmiljøet?',
            },
            {
              id: 'kende-reaktioner',
              label:
                'Har vi brug for at kende hinandens måde at reagere på under pres, så vi lettere opdager, når en af os ikke har det godt?',
            },
            {
              id: 'bevidste-om-pres',
              label: 'Har vi brug for at blive bevidste om, hvordan vi som gruppe håndterer pres i arbejdet?',
            },
            {
              id: 'nedskalere-frustration',
              label: 'Har vi brug for at nedskalere frustrationsspiraler og holde fokus på løsninger?',
              help: 'Frustrationsspiralen er kildens betegnelse for en gruppe, der går fra at fokusere på et problem over ophobet frustration til kollektiv opgivelse og stress. Se øvelsen „Frustrationsspiralen“.',
            },
          ],
        },
      ],
    },
    {
      id: 'samtale',
      kind: 'dialogue',
      title: 'Ét punkt ad gangen',
      prompt: 'Tag punkterne ét ad gangen, og begynd med dem, flest har krydset.',
      questions: [
        {
          id: 'hvad-svarede-vi',
          text: 'Hvad har vi hver især svaret – og hvorfor?',
          minutes: 5,
          hint: 'Lad tovholderen give ordet rundt, så alle kommer til orde, før gruppen drøfter.',
        },
        {
          id: 'blive-bedre',
          text: 'Er det noget, vi gerne vil blive bedre til?',
          minutes: 5,
        },
        {
          id: 'hvordan',
          text: 'Hvordan gør vi det – hvad er første skridt, og hvem tager det?',
          minutes: 8,
        },
        {
          id: 'lederen',
          text: 'Hvad har vi brug for fra vores leder for at lykkes med det?',
          minutes: 4,
          hint: 'Kilden understreger, at det kollektive, løsningsorienterede fokus forudsætter en tæt og tillidsfuld dialog med ledelsen.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
