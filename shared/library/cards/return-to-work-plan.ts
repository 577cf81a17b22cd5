import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'return-to-work-plan',
  kind: 'slide',
  title: 'Tilbage til arbejdet: gradvis optrapning',
  purpose:
    'Viser, hvordan en medarbejder, der er sygemeldt med stress, kan vende tilbage til arbejdet: få timer i starten, gradvis flere timer, en fast ugentlig restitutionsdag og opgaver, der bliver mere komplekse i takt med, at kræfterne vender tilbage. Kortet giver leder, medarbejder og kolleger et fælles billede af, hvad en tilbagevenden kan indeholde.',
  instructions: [
    'Vis tabellen over arbejdstiden, og forklar princippet: Man begynder med få timer om dagen og trapper løbende op. Én dag om ugen er en restitutionsdag (R) uden arbejde; kilden bruger onsdag som eksempel.',
    'Sig tydeligt, at tabellen er et generelt eksempel. Den konkrete opstart skal altid aftales med arbejdsgiveren.',
    'Vis derefter opgavernes kompleksitet: grønne opgaver kan klares fra starten, gule på kort sigt og røde først på lidt længere sigt.',
    'Bed deltagerne give eksempler fra deres eget arbejde på grønne, gule og røde opgaver (ca. 10 minutter). Skriv dem op.',
    'Kilden er tynd på nogle punkter: Den siger ikke, hvor længe hvert trin i optrapningen varer, eller hvornår man går fra grønne til gule og røde opgaver, og dens eksempler på opgaver pr. faggruppe findes i et andet materiale („8 brancher og stress“). Aftal tempoet for den enkelte med medarbejderen, lederen og de fagpersoner, der er involveret.',
  ],
  projectorText:
    'Start med få timer, og trap gradvist op. Én restitutionsdag (R) om ugen. Grønne opgaver først – gule og røde senere.',
  prompts: [
    'Hvilke opgaver hos os er grønne, gule og røde?',
    'Hvordan kan en gradvis opstart se ud i jeres arbejde?',
  ],
  minutes: 20,
  iglo: ['individ', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: {
    document: 'aalborg-tilbage-til-arbejdet',
    section: 'Arbejdsfastholdelse: arbejdsmodifikation – arbejdstid og kompleksitet',
  },
  steps: [
    {
      id: 'arbejdstid',
      kind: 'slide',
      title: 'Arbejdstid: gradvis optrapning',
      blocks: [
        { type: 'heading', text: 'Optrapning af arbejdstiden – et generelt eksempel' },
        {
          type: 'table',
          header: ['Trin', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag'],
          rows: [
            ['1', '2 timer', '2 timer', 'R', '2 timer', '2 timer'],
            ['2', '2½ timer', '2½ timer', 'R', '2½ timer', '2½ timer'],
            ['3', '3 timer', '3 timer', 'R', '3 timer', '3 timer'],
            ['4', '3½ timer', '3½ timer', 'R', '3½ timer', '3½ timer'],
            ['Og så videre', 'op til 7 timer', 'op til 7 timer', 'R', 'op til 7 timer', 'op til 7 timer'],
          ],
        },
        {
          type: 'bullets',
          items: [
            'R betyder restitutionsdag: en fast dag om ugen uden arbejde, fx onsdag.',
            'Start med få timer, og læg løbende flere til.',
            'Den konkrete opstart skal aftales med arbejdsgiveren.',
          ],
        },
      ],
    },
    {
      id: 'opgaver',
      kind: 'slide',
      title: 'Opgavernes kompleksitet',
      blocks: [
        { type: 'heading', text: 'Grønne, gule og røde opgaver' },
        {
          type: 'model',
          shape: 'steps',
          title: 'Fra opstart til længere sigt',
          items: [
            {
              id: 'groen',
              label: 'Grøn: kan klares fra opstarten',
              text: 'Rutineopgaver og opgaver, hvor man ved, hvad der skal ske.',
            },
            {
              id: 'gul',
              label: 'Gul: kan klares på kort sigt',
              text: 'Opgaver, hvor man begynder at have ansvaret alene, men stadig kan trække sig fra opgaven igen.',
            },
            {
              id: 'roed',
              label: 'Rød: først på lidt længere sigt',
              text: 'Opgaver, der kræver overblik – fx med mange samarbejdspartnere – og koncentration, og som har korte frister eller krav om tempo.',
            },
          ],
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
