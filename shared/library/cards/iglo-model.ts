import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'iglo-model',
  kind: 'slide',
  title: 'IGLO-modellen: fire niveauer i forebyggelsen',
  purpose:
    'Viser, at stress sjældent kun handler om den enkeltes robusthed, og at både forebyggelse og håndtering virker bedst, når man arbejder på alle fire niveauer – individ, gruppe, ledelse og organisation – og ser på, hvordan de hænger sammen. Modellen er rammen for mange af de øvrige øvelser.',
  instructions: [
    'Forklar forkortelsen: IGLO står for Individ, Gruppe, Ledelse og Organisation.',
    'Vis modellen, og gå niveauerne igennem oppefra: hvad hvert niveau er, og hvad det kan gøre for at forebygge stress. Brug 1-2 minutter pr. niveau.',
    'Giv kildens eksempler på, at stress hos en medarbejder ofte har rødder på andre niveauer: manglende støtte fra leder og kolleger, dårlig planlægning af produktionen og mangelfuld kommunikation og inddragelse ved større forandringer.',
    'Vis andet trin: Man sætter ofte ind på det niveau, hvor belastningen mærkes. Det er nødvendigt her og nu, men forskning og erfaring viser, at forebyggelsen holder længere, når indsatsen bredes ud til alle niveauer.',
    'Bed deltagerne om at tale to og to om spørgsmålene (ca. 5 minutter), og tag et par eksempler i plenum.',
    'Luk med at fortælle, at de følgende øvelser er bygget op efter de fire niveauer, så I kan se, hvem der kan gøre hvad.',
  ],
  projectorText:
    'IGLO: Individ, Gruppe, Ledelse og Organisation. Stress forebygges bedst, når alle fire niveauer er med – og når vi ser på, hvordan de påvirker hinanden.',
  prompts: [
    'Tænk på en periode med meget pres hos jer: Hvad på hvert af de fire niveauer var med til at skabe det?',
    'På hvilket niveau sætter I typisk ind – og hvilket niveau glemmer I oftest?',
  ],
  minutes: 15,
  iglo: ['individ', 'gruppe', 'ledelse', 'organisation'],
  phases: ['preparation', 'seminar'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'Forebyggelse og håndtering af stress – IGLO modellen',
  },
  steps: [
    {
      id: 'niveauer',
      kind: 'slide',
      title: 'De fire IGLO-niveauer',
      blocks: [
        {
          type: 'model',
          shape: 'layers',
          title: 'IGLO',
          items: [
            {
              id: 'organisation',
              label: 'Organisation',
              iglo: 'organisation',
              text: 'Først og fremmest topledelsen, som med sine prioriteringer, beslutninger og handlinger sætter de overordnede rammer: strukturer, organisering af arbejdet, processer og teknologi. Topledelsen er også en vigtig kulturbærer. Hertil kommer samarbejdsorganerne – samarbejdsudvalg og arbejdsmiljøorganisation – fx i arbejdet med det psykiske arbejdsmiljø og personalepolitikker.',
            },
            {
              id: 'ledelse',
              label: 'Ledelse',
              iglo: 'ledelse',
              text: 'Mellemlederne med personaleansvar for hver deres afdeling eller område. De vigtigste opgaver er at melde klare mål ud, uddelegere beslutninger, skabe mening og sikre balancen mellem opgaver og ressourcer – for afdelingen og for den enkelte. Lederen har også en særlig rolle i at skabe et fællesskab, hvor man taler åbent og hjælper hinanden.',
            },
            {
              id: 'gruppe',
              label: 'Gruppe',
              iglo: 'gruppe',
              text: 'Medarbejderne i afdelingen, teamet eller området. Gruppen kan skabe et fælles overblik over opgaver og ressourcer, give hinanden menneskelig og praktisk støtte og arbejde for en lyttende og åben kultur med empati, forståelse, anerkendelse og en ordentlig, respektfuld tone.',
            },
            {
              id: 'individ',
              label: 'Individ',
              iglo: 'individ',
              text: 'Den enkelte medarbejder og dennes medansvar for egen forebyggelse: at holde øje med egen balance mellem opgaver og ressourcer, kende sine signaler og handle på dem. Personlig planlægning og prioritering, et realistisk ambitionsniveau og åbenhed om symptomer hører med – og livsstil som kost, rygning, alkohol, motion og søvn.',
            },
          ],
        },
      ],
    },
    {
      id: 'sammenhaeng',
      kind: 'slide',
      title: 'Niveauerne hænger sammen',
      blocks: [
        {
          type: 'paragraph',
          text: 'Når en medarbejder bliver stresset, handler det ofte om meget mere end hans eller hendes robusthed. Problemer på de andre niveauer kan bidrage, fx:',
        },
        {
          type: 'bullets',
          items: [
            'manglende støtte fra leder og kolleger',
            'dårlig planlægning af produktionen',
            'mangelfuld kommunikation og inddragelse ved større forandringer',
          ],
        },
        {
          type: 'paragraph',
          text: 'Vi sætter ofte ind dér, hvor belastningen mærkes, og det er nødvendigt her og nu. Men en arbejdsplads er fuld af gensidige afhængigheder, og forebyggelsen bliver mere effektiv og holder længere, når indsatsen omfatter alle fire niveauer.',
        },
        {
          type: 'bullets',
          items: [
            'Medarbejderne skal klædes godt på til at løse opgaverne.',
            'Kollegerne i teamet skal hjælpe hinanden og samarbejde konstruktivt.',
            'Lederen skal støtte op om medarbejderen.',
            'Arbejdet skal organiseres og tilrettelægges forsvarligt.',
          ],
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
