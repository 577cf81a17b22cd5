import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'return-to-work-dilemmas',
  kind: 'board',
  title: 'Dilemmaer, når en stresssygemeldt skal tilbage',
  purpose:
    'Når en medarbejder skal tilbage efter en sygemelding med stress, ser den sygemeldte, arbejdsgiveren, kollegerne, jobcentret og lægen hver deres spørgsmål og hensyn. Øvelsen gør de forskellige vinkler synlige, så man kan tale om dem åbent – også om, hvornår det ikke er realistisk at fastholde medarbejderen i jobbet.',
  instructions: [
    'Forklar de fem vinkler kort, og læs kildens eksempler på spørgsmål op for hver (hjælpeteksten på hver kolonne).',
    'Lad deltagerne i par eller små grupper skrive sedler med de dilemmaer og spørgsmål, de kender fra hver vinkel, og sætte dem i kolonnerne (ca. 15 minutter).',
    'Gennemgå kolonnerne, og peg på de steder, hvor hensynene trækker i hver sin retning, fx den sygemeldtes tvivl over for arbejdspladsens drift og kollegernes arbejdsbyrde (ca. 10 minutter).',
    'Nævn, at andre også kan spille en vigtig rolle, fx fagforeningen eller en privatpraktiserende psykolog.',
    'Slut med det åbne spørgsmål: Hvornår er fastholdelse ikke realistisk – og hvorfor? Kilden understreger, at fastholdelse kan se forskellig ud afhængigt af faggruppe og arbejdsindhold (ca. 15 minutter).',
    'Kilden er tynd: Den er lysbilleder fra et projekt og giver kun korte stikord for hver vinkel, ingen fremgangsmåde og intet svar på, hvornår fastholdelse ikke er realistisk. Lad gruppens egne erfaringer bære den del, og tal om forhold – ikke om navngivne personer.',
  ],
  projectorText:
    'Fem vinkler på vejen tilbage: den sygemeldte, arbejdsgiveren, kollegerne, jobcentret og lægen. Hvornår er fastholdelse ikke realistisk?',
  prompts: [
    'Hvilke spørgsmål og dilemmaer ser hver af de fem parter?',
    'Hvornår er fastholdelse ikke realistisk – og hvorfor?',
  ],
  minutes: 45,
  iglo: ['individ', 'gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: { document: 'aalborg-tilbage-til-arbejdet', section: 'Arbejdsfastholdelse – dilemmaer' },
  steps: [
    {
      id: 'vinkler',
      kind: 'board',
      title: 'Fem vinkler på vejen tilbage',
      prompt: 'Skriv de spørgsmål og dilemmaer, du kender fra hver vinkel, og sæt dem i den rigtige kolonne.',
      board: {
        layout: 'columns',
        columns: [
          {
            id: 'den-sygemeldte',
            label: 'Den sygemeldte',
            help: 'Bliver jeg mig selv igen? Kan jeg klare det samme arbejde som før? Mange bliver forskrækkede over deres symptomer og reaktioner.',
            iglo: 'individ',
          },
          {
            id: 'arbejdsgiveren',
            label: 'Arbejdsgiveren',
            help: 'Driften skal fungere. En for hurtig opstart må ikke gøre den psykiske tilstand værre. Hvor lang tid tager det – og hvad med vikardækning og belastningen af kollegerne?',
            iglo: 'ledelse',
          },
          {
            id: 'kollegerne',
            label: 'Kollegerne (fx via tillidsrepræsentanten)',
            help: 'Skal jeg overtage opgaverne? Hvor lang tid tager det? Hvordan støtter jeg bedst?',
            iglo: 'gruppe',
          },
          {
            id: 'jobcentret',
            label: 'Jobcentret',
            help: 'Hvornår er det rette tidspunkt at vende tilbage til arbejdet? Hvor lang tid tager det?',
          },
          {
            id: 'laegen',
            label: 'Lægen',
            help: 'Bliver aftalerne i mulighedserklæringen overholdt? Hvordan er det psykiske arbejdsmiljø på arbejdspladsen?',
          },
        ],
      },
    },
    {
      id: 'realistisk',
      kind: 'dialogue',
      title: 'Hvornår er fastholdelse ikke realistisk?',
      questions: [
        {
          id: 'modsatrettede-hensyn',
          text: 'Hvor trækker hensynene på tavlen i hver sin retning – og hvem kan tale sammen om det?',
          minutes: 10,
        },
        {
          id: 'ikke-realistisk',
          text: 'Hvornår er fastholdelse ikke realistisk? Hvorfor?',
          minutes: 15,
          hint: 'Kilden stiller spørgsmålet åbent og giver intet svar. Fastholdelse kan se forskellig ud afhængigt af faggruppe og arbejdsindhold.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
