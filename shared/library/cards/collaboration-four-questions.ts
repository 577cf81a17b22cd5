import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'collaboration-four-questions',
  kind: 'dialogue',
  title: 'Styrk samarbejdet: fire vigtige spørgsmål',
  purpose:
    'Det forebygger i sig selv stress, når medarbejderne oplever, at ledelsen og hele arbejdspladsen tager arbejdsmiljøet alvorligt – og et godt samarbejde om forebyggelsen styrker den oplevelse. Dialogen hjælper arbejdsmiljøorganisationen med at se på samarbejdet internt, med ledelsen og med andre udvalg.',
  instructions: [
    'Fortæl kort, hvorfor samarbejdet betyder noget: Nyere forskning, som kilden henviser til (Dollard 2010), peger på, at det forebygger stress, når medarbejderne oplever, at arbejdsmiljøet bliver taget alvorligt.',
    'Tag de fire spørgsmål i rækkefølge, ca. 10 minutter hvert. Læs eksemplerne op, og lad deltagerne først tænke et minut hver for sig.',
    'Ved spørgsmål 2: Gå de fire punkter igennem ét ad gangen, og spørg, om I kan sætte flueben ved dem alle.',
    'Ved spørgsmål 3: Hold fast i, at målet er at afstemme forventningerne med ledelsen om, hvem der gør hvad. Kilden henviser til hæftet „Lederes arbejde med stress“ for lederens opgaver.',
    'Luk af ved at samle de vigtigste aftaler – hvem gør hvad og hvornår – og skriv dem ind i IGLO-handleplanen under „Organisation“ og „Ledelse“.',
  ],
  projectorText:
    'Fire spørgsmål: Tager vi arbejdsmiljøet alvorligt? Samarbejder vi godt i AMO? Er rollerne klare med ledelsen? Deler vi viden med de andre udvalg?',
  prompts: [
    'Hvordan kan man se, at vi tager arbejdsmiljøet alvorligt?',
    'Hvad kan vi gøre for at styrke samarbejdet i AMO, med ledelsen og med andre udvalg?',
  ],
  minutes: 45,
  iglo: ['organisation', 'ledelse'],
  phases: ['seminar', 'wrapup'],
  themes: ['samarbejde-kultur-mobning'],
  materials: [],
  source: { document: 'bfa-velfaerd-amo-anker', section: 'Styrk samarbejdet: Fire vigtige spørgsmål' },
  steps: [
    {
      id: 'fire-spoergsmaal',
      kind: 'dialogue',
      title: 'Fire vigtige spørgsmål om samarbejdet',
      questions: [
        {
          id: 'alvorligt',
          text: 'Hvordan kan man se, at vi tager arbejdsmiljøet alvorligt – og hvordan sikrer vi, at medarbejderne oplever det?',
          minutes: 10,
          hint: 'Det kan fx vise sig ved, at der findes politikker, praksisser og procedurer for de ansattes sikkerhed og sundhed, og at de er kendte og bliver brugt. For medarbejderne viser det, hvilke værdier arbejdspladsen har, når det gælder mentalt helbred.',
        },
        {
          id: 'samarbejde-i-amo',
          text: 'Hvordan sikrer vi et godt samarbejde i arbejdsmiljøorganisationen? Har vi overblik over, hvad der drøftes i udvalg og grupper? Løfter arbejdsmiljøgrupperne problemer videre, når de ikke selv kan løse dem? Har grupperne faste møder og den tid, de skal bruge? Får de den relevante information til udvalgsmøderne?',
          minutes: 10,
          hint: 'Spørg, om I kan sætte flueben ved alle fire punkter, og om der er andet, der kan styrke samarbejdet i AMO.',
        },
        {
          id: 'rollefordeling-ledelsen',
          text: 'Hvordan sikrer vi en god rollefordeling med ledelsen? Hvem gør hvad, når der er tegn på stress? Hvordan får medarbejderne det at vide? Og hvordan samler vi systematisk op på sygemeldinger med stress, så vi lærer at forebygge bedre?',
          minutes: 10,
          hint: 'Målet er at fange det, der let falder mellem to stole, og at afstemme forventningerne med ledelsen.',
        },
        {
          id: 'vidensdeling-udvalg',
          text: 'Hvordan sikrer vi vidensdelingen med andre relevante udvalg, fx samarbejdsudvalget? Deler vi viden om de tiltag mod stress, der er i gang? Er rollefordelingen klar? Koordinerer vi og tænker indsatserne sammen?',
          minutes: 10,
          hint: 'Videnskortet „Snitflader mellem AMO og SU“ kan bruges som afsæt.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
