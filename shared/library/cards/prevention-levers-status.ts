import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'prevention-levers-status',
  kind: 'rating',
  title: 'Status på de fem forebyggelsesgreb',
  purpose:
    'Arbejdsgiveren har pligt til at føre effektivt tilsyn med, at arbejdet udføres sikkert og sundt i forhold til påvirkningerne. Arbejdsmiljøorganisationen kan bidrage med overblik. Øvelsen gør status på de fem forebyggelsesgreb fra Arbejdstilsynets vejledninger: hvor godt lykkes de hos jer, og hvor skal der gøres noget andet eller mere?',
  instructions: [
    'Forklar kort, at de fem greb er Arbejdstilsynets bud på, hvor forebyggelsen sker i praksis: planlægning, oplæring og tilsyn, hjælp og støtte, indflydelse og opfølgning.',
    'Gå grebene igennem ét ad gangen. Læs underspørgsmålene højt, og lad hver deltager vurdere, hvor godt I lykkes med grebet. Giv plads til en note om, hvad der virker, og hvad der mangler (ca. 5 minutter pr. greb).',
    'Vis fordelingen for alle fem greb, og tal om de greb, hvor vurderingerne ligger lavt eller spreder sig mest.',
    'Stil kildens afsluttende spørgsmål: Kalder de påvirkninger, I har fået øje på, på, at I gør noget andet eller mere under et af de fem greb?',
    'Luk med at skrive to-tre konkrete tiltag ind i IGLO-handleplanen med en ansvarlig og en dato. Kilden henviser til hæftet „Forebyg stress i gruppen med opgaven i centrum“ og Arbejdstilsynets spørgeguide til påvirkninger for inspiration til løsninger.',
  ],
  projectorText:
    'Fem forebyggelsesgreb: planlægning – oplæring og tilsyn – hjælp og støtte – indflydelse – opfølgning. Hvor godt lykkes vi?',
  prompts: [
    'Hvor godt lykkes vi med hvert af de fem greb?',
    'Hvad virker, og hvad mangler? Skriv det i noten.',
  ],
  minutes: 45,
  iglo: ['organisation', 'ledelse'],
  phases: ['seminar', 'wrapup'],
  themes: [],
  materials: [],
  source: { document: 'bfa-velfaerd-amo-anker', section: 'Kend de fem forebyggelsesgreb' },
  steps: [
    {
      id: 'status',
      kind: 'rating',
      title: 'Hvor godt lykkes vi med de fem greb?',
      prompt: 'Vurdér hvert greb, og skriv gerne en note om, hvad der virker, og hvad der mangler.',
      items: [
        {
          id: 'planlaegning',
          label: 'Hvordan er arbejdet planlagt og tilrettelagt?',
          help: 'Findes der retningslinjer og et løbende fokus på, hvilke opgaver der skal løses, hvordan de løses og koordineres, hvordan de prioriteres, hvilke frister der gælder, og hvordan krav og forventninger til resultater og service- eller kvalitetsniveau afstemmes – internt og over for borgere, brugere og andre?',
        },
        {
          id: 'oplaering-tilsyn',
          label: 'Hvordan foregår oplæring, instruktion og tilsyn?',
          help: 'Bliver medarbejderne oplært i den konkrete opgave? Føres der tilsyn med, at arbejdet udføres, som instruktionen siger? Har medarbejderne den viden, opgaverne kræver? Hvordan bliver nye medarbejdere klædt på til arbejdet?',
        },
        {
          id: 'hjaelp-stoette',
          label: 'Hvordan sikres hjælp og støtte i arbejdet?',
          help: 'Får medarbejderne hjælp fra ledelsen til at prioritere og planlægge opgaverne? Afstemmer ledelse og medarbejdere forventningerne til mængden af arbejde og kvalitetsniveauet? Er der faglig støtte og sparring, konstruktiv feedback og anerkendelse for godt arbejde? Tager ledelsen ansvaret for konsekvenserne, hvis fx frister, lovkrav eller det aftalte serviceniveau ikke kan overholdes – og har den sagt til hvem og hvordan?',
        },
        {
          id: 'indflydelse',
          label: 'Hvordan sikres medarbejdernes indflydelse på arbejdet?',
          help: 'Har medarbejderne indflydelse på valg af arbejdsmetoder, på rækkefølgen og på, hvem de arbejder sammen med? På mængden af arbejde, frister og prioritering af opgaverne? Har de beføjelser til at træffe de nødvendige beslutninger, når kravene er uklare eller modstridende?',
        },
        {
          id: 'opfoelgning',
          label: 'Hvordan følges der op på de forebyggende tiltag?',
          help: 'Virker tiltagene, og bliver de vedligeholdt? Bliver de faktisk brugt?',
        },
      ],
      scale: [
        { value: 1, label: 'Lykkes ikke' },
        { value: 2, label: 'Lykkes delvist' },
        { value: 3, label: 'Lykkes for det meste' },
        { value: 4, label: 'Lykkes godt' },
      ],
      notes: true,
    },
  ],
} satisfies ExerciseCardInput;
