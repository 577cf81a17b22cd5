import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'stress-symptoms',
  kind: 'slide',
  title: 'Tegn på stress',
  purpose:
    'Giver deltagerne et overblik over kendte stressreaktioner – fysiske, psykiske og adfærdsmæssige – så det bliver lettere at genkende tegnene hos sig selv og hos kolleger og handle i tide.',
  instructions: [
    'Vis tabellen, og forklar de tre kolonner: kroppens signaler, de psykiske reaktioner og det, man kan se udefra i den måde, en person opfører sig på.',
    'Sig tydeligt, at folk reagerer forskelligt på stress, men at der ofte er fællestræk. Listen er ikke en diagnose, men en hjælp til at få øje på, at noget har ændret sig.',
    'Peg på den adfærdsmæssige kolonne: det er ofte her, ledere og kolleger først kan se noget. Vis andet trin med de tegn, kilden fremhæver som de tydeligste for de fleste: at man begynder at opføre sig anderledes end normalt.',
    'Bed deltagerne tænke et øjeblik for sig selv over spørgsmålene (ca. 2 minutter), og tal derefter kort sammen i par (ca. 5 minutter). Ingen skal fortælle om egne symptomer i plenum.',
    'Saml op i plenum på det andet spørgsmål: Hvad gør vi hos os, når vi ser tegnene hos en kollega? Luk med, at det at kende sine egne og hinandens signaler er et af de vigtigste greb i forebyggelsen.',
  ],
  projectorText:
    'Stress viser sig i kroppen, i tankerne og i adfærden. Hvilke tegn kender du hos dig selv – og hvad ville du lægge mærke til hos en kollega?',
  prompts: [
    'Hvilke af tegnene kender du hos dig selv, når presset bliver for stort?',
    'Hvilke tegn ville du kunne se hos en kollega – og hvad gør vi hos os, når vi ser dem?',
  ],
  minutes: 15,
  iglo: ['individ', 'gruppe', 'ledelse'],
  phases: ['seminar'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'Hvad er stress – og hvorfor opstår stressreaktioner?',
  },
  steps: [
    {
      id: 'symptomer',
      kind: 'slide',
      title: 'Kendte stressreaktioner',
      blocks: [
        {
          type: 'table',
          header: ['Fysiske symptomer', 'Psykiske symptomer', 'Adfærdsmæssige symptomer'],
          rows: [
            ['Hjertebanken', 'Anspændthed', 'Flere konflikter, kritisk og irritabel'],
            [
              'Svedeture',
              'Træthed og søvnproblemer',
              'Mister overblikket, har svært ved at beslutte sig, overskrider deadlines, laver fejl',
            ],
            ['Indre uro', 'Svækket hukommelse', 'Taler hektisk, afbryder andre'],
            ['Muskelsmerter', 'Svært ved at koncentrere sig', 'Trækker sig fra det sociale'],
            ['Ondt i maven', 'Utålmodighed', 'Bruger flere stimulanser'],
            ['Hovedpine', 'Rastløshed', 'Mindre engagement'],
            ['Nedsat immunforsvar', 'Depressive symptomer og angst', 'Mere fravær'],
          ],
        },
        {
          type: 'paragraph',
          text: 'Vi reagerer forskelligt på stress, men der er ofte fællestræk. Tabellen samler en række kendte reaktioner.',
        },
      ],
    },
    {
      id: 'tydeligste-tegn',
      kind: 'slide',
      title: 'De tydeligste tegn',
      blocks: [
        { type: 'heading', text: 'Når man opfører sig anderledes end normalt' },
        {
          type: 'paragraph',
          text: 'For de fleste er det tydeligste tegn på dårlig trivsel, at man ændrer adfærd. Man kan fx:',
        },
        {
          type: 'bullets',
          items: [
            'blive mindre effektiv',
            'lave flere fejl i arbejdet end normalt',
            'have flere sygedage end normalt',
            'få symptomer på stress',
            'få svært ved samarbejdet',
            'isolere sig på arbejdspladsen',
          ],
        },
        {
          type: 'paragraph',
          text: 'Derfor er det vigtigt, at den enkelte kender sine egne signaler og handler på dem, og at kolleger og leder kender hinanden godt nok til at se, når noget ændrer sig.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
