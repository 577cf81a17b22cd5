import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'balance-dialogue-leader',
  kind: 'dialogue',
  title: 'Lederens dialogguide: balance mellem opgaver og ressourcer',
  purpose:
    'Giver lederen en fast guide til at teste balancen mellem opgaver og ressourcer sammen med medarbejderne – på et afdelingsmøde eller i en 1:1-samtale. Guiden afklarer mål og forventninger gensidigt, gør udfordringerne konkrete og slutter med, hvad medarbejderne har brug for, og hvad lederen selv skal tage med til sin egen leder.',
  instructions: [
    'Aftal på forhånd med lederen, om guiden bruges med hele afdelingen eller i en 1:1-samtale. Lederen styrer samtalen; du holder tiden og noterer.',
    'Tag første trin: mål, forventninger og sammenhængen med andre afdelinger. Sig, at de to første spørgsmål er gensidig afklaring – både leder og medarbejdere skal sige deres opfattelse (ca. 15 minutter).',
    'I andet trin krydser hver deltager de udfordringer af, han eller hun oplever i at løse opgaverne inden for de nuværende rammer (ca. 3 minutter). Vis fordelingen, og tal kort om de udfordringer, der har flest krydser.',
    'Tag tredje trin: Hvad skal der til for at levere som aftalt, og hvordan kan lederen bedst støtte? Notér svarene som konkrete ønsker (ca. 10 minutter).',
    'Fjerde trin er lederens egen refleksion. Lederen kan tage den alene efter mødet eller i ledergruppen. Kilden peger på to faldgruber, der tager lederens overblik: mange ledelsesskift og mange administrative opgaver.',
    'Luk med at opsummere, hvad lederen har lovet at gøre, og hvornår balancen tages op igen. Kilden anbefaler, at balancen er et fast punkt på afdelingsmøderne.',
  ],
  projectorText:
    'Hvad er målet, og hvad forventer vi af hinanden? Hvilke udfordringer står vi med? Hvad har I brug for – og hvordan kan lederen støtte bedst?',
  prompts: [
    'Hvad er målet for vores opgaver, og hvad forventer vi af opgaveløsningen?',
    'Hvilke udfordringer oplever du i at løse opgaverne inden for de nuværende rammer?',
    'Hvad har du brug for for at levere som aftalt, og hvordan kan lederen støtte dig bedst?',
  ],
  minutes: 45,
  iglo: ['ledelse', 'gruppe'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'På ledelsesniveau: Balance mellem opgaver og ressourcer – Værktøj: Dialogguide',
  },
  steps: [
    {
      id: 'afklaring',
      kind: 'dialogue',
      title: 'Mål, forventninger og sammenhænge',
      questions: [
        {
          id: 'maal',
          text: 'Hvad er målet for vores opgaver – og for dine?',
          minutes: 4,
          hint: 'Gensidig afklaring: Både lederen og medarbejderne siger, hvordan de ser målet.',
        },
        {
          id: 'forventninger',
          text: 'Hvilke forventninger har vi til opgaveløsningen?',
          minutes: 4,
          hint: 'Gensidig afklaring: Stemmer lederens og medarbejdernes forventninger overens?',
        },
        {
          id: 'andre-afdelinger',
          text: 'Hvordan hænger opgaveløsningen i afdelingen sammen med de øvrige afdelinger og samarbejdspartnere?',
          minutes: 4,
        },
        {
          id: 'paa-tvaers',
          text: 'Er der noget, der skal afklares på tværs i den forbindelse?',
          minutes: 3,
        },
      ],
    },
    {
      id: 'udfordringer',
      kind: 'checklist',
      title: 'Udfordringer inden for de nuværende rammer',
      prompt:
        'Er der udfordringer i at løse opgaverne inden for de nuværende rammer? Sæt kryds ved dem, du oplever.',
      groups: [
        {
          id: 'udfordringer',
          items: [
            { id: 'arbejdsmaengde', label: 'Stor arbejdsmængde' },
            { id: 'kvalitetskrav', label: 'Høje kvalitetskrav' },
            { id: 'kompleksitet', label: 'Stor kompleksitet' },
            { id: 'modsatrettede-krav', label: 'Modsatrettede krav' },
            { id: 'rolleuklarhed', label: 'Rolleuklarhed' },
            { id: 'kompetencer', label: 'Mangel på kompetencer' },
            { id: 'aendringer-i-planer', label: 'Hyppige ændringer i planer' },
            { id: 'uforudsigelighed', label: 'Uforudsigelighed' },
            { id: 'andet', label: 'Andet', help: 'Skriv gerne et ord om, hvad det er.' },
          ],
        },
      ],
    },
    {
      id: 'behov',
      kind: 'dialogue',
      title: 'Hvad skal der til?',
      questions: [
        {
          id: 'levere',
          text: 'Hvad har du – eller I – brug for for at kunne levere som aftalt?',
          minutes: 5,
        },
        {
          id: 'stoette',
          text: 'Hvordan kan jeg som leder bedst støtte dig – eller jer?',
          minutes: 5,
          hint: 'Lederen lytter og noterer; løfter, der gives, skrives ned med en tidsfrist.',
        },
      ],
    },
    {
      id: 'lederens-refleksion',
      kind: 'dialogue',
      title: 'Lederens egen refleksion',
      prompt: 'Til lederen, efter samtalen med medarbejderne.',
      questions: [
        {
          id: 'fra-min-leder',
          text: 'Hvad har jeg brug for fra min egen leder, for at vi når i mål?',
          minutes: 3,
        },
        {
          id: 'fra-medarbejderne',
          text: 'Hvad har jeg brug for fra mine medarbejdere, for at vi når i mål?',
          minutes: 3,
        },
        {
          id: 'videre-op',
          text: 'Hvad tager jeg med til min leder om balancen mellem krav og ressourcer i min afdeling?',
          minutes: 3,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
