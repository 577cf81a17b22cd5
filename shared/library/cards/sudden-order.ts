import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'sudden-order',
  kind: 'dialogue',
  title: 'Den pludselige ordre',
  purpose:
    'Forbereder gruppen og lederne på de uforudsete opgaver, der lægges oven i det planlagte – fx en ny ordre med stram deadline. Ved at tale om forventninger, prioritering og koordinering på forhånd undgår man unødig frustration og belastning, og en godt håndteret hasteopgave kan i stedet give tilfredshed, stolthed, energi og arbejdsglæde.',
  instructions: [
    'Vis første trin, og fortæl, at nye ordrer ved siden af det planlagte arbejde kan være et vilkår i industrien. Det giver perioder med ekstra belastning, som kræver en ekstra indsats.',
    'Forklar de to sæt linjer: de ydre linjer (planlægning, organisering, ressourcer, kommunikation og klare prioriteringer) og de indre linjer (medarbejdernes indstilling, motivation og samarbejde om opgaverne). Parathed kræver begge dele.',
    'Bed deltagerne tænke på en konkret situation, hvor en pludselig ordre eller hasteopgave kom ind over det planlagte. Tag gerne et eksempel fra rummet som fælles udgangspunkt.',
    'Tag spørgsmålene et ad gangen i grupper på 4-6 (ca. 5 minutter pr. spørgsmål). Det er en fordel, hvis både medarbejdere og ledere er med, så forventningerne kan afstemmes direkte.',
    'Saml op i plenum på det sidste spørgsmål, og skriv aftalerne ned: Hvem prioriterer, hvordan afstemmes niveauet, og hvornår skal ledere tale sammen?',
    'Luk med at aftale, hvornår I ser på aftalerne igen – fx efter næste hasteordre.',
  ],
  projectorText:
    'Når den pludselige ordre lander oven i det planlagte: Hvor ligger overliggeren, hvad er godt nok, hvem prioriterer – og skal flere ledere tale sammen?',
  prompts: [
    'Er vi enige om, hvor højt overliggeren skal ligge for de enkelte opgaver?',
    'Hvad skal der til, for at det er „godt nok“?',
    'Hvem prioriterer opgaver og deadlines i forhold til alle de opgaver, vi har?',
    'Er der brug for, at flere ledere taler sammen, afklarer og koordinerer?',
  ],
  minutes: 30,
  iglo: ['gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: { document: 'bfa-industri-stress', section: 'Den pludselige ordre' },
  steps: [
    {
      id: 'baggrund',
      kind: 'slide',
      title: 'Når nye ordrer lander oven i det planlagte',
      blocks: [
        {
          type: 'paragraph',
          text: 'Nye ordrer med stram deadline, ved siden af det planlagte arbejde, giver perioder med ekstra belastning. Overvej derfor på forhånd og i fællesskab, hvordan I bedst tager imod det uforudsete.',
        },
        {
          type: 'table',
          header: ['De ydre linjer', 'De indre linjer'],
          rows: [
            ['Planlægning og organisering', 'Medarbejdernes indstilling'],
            ['Ressourcer', 'Motivation'],
            ['Kommunikation og klare prioriteringer', 'Samarbejdet om opgaverne'],
          ],
        },
        {
          type: 'paragraph',
          text: 'Lykkes det at håndtere den uforudsete ordre godt, kan det give tilfredshed, stolthed, energi og arbejdsglæde.',
        },
      ],
    },
    {
      id: 'samtale',
      kind: 'dialogue',
      title: 'Det skal vi tale om, før næste ordre kommer',
      questions: [
        {
          id: 'overliggeren',
          text: 'Har vi afstemt forventningerne til, hvor overliggeren skal ligge for de enkelte opgaver?',
          minutes: 5,
        },
        {
          id: 'godt-nok',
          text: 'Hvad skal der til, for at det er „godt nok“?',
          minutes: 5,
        },
        {
          id: 'prioriterer',
          text: 'Hvem prioriterer opgaver og deadlines i forhold til den samlede opgaveportefølje?',
          minutes: 5,
        },
        {
          id: 'ledere-koordinerer',
          text: 'Er der brug for, at flere ledere taler sammen, afklarer og koordinerer?',
          minutes: 5,
          hint: 'Notér konkrete aftaler: hvem der taler med hvem, og hvornår.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
