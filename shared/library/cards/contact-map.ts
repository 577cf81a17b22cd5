import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'contact-map',
  kind: 'map',
  title: 'Kontaktkortet: Hvor har AMO kontakt?',
  purpose:
    'Giver arbejdsmiljøorganisationen overblik over, hvilke dele af arbejdspladsen den har god kontakt med og viden om – og hvor den mangler. Så bliver det lettere at vurdere, hvor I ved nok om, hvordan forebyggelsen virker, og hvor I skal følge op.',
  instructions: [
    'Tegn sammen arbejdspladsen op i dens enkelte dele: områder, enheder, afdelinger, teams, faggrupper, ledelse, administration, køkken, rengøring, teknisk service og så videre. Start fra forslagene, og tilføj jeres egne (ca. 10 minutter).',
    'Markér hver del: grøn, hvor I har god kontakt eller viden; rød, hvor I mangler kontakt (ca. 10 minutter). Skriv for hver del, hvem af jer der har kontakten.',
    'Drøft for hver rød del, hvad I kan gøre for at få bedre kontakt. Læg en konkret plan, og fordel opgaverne mellem jer (ca. 15 minutter).',
    'Gå derefter en afdeling ad gangen igennem med opfølgningsspørgsmålene: Hvordan går det, hvilke påvirkninger er på spil, og hvordan går det med de forebyggende tiltag? Beslut, om noget skal undersøges nærmere, eller om I skal gøre noget andet (ca. 20 minutter).',
    'Luk af ved at gennemgå planen: hvem gør hvad, og hvornår følger I op. Skal andre uden for arbejdsmiljøorganisationen involveres, så skriv det ind i IGLO-handleplanen. Har I brug for at gøre mere i forebyggelsen, så kig igen på de fem forebyggelsesgreb.',
    'Kilden er skrevet til uddannelsesinstitutioner; forslagene til enheder er kildens eksempler. Erstat dem med jeres egne.',
  ],
  projectorText:
    'Grøn: her har vi god kontakt og viden. Rød: her mangler vi kontakt. Hvad gør vi ved de røde?',
  prompts: [
    'Hvilke dele af arbejdspladsen har vi god kontakt med og viden om?',
    'Hvor mangler vi kontakt – og hvad kan vi gøre for at få den?',
  ],
  minutes: 60,
  iglo: ['organisation'],
  phases: ['preparation', 'activity'],
  themes: [],
  materials: ['Stort papir med grønne og røde tusser, hvis kortet også tegnes i hånden'],
  source: {
    document: 'bfa-velfaerd-amo-anker',
    section: 'Skab overblik over jeres kontakt med uddannelsesinstitutionen',
  },
  steps: [
    {
      id: 'kontaktkort',
      kind: 'map',
      title: 'Tegn arbejdspladsen, og markér kontakten',
      prompt: 'Tegn arbejdspladsens dele, og markér med grøn eller rød, hvor god jeres kontakt er.',
      unitFields: [
        {
          id: 'navn',
          label: 'Del af arbejdspladsen',
          help: 'Fx et område, en enhed, en afdeling, et team eller en faggruppe.',
        },
        {
          id: 'kontaktperson',
          label: 'Hvem af os har kontakten?',
        },
        {
          id: 'viden',
          label: 'Hvad ved vi om arbejdet og arbejdsmiljøet her?',
          help: 'Grundlaget for, om delen bliver grøn eller rød.',
        },
      ],
      suggestedUnits: [
        { id: 'ledelse', label: 'Ledelse' },
        { id: 'administration', label: 'Administration' },
        { id: 'koekken', label: 'Køkken' },
        { id: 'rengoering', label: 'Rengøring' },
        { id: 'teknisk-service', label: 'Teknisk service' },
      ],
      states: [
        { id: 'green', label: 'God kontakt og viden', symbol: '✓' },
        { id: 'red', label: 'Mangler kontakt', symbol: '✗' },
      ],
      planFields: [
        {
          id: 'handling',
          label: 'Hvad gør vi for at få bedre kontakt?',
        },
        {
          id: 'ansvarlig',
          label: 'Hvem af os gør det?',
        },
        {
          id: 'opfoelgning',
          label: 'Hvornår følger vi op?',
        },
      ],
    },
    {
      id: 'opfoelgning',
      kind: 'dialogue',
      title: 'Opfølgning: tilsyn med forebyggelsen',
      prompt: 'Gå én afdeling ad gangen igennem.',
      questions: [
        {
          id: 'hvordan-gaar-det',
          text: 'Hvordan går det i afdelingen, og hvilke påvirkninger er på spil?',
          minutes: 5,
        },
        {
          id: 'tiltag',
          text: 'Hvordan går det med de forebyggende tiltag, vi har sat i gang – og hvordan og hvornår følger vi op på dem?',
          minutes: 5,
        },
        {
          id: 'beslutning',
          text: 'Skal noget undersøges nærmere, eller skal vi gøre noget andet ud fra det, vi har set og drøftet?',
          minutes: 5,
        },
        {
          id: 'plan',
          text: 'Hvad er den konkrete plan, og hvordan fordeler vi opgaverne mellem os?',
          minutes: 5,
          hint: 'Skal nogen uden for arbejdsmiljøorganisationen involveres, så brug IGLO-handleplanen.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
