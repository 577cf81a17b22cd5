import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'load-curve',
  kind: 'curve',
  title: 'Belastningskurven',
  purpose:
    'Hjælper den enkelte eller gruppen med at se, hvor længe og hvor hårdt belastningen har stået på det seneste halve år, og hvilke muligheder der har været for at restituere. Både intensiteten og varigheden af en belastning har betydning, og kurven gør det tydeligt, hvornår man har været i overbelastning, og hvad der hjælper tilbage.',
  instructions: [
    'Forklar kurven: Den vandrette akse er de seneste seks måneder, den lodrette er belastningen. Nederst ligger underbelastning, i midten optimal belastning og øverst overbelastning.',
    'Sig, at alle oplever stressende situationer og perioder. Det afgørende er, hvor intens belastningen er, hvor længe den varer, og om der har været mulighed for at restituere undervejs.',
    'Bed hver deltager om at tegne sin egen kurve måned for måned (ca. 5 minutter). Kurven kan også tegnes for gruppen eller afdelingen samlet. Ingen skal skrive navn på sin kurve.',
    'Stil spørgsmålene et ad gangen. Lad først deltagerne tænke selv, og lad dem derefter tale to og to om udsvingene, om hvad og hvem der hjælper tilbage til optimal belastning, og om hvordan de bedst restituerer (ca. 10 minutter).',
    'Vis de samlede kurver, og saml op i plenum: Er der perioder, hvor mange har ligget højt? Hvad skete der dér? Hold fokus på forholdene i arbejdet, ikke på den enkeltes kurve.',
    'Kilden beskriver ikke de tre zoner nærmere end ved navn; brug beskrivelserne på kortet som støtte, og lad deltagerne selv sætte ord på, hvad optimal belastning er for dem.',
    'Luk med at notere én ting, der hjælper gruppen tilbage fra overbelastning, og én ting, der giver bedre restitution efter travle perioder.',
  ],
  projectorText:
    'Tegn din kurve for de seneste seks måneder: Hvornår har du været under-, optimalt eller overbelastet? Hvad hjalp dig tilbage?',
  prompts: [
    'Hvordan ser din kurve ud gennem de seneste seks måneder?',
    'Hvordan forklarer du udsvingene?',
    'Hvad og hvem kan hjælpe dig fra overbelastning tilbage til optimal belastning?',
    'Hvordan restituerer du bedst under og efter belastede perioder?',
  ],
  minutes: 25,
  iglo: ['individ', 'gruppe'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: ['Papir og kuglepen eller et stort ark med tidsaksen, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'Værktøj: Belastningskurven' },
  steps: [
    {
      id: 'kurven',
      kind: 'curve',
      title: 'Din belastning de seneste seks måneder',
      prompt: 'Sæt et punkt for hver måned: Hvor lå din belastning?',
      monthsBack: 6,
      zones: [
        {
          id: 'under',
          label: 'Underbelastning',
          help: 'Belastningen ligger under det, du kan og gerne vil rumme.',
        },
        {
          id: 'optimal',
          label: 'Optimal belastning',
          help: 'Du kan håndtere kravene og når at restituere. Korte spidser, hvor du yder en ekstra indsats, hører med og er både normale og hensigtsmæssige.',
        },
        {
          id: 'over',
          label: 'Overbelastning',
          help: 'Kravene overstiger dine ressourcer. Varer det ved, kommer du ikke i ro og balance og når ikke at samle kræfter igen.',
        },
      ],
      questions: [
        'Hvordan vil du tegne din kurve – eller jeres fælles kurve – gennem de seneste seks måneder?',
        'Hvordan forklarer du udsvingene?',
        'Hvad og hvem kan hjælpe dig fra overbelastning tilbage til optimal belastning?',
        'Hvordan restituerer du bedst under og efter belastede perioder?',
      ],
    },
  ],
} satisfies ExerciseCardInput;
