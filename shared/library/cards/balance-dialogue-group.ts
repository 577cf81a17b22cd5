import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'balance-dialogue-group',
  kind: 'scale',
  title: 'Gruppens dialog om balance mellem opgaver og ressourcer',
  purpose:
    'Giver gruppen og lederen et fælles billede af den oplevede balance mellem opgaver og ressourcer i afdelingen. Alle stemmer bliver hørt, ingen står alene med belastningerne, og gruppen finder sammen ud af, hvad der kan løses internt – fx ved at omfordele opgaver og støtte hinanden – og hvad der skal løftes videre op i organisationen.',
  instructions: [
    'Forklar formålet: at tale om forholdene i arbejdet, dele oplevelser af belastninger og finde løsninger sammen, så ingen sidder alene med det. Ansvaret deles i fællesskab, og lederen inddrages i det, der er svært.',
    'Sæt rammen tydeligt: Samtalen skal handle om løsninger, så frustrationerne ikke tager over. Giv gerne medarbejderne mulighed for at tale sammen før mødet som forberedelse.',
    'Bed hver deltager sætte sit mærke på skalaen: Hvordan er balancen i afdelingen lige nu i forhold til opgaver, tid, bemanding og kompetencer? Kilden foreslår en skala fra 1 til 10, men angiver ikke, hvad enderne betyder; her er 1 stor ubalance og 10 god balance (ca. 3 minutter).',
    'Vis fordelingen, og tag en kort runde om, hvorfor mærkerne står, hvor de står. Kilden peger på, at medarbejdere kan stå forskellige steder i ressourcer, kompetencer, ambitioner og indstilling – tal gerne om forskellene i forhold til den fælles opgave.',
    'Tag spørgsmålene i dialogtrinnet ét ad gangen (ca. 30 minutter i alt). Ved spørgsmålet om ledelsens hjælp kan listen over typiske udfordringer bruges som støtte.',
    'Luk med at skrive ned, hvad gruppen selv gør, og hvad der skal videre til lederen eller højere op. Aftal et fast møde, hvor balancen tages op igen; kilden advarer mod, at man i travle perioder dropper at afstemme med hinanden og knokler løs hver for sig.',
  ],
  projectorText:
    'Hvordan er balancen i afdelingen lige nu – opgaver, tid, bemanding, kompetencer? Sæt dit mærke fra 1 til 10. Derefter: Hvad hjælper, hvad gør det sværere, og hvad har vi brug for?',
  prompts: [
    'Hvordan er balancen i afdelingen lige nu, fra 1 til 10?',
    'Hvordan kan vi hjælpe hinanden i pressede situationer?',
    'Hvad har vi konkret brug for for at levere som aftalt?',
  ],
  minutes: 45,
  iglo: ['gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'På gruppeniveau: Balance mellem opgaver og ressourcer – Værktøj: Dialogguide',
  },
  steps: [
    {
      id: 'balancen-nu',
      kind: 'scale',
      title: 'Balancen i afdelingen lige nu',
      prompt:
        'Hvordan er den nuværende balance i afdelingen i forhold til opgaver, tid, bemanding og kompetencer?',
      min: 1,
      max: 10,
      minLabel: 'Stor ubalance',
      maxLabel: 'God balance',
      askWhy: true,
    },
    {
      id: 'dialogguide',
      kind: 'dialogue',
      title: 'Dialogguide for gruppen',
      questions: [
        {
          id: 'andre-afdelinger',
          text: 'Hvordan hænger opgaveløsningen i afdelingen sammen med de øvrige afdelinger og samarbejdspartnere?',
          minutes: 3,
        },
        {
          id: 'maal',
          text: 'Hvad er målet for vores opgaver?',
          minutes: 3,
          hint: 'Gensidig afklaring mellem gruppen og lederen.',
        },
        {
          id: 'forventninger',
          text: 'Hvilke forventninger har vi til opgaveløsningen?',
          minutes: 3,
          hint: 'Gensidig afklaring mellem gruppen og lederen.',
        },
        {
          id: 'hjaelper',
          text: 'Er der forhold, der hjælper os i vores arbejde?',
          minutes: 3,
        },
        {
          id: 'svaerere',
          text: 'Er der forhold, der gør tingene sværere?',
          minutes: 3,
        },
        {
          id: 'hjaelpe-hinanden',
          text: 'Hvordan kan vi hjælpe hinanden i pressede situationer?',
          minutes: 4,
        },
        {
          id: 'ledelsens-hjaelp',
          text: 'Hvilke forhold har vi brug for ledelsens hjælp til at løse?',
          minutes: 5,
          hint: 'Typiske udfordringer: stor arbejdsmængde, høje kvalitetskrav, stor kompleksitet, modsatrettede krav, rolleuklarhed, mangel på kompetencer, hyppige ændringer i planer, uforudsigelighed – eller andet.',
        },
        {
          id: 'konkret-brug-for',
          text: 'Hvad har vi konkret brug for for at levere som aftalt – internt i gruppen, fra de øvrige afdelinger, fra lederen og fra eksterne samarbejdspartnere?',
          minutes: 6,
          hint: 'Skriv svarene i fire bunker: internt i gruppen, øvrige afdelinger, fra lederen og fra eksterne samarbejdspartnere.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
