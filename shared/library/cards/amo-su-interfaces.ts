import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'amo-su-interfaces',
  kind: 'slide',
  title: 'Snitflader mellem AMO og SU',
  purpose:
    'Viser, hvilke opgaver der hører til arbejdsmiljøorganisationen, hvilke der hører til samarbejdsudvalget, og hvilke de deler – herunder det psykiske arbejdsmiljø. Kortet hjælper med at aftale, hvem der gør hvad i stressforebyggelsen, så indsatserne hænger sammen, og intet falder mellem to stole.',
  instructions: [
    'Vis modellen, og forklar de tre felter: AMO’s egne opgaver til venstre, samarbejdsudvalgets egne opgaver til højre og de fælles opgaver i midten.',
    'Peg på, at det psykiske arbejdsmiljø, trivsel og sundhed, mobning, chikane og vold samt opfølgning på sygefravær ligger i det fælles felt. Det er her, koordineringen er nødvendig.',
    'Modellen er udviklet af samarbejdssekretariatet og tager udgangspunkt i statslige arbejdspladser med samarbejdsudvalg. Kilden beskriver ikke, hvordan opgaverne fordeler sig i et MED-system; har I MED, så aftal selv, hvordan felterne passer på jeres udvalg.',
    'Brug de tre spørgsmål på sliden til en kort drøftelse på 10–15 minutter: Hvad ved vi om hinandens stressindsatser, hvem har hvilken rolle, og hvordan koordinerer vi?',
    'Skriv aftalerne ned, og tag dem med i IGLO-handleplanen under „Organisation“.',
  ],
  projectorText:
    'AMO og SU har hver deres opgaver – og nogle fælles: trivsel og sundhed, psykisk arbejdsmiljø, mobning, chikane og vold samt opfølgning på sygefravær.',
  prompts: [
    'Hvilke indsatser mod stress er i gang i henholdsvis AMO og SU lige nu?',
    'Hvor er rollefordelingen mellem AMO og SU uklar hos os?',
    'Hvordan sikrer vi, at indsatserne bliver koordineret og tænkt sammen?',
  ],
  minutes: 20,
  iglo: ['organisation'],
  phases: ['preparation', 'seminar'],
  themes: [],
  materials: [],
  source: { document: 'bfa-velfaerd-amo-anker', section: 'Snitflader mellem AMO og SU' },
  steps: [
    {
      id: 'snitflader',
      kind: 'slide',
      title: 'Snitflader mellem AMO og SU',
      blocks: [
        { type: 'heading', text: 'Hvem gør hvad: AMO, SU og de fælles opgaver' },
        {
          type: 'model',
          shape: 'zones',
          title: 'Snitflader mellem AMO og SU',
          items: [
            {
              id: 'amo',
              label: 'Arbejdsmiljøorganisationens opgaver',
              text: 'Planlægge, lede og koordinere arbejdsmiljøarbejdet; arbejdspladsvurderinger; rådgive ledelsen om tiltag; oplæring og instruktion; fremme sikkerhed og sundhed; undersøge ulykker og sundhedsskader.',
              iglo: 'organisation',
            },
            {
              id: 'faelles',
              label: 'Fælles opgaver',
              text: 'Medarbejdernes tilfredshed, trivsel og sundhed; psykisk arbejdsmiljø; mobning, chikane og vold; opfølgning på sygefravær.',
              iglo: 'organisation',
            },
            {
              id: 'su',
              label: 'Samarbejdsudvalgets opgaver',
              text: 'Arbejds-, personale- og samarbejdsforhold; arbejdspladsens udvikling; den økonomiske situation; mål, strategi og resultatkontrakt; personalepolitik; rationaliserings- og omstillingsprojekter; kompetenceudvikling; job på særlige vilkår.',
              iglo: 'organisation',
            },
          ],
        },
        {
          type: 'paragraph',
          text: 'Et godt samarbejde med andre udvalg handler om at dele viden om de tiltag mod stress, der er i gang, at have en klar rollefordeling og at koordinere og tænke indsatserne sammen.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
