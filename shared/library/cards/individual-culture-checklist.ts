import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'individual-culture-checklist',
  kind: 'checklist',
  title: 'Har vi en individuel kultur?',
  purpose:
    'Hjælper gruppen med at finde ud af, om den har en individuel kultur, hvor hver enkelt klarer sig selv og bærer udfordringerne på egne skuldre – og med at tale om, hvad den gerne vil blive bedre til. Det er første af tre trin mod en mere fællesskabsorienteret kultur: først at finde ud af, hvad der kendetegner ens egen kultur, derefter at tale om, hvilke kollektive kvaliteter kulturen skal have, og til sidst om, hvordan de kvaliteter skabes.',
  instructions: [
    'Vælg en tovholder, der styrer dialogen. Det kan være en fra gruppen selv.',
    'Gennemgå kort de to arbejdskulturer, som kilden beskriver (første trin, ca. 5 minutter). Understreg, at ingen kultur er rigtig eller forkert i sig selv; det handler om, hvordan den håndterer pres.',
    'Bed hver deltager udfylde tjeklisten for sig selv og sætte kryds ved de udsagn, der passer på gruppen (ca. 5 minutter). Rummet ser kun, hvor mange der har krydset hvert udsagn.',
    'Tag derefter ét udsagn ad gangen og drøft de tre spørgsmål i dialogtrinnet: hvad I hver især har svaret, om det er noget, I gerne vil blive bedre til, og hvordan I gør det (ca. 20 minutter). Begynd med de udsagn, flest har krydset.',
    'Skriv gruppens svar på „hvordan“ ned som konkrete aftaler.',
    'Luk med at pege frem mod næste trin i kilden: at tale om, hvilke kollektive kvaliteter I har brug for i jeres kultur – fx i øvelsen om kollektive kvaliteter.',
  ],
  projectorText:
    'Klarer hver enkelt sig selv hos os? Sæt kryds ved de udsagn, der passer på vores gruppe – og tal om, hvad vi vil blive bedre til.',
  prompts: [
    'Hvilke af udsagnene passer på vores gruppe?',
    'Er det noget, vi gerne vil blive bedre til – og hvordan gør vi det?',
  ],
  minutes: 35,
  iglo: ['gruppe'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: ['Tjeklisten på papir til hver deltager, hvis der ikke bruges projektor'],
  source: {
    document: 'bfa-industri-stress',
    section: 'Værktøj: Kultur på gruppeniveauet – Har vi en individuel kultur?',
  },
  steps: [
    {
      id: 'to-kulturer',
      kind: 'slide',
      title: 'Den individuelle og den kollektive kultur',
      blocks: [
        {
          type: 'table',
          header: ['Kendetegn', 'Den individuelle kultur', 'Den kollektive kultur'],
          rows: [
            [
              'Grundtræk',
              'Hver enkelt klarer sig selv og bærer udfordringerne på egne skuldre. Man spørger sjældent kolleger eller leder om hjælp, men arbejder sig ud af tingene og finder selv løsninger på de forhindringer, der opstår.',
              'Medarbejderne håndterer tingene sammen og går ofte til hinanden for at få hjælp eller læsse af. Arbejdsmiljøet er naturligt at tale om i gruppen, og man går også sammen til ledelsen.',
            ],
            [
              'Når der er travlt',
              'Man taler om travlheden, men signalerer tydeligt, at man kan klare det. Der er ikke umiddelbart plads til at vise sårbarhed eller tale om udfordringer i arbejdet eller derhjemme.',
              'Travlheden fylder meget i snakken – enten som „vi har travlt, men vi klarer det sammen“ eller som „vi har travlt, og vi kan ikke blive ved med at holde til det“.',
            ],
            [
              'Når presset stiger',
              'Man forsøger at arbejde hurtigere og mere effektivt, isolerer sig, sænker kvaliteten for at nå det hele og søger mere energi gennem fx motion, afspænding og bedre søvn. Leder og kolleger får ikke at vide, at der er ubalance.',
              'Lyder det „vi klarer det sammen“, står man sammen, taler om udfordringerne og finder fælles løsninger. Kolleger hjælper med at se tingene på nye måder, og ansvaret deles. Det kræver en tæt og tillidsfuld dialog med ledelsen.',
            ],
            [
              'Hvis stress udvikler sig',
              'En stresssygemelding kommer som lyn fra en klar himmel, for ingen har talt om, hvordan den enkelte har det, og alle tror, at de andre kan klare det.',
              'Lyder det „vi kan ikke blive ved med at holde til det“, er der risiko for en frustrationsspiral, hvor gruppen fokuserer på et problem, den ikke kan finde den rette handling på.',
            ],
          ],
        },
      ],
    },
    {
      id: 'tjekliste',
      kind: 'checklist',
      title: 'Tjekliste: Har vi en individuel kultur?',
      prompt: 'Sæt kryds ved de udsagn, der passer på vores gruppe.',
      groups: [
        {
          id: 'udsagn',
          items: [
            {
              id: 'taler-sjaeldent-om-udfordringer',
              label: 'Vi taler sjældent om udfordringerne i arbejdet',
            },
            { id: 'klarer-selv', label: 'Vi klarer typisk vores udfordringer selv' },
            { id: 'arbejder-os-ud', label: 'Vi forsøger at arbejde os ud af tingene' },
            { id: 'soeger-ikke-hjaelp', label: 'Vi søger ikke så tit hjælp hos hinanden' },
            { id: 'saenker-kvaliteten', label: 'Vi sænker kvaliteten i arbejdet for at nå det' },
            {
              id: 'taler-sjaeldent-om-trivsel',
              label: 'Vi taler sjældent med hinanden om, hvordan vi har det',
            },
            {
              id: 'pauser',
              label: 'Vi får ikke altid prioriteret at mødes til pauser eller lignende',
            },
            { id: 'tilbyder-sjaeldent-hjaelp', label: 'Vi tilbyder sjældent hinanden vores hjælp' },
            { id: 'leder-individuelt', label: 'Vi går sjældent til vores leder hver for sig' },
            { id: 'leder-sammen', label: 'Vi går sjældent til vores leder sammen' },
          ],
        },
      ],
    },
    {
      id: 'dialog',
      kind: 'dialogue',
      title: 'Ét udsagn ad gangen',
      prompt: 'Tag ét udsagn ad gangen, og drøft de tre spørgsmål.',
      questions: [
        {
          id: 'svar',
          text: 'Hvad har I hver især svaret?',
          minutes: 5,
          hint: 'Tovholderen sørger for, at alle kommer til orde, før gruppen diskuterer.',
        },
        {
          id: 'blive-bedre',
          text: 'Er det noget, vi gerne vil blive bedre til?',
          minutes: 5,
        },
        {
          id: 'hvordan',
          text: 'Hvordan gør vi det?',
          minutes: 10,
          hint: 'Skriv svarene ned som konkrete aftaler: hvad, hvem og hvornår.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
