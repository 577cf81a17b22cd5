import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'demands-resources-balance',
  kind: 'board',
  title: 'Hvordan er din balance? Krav og ressourcer',
  purpose:
    'Giver den enkelte et overblik over sin balance i arbejdet: de indre og ydre krav på den ene side og de indre og ydre ressourcer på den anden. Øvelsen giver et praj om, hvorvidt der er brug for at rette op, og om det kan ske ved at skrue ned for kravene eller op for ressourcerne – og hvem der skal med for at få det til at ske.',
  instructions: [
    'Forklar de fire felter: Indre krav er dem, man stiller til sig selv og bedømmer sig selv ud fra. Ydre krav er de konkrete krav og forventninger fra arbejdspladsen. Indre ressourcer er det, man selv har med sig. Ydre ressourcer er de rammer i arbejdet, der hjælper én med at klare kravene.',
    'Vis eksemplerne i hvert felt (hjælpeteksten), og bed deltagerne skrive deres egne krav og ressourcer i de fire felter (ca. 10 minutter). Sedlerne er personlige; sig, at ingen skal dele mere, end de har lyst til.',
    'Bed derefter hver deltager om at vurdere balancen samlet set på vægten (ca. 2 minutter): 0 er, at kravene vejer langt tungest, 5 er balance, og 10 er, at ressourcerne vejer langt tungest.',
    'Lad deltagerne tale to og to om, hvad der bør ændres for at få balance (ca. 10 minutter). Bed dem skelne mellem det, de selv kan ændre, og det, der kræver kolleger, leder eller organisation – altså de andre IGLO-niveauer.',
    'Saml op i plenum på det sidste spørgsmål, så forhold, der kræver gruppen, lederen eller organisationen, bliver synlige. Hold fokus på forholdene, ikke på den enkelte.',
    'Luk med, at hver deltager noterer én ting, der kan skrue ned for kravene eller op for ressourcerne, og hvem han eller hun vil tale med om det.',
  ],
  projectorText:
    'Skriv dine indre og ydre krav og dine indre og ydre ressourcer. Hvordan er balancen? Hvad kan du selv ændre – og hvad kræver andre?',
  prompts: [
    'Hvilke krav stiller du til dig selv, og hvilke krav møder du i arbejdet?',
    'Hvilke ressourcer har du med dig, og hvilke finder du i dit arbejde?',
    'Hvordan er balancen mellem kravene og ressourcerne samlet set?',
    'Hvad kan du selv ændre, og hvad kræver kolleger, leder eller organisation?',
  ],
  minutes: 30,
  iglo: ['individ'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: ['Post-its i fire farver og et ark med de fire felter, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'Værktøj: Hvordan er din balance?' },
  steps: [
    {
      id: 'felter',
      kind: 'board',
      title: 'Dine krav og ressourcer',
      prompt: 'Skriv de krav og ressourcer, du oplever i dit arbejde, i de fire felter.',
      board: {
        layout: 'fields',
        fields: [
          {
            id: 'indre-krav',
            label: 'Indre krav',
            help: 'Krav du stiller til dig selv og måler dig selv på, og som kan belaste på kort og lang sigt. Fx at være fejlfri, perfektionistisk, dygtig, hjælpsom, altid til rådighed og tilgængelig eller loyal.',
          },
          {
            id: 'ydre-krav',
            label: 'Ydre krav',
            help: 'Konkrete krav og forventninger fra arbejdspladsen. Fx deadlines og tidspres, krav til kvalitet og mængde, følelsesmæssige krav, omstilling, dokumentation og ansvar, større forandringer, uklare eller modstridende krav, uklare roller og høj kompleksitet. Også belastende situationer som konflikter, mobning og vold eller trusler om vold.',
          },
          {
            id: 'indre-ressourcer',
            label: 'Indre ressourcer',
            help: 'Det du selv har med dig. Fx fysisk robusthed, styrke og sundhed; psykisk robusthed – dine tanker og måder at møde svære situationer og relationer på; og troen på, at du kan mestre situationen.',
          },
          {
            id: 'ydre-ressourcer',
            label: 'Ydre ressourcer',
            help: 'Rammerne i arbejdet, der støtter dig i at klare kravene. Fx forsvarlig planlægning og tilrettelæggelse, tilstrækkelig oplæring og instruktion og egnede tekniske hjælpemidler, der bruges rigtigt. Også oplevelsen af mening, forudsigelighed, social støtte fra kolleger og leder, anerkendelse og konstruktiv feedback og indflydelse på eget arbejde.',
          },
        ],
      },
    },
    {
      id: 'vaegten',
      kind: 'scale',
      title: 'Balancen samlet set',
      prompt: 'Hvordan vejer kravene og ressourcerne samlet set? 5 er balance.',
      min: 0,
      max: 10,
      minLabel: 'Kravene vejer langt tungest',
      maxLabel: 'Ressourcerne vejer langt tungest',
      askWhy: true,
    },
    {
      id: 'hvad-skal-aendres',
      kind: 'dialogue',
      title: 'Hvad skal der til for at få balance?',
      questions: [
        {
          id: 'aendres',
          text: 'Er der noget, der bør ændres for at få balance? Kan der skrues ned for kravene eller op for ressourcerne?',
          minutes: 5,
        },
        {
          id: 'selv',
          text: 'Hvilke forhold kan du selv ændre?',
          minutes: 3,
        },
        {
          id: 'andre-niveauer',
          text: 'Hvilke forhold kræver, at kolleger, leder eller organisation bliver involveret?',
          minutes: 4,
          hint: 'Her kobles den enkeltes balance til de øvrige IGLO-niveauer. Notér forholdene, så de kan tages med videre.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
