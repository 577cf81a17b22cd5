import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'prevention-focus',
  kind: 'rating',
  title: 'Har vi fokus på alle tre typer forebyggelse?',
  purpose:
    'Gør status på, om arbejdspladsen har et løbende trivselsfokus i alle tre typer stressforebyggelse – den primære, den sekundære og den tertiære – og om I lærer af tidligere stressrelaterede sygefraværsforløb. Øvelsen viser, hvor I allerede gør noget, og hvor der skal sættes mere ind. Den er oplagt som tema i arbejdsmiljøorganisationen og samarbejdsudvalget.',
  instructions: [
    'Indled med kildens pointe: Trivsel er den bedste stressforebyggelse og kræver løbende opmærksomhed. En systematisk og helhedsorienteret indsats rummer både primær, sekundær og tertiær forebyggelse – gode rammer for arbejdet, tidlig håndtering af signaler på stress og et beredskab, der giver effektiv hjælp til medarbejdere med alvorlig stress.',
    'Fortæl, at kilden anbefaler, at topledelse og AMO melder det tredelte fokus klart ud i organisationen, så alle har samme udgangspunkt for forebyggelsen. Et citat i kilden siger det sådan: Får vi en arbejdsrelateret stresssygemelding, er det et tegn på, at der er noget, vi som organisation ikke har gjort godt nok.',
    'Gå de fire punkter igennem ét ad gangen. Lad hver deltager vurdere, hvor stærkt jeres fokus er i dag, og skrive i noten: Hvad gør vi nu, og hvad har vi brug for at gøre yderligere? (ca. 5 minutter pr. punkt). Kilden giver ikke selv en skala; kortet bruger fire trin fra „Intet fokus“ til „Stærkt fokus“.',
    'Kilden formulerer ikke et eget spørgsmål til læringen af tidligere sygefraværsforløb i skemaet; kortet bruger spørgsmålet fra kildens dialog i AMO og SU: Hvad kan vi lære af tidligere stressrelaterede sygefraværsforløb i forhold til de tre typer forebyggelse?',
    'Vis fordelingen for alle fire punkter, og tag dialogtrinnet om de punkter, hvor vurderingerne ligger lavest eller spreder sig mest (ca. 15 minutter).',
    'Luk med at vælge to-tre tiltag, der skal styrke forebyggelsen, med en ansvarlig og en dato – gerne ind i IGLO-handleplanen eller APV-handlingsplanen – og aftal, hvordan ledelsen melder fokus ud.',
  ],
  projectorText:
    'Primær, sekundær og tertiær forebyggelse – og læring af tidligere sygefravær. Hvad gør vi nu, og hvad skal vi gøre mere af?',
  prompts: [
    'Hvor stærkt er vores fokus på hver type forebyggelse i dag?',
    'Hvad gør vi nu – og hvad har vi brug for at gøre yderligere?',
    'Hvad kan vi lære af tidligere stressrelaterede sygefraværsforløb?',
  ],
  minutes: 45,
  iglo: ['organisation', 'ledelse'],
  phases: ['preparation', 'seminar', 'wrapup'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'Værktøj: Dialog om det løbende trivselsfokus hos jer',
  },
  steps: [
    {
      id: 'status',
      kind: 'rating',
      title: 'Hvor stærkt er vores fokus?',
      prompt:
        'Vurdér hvert punkt, og skriv i noten: Hvad gør vi nu, og hvad har vi brug for at gøre yderligere?',
      items: [
        {
          id: 'primaer',
          label: 'Primær forebyggelse: Har vi fokus på realistiske rammer for arbejdet?',
          help: 'Et inkluderende psykisk arbejdsmiljø med gode rammer for arbejdet, så stress ikke opstår.',
        },
        {
          id: 'sekundaer',
          label: 'Sekundær forebyggelse: Hjælper vi den enkelte med at håndtere presset?',
          help: 'En hensigtsmæssig og tidlig håndtering af signaler på stress.',
        },
        {
          id: 'tertiaer',
          label: 'Tertiær forebyggelse: Kan vi tilbyde hjælp til stressramte?',
          help: 'Et beredskab, der sikrer effektiv hjælp til medarbejdere med alvorlig stress.',
        },
        {
          id: 'laering',
          label: 'Læring af tidligere sygefraværsforløb: Hvad lærer vi af dem?',
          help: 'Hvilke erfaringer har vi fra tidligere stressrelaterede sygefraværsforløb, og hvad kan de lære os om de tre typer forebyggelse?',
        },
      ],
      scale: [
        { value: 1, label: 'Intet fokus' },
        { value: 2, label: 'Lidt fokus' },
        { value: 3, label: 'Noget fokus' },
        { value: 4, label: 'Stærkt fokus' },
      ],
      notes: true,
    },
    {
      id: 'dialog',
      kind: 'dialogue',
      title: 'Hvor skal vi sætte ind?',
      questions: [
        {
          id: 'alle-tre',
          text: 'Har vi fokus på alle tre typer forebyggelse – eller fylder én af dem det hele?',
          minutes: 4,
        },
        {
          id: 'mangler',
          text: 'Hvor mangler vi at sætte ind, og hvor kan vi styrke forebyggelsen yderligere?',
          minutes: 5,
        },
        {
          id: 'hvad-skal-der-til',
          text: 'Hvad skal der til – og hvem skal gøre det?',
          minutes: 5,
          hint: 'Kilden lægger op til, at topledelse og AMO melder det tredelte fokus klart ud. Spørg, hvem der skal fortælle organisationen om det, I beslutter.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
