import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'frustration-spiral',
  kind: 'board',
  title: 'Frustrationsspiralen',
  purpose:
    'Giver gruppen og lederen et fælles sprog for, hvordan en gruppe kan bevæge sig fra kollektivt samarbejde over problemorientering og ophobet frustration til kollektiv opgivelse og stress – og for, hvordan den finder tilbage til samarbejdet. Kilden beskriver risikoen i en kollektiv kultur, hvor travlheden bliver talt om som „Vi har travlt, og vi kan ikke blive ved med at holde til det“, og hvor gruppen hænger fast i et problem, den ikke kan finde den rette handling på. Værktøjet kan bruges af gruppen og af lederne til at styrke den kollektive kultur og undgå, at gruppen ender i opgivelse.',
  instructions: [
    'Vis modellen, og fortæl om de tre faser (ca. 10 minutter). Understreg, at spiralen ikke handler om besværlige medarbejdere, men om en gruppe, der står med et problem, den ikke kan løse, og som oplever sine handlemuligheder som begrænsede.',
    'Fortæl om de to måder at tale om travlhed på i en kollektiv kultur: „Vi har travlt, men vi klarer det sammen“ fører typisk til, at opgaverne løses sammen og med gensidig hjælp. „Vi har travlt, og vi kan ikke blive ved med at holde til det“ kan føre ind i spiralen.',
    'Vis tavlen. Bed deltagerne skrive de tegn, de kan genkende fra egen gruppe, og sætte dem i den fase, de passer bedst til (ca. 10 minutter). Det handler om mønstre i gruppen, ikke om enkeltpersoner.',
    'Tag gruppens dialog (ca. 20 minutter). Slut med at samle op på kildens fire fokuspunkter til dialogen med lederen: hvor I er i spiralen, og hvorfor I er endt dér; hvad I selv kan gøre hver især og som gruppe; hvad I har brug for fra lederen og fra den øverste ledelse; og hvordan I tænker, at AMO kan hjælpe.',
    'Lederens dialog med gruppen kan tages på samme møde, hvis lederen er til stede, eller på et senere møde, hvor gruppen fremlægger sine fokuspunkter (ca. 20 minutter). Giv lederen kildens fokuspunkter på forhånd: Signalér, at der er noget at gøre, og at du vil hjælpe med at løse problemet. Kom selv med bud på løsninger, hør gruppens vurdering af dem, og læg en plan for at prøve dem af. Sæt fokus på problemet, og fortæl, hvad du vil gøre som det første – en handling, der mindsker det i arbejdsmiljøet, som stresser. Følg derefter løbende op på, om indsatsen har hjulpet, og drøft med medarbejderne, om der skal andre tiltag til.',
    'Luk med at skrive de aftalte handlinger ned med en ansvarlig og en dato, og aftal, hvornår gruppen og lederen følger op sammen.',
  ],
  projectorText:
    'Samarbejde → problemorientering → frustrationsophobning → opgivelse → stress. Hvor er vi i spiralen – og hvordan kommer vi tilbage til det kollektive samarbejde?',
  prompts: [
    'Hvor er vi i frustrationsspiralen?',
    'Hvad har ført os derhen?',
    'Hvad skal der til, for at vi kommer tilbage til det kollektive samarbejde?',
  ],
  minutes: 60,
  iglo: ['gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: ['Post-its og et ark med tre kolonner, hvis der ikke bruges projektor'],
  source: {
    document: 'bfa-industri-stress',
    section: 'På gruppeniveau: Fællesskabskultur – Den kollektive kultur og frustrationsspiralen',
  },
  steps: [
    {
      id: 'spiralen',
      kind: 'slide',
      title: 'Fra kollektivt samarbejde til kollektiv stress',
      blocks: [
        {
          type: 'paragraph',
          text: 'I en kollektiv kultur håndterer medarbejderne tingene sammen: De går til hinanden for at få hjælp eller læsse af, og de går sammen til ledelsen. Når travlheden fylder, bliver der talt meget om den. Lyder overskriften „Vi har travlt, men vi klarer det sammen“, løses opgaverne typisk i fællesskab. Lyder den „Vi har travlt, og vi kan ikke blive ved med at holde til det“, er der risiko for frustrationsspiralen.',
        },
        {
          type: 'model',
          shape: 'cycle',
          title: 'Frustrationsspiralen',
          items: [
            {
              id: 'samarbejde',
              label: 'Kollektivt samarbejde',
              text: 'Gruppen taler om udfordringerne, finder fælles løsninger og hjælper hinanden gennem en periode med pres.',
            },
            {
              id: 'problemorientering',
              label: '1. Kollektiv problemorientering',
              text: 'Gruppen fokuserer mere og mere på et problem i arbejdet, taler om det og får samtidig øje på andre problemer. Gruppen forsøger at løse problemet på forskellige måder, men løsningerne lykkes ikke.',
            },
            {
              id: 'frustrationsophobning',
              label: '2. Kollektiv frustrationsophobning',
              text: 'Frustrationerne hober sig op, fordi handlemulighederne opleves som begrænsede. Gruppen generaliserer afdelingens problemer til at gælde hele arbejdspladsen og bliver mere kritisk over for arbejdspladsens valg og retning. Den holder fast i problemet gennem cirkulære fortællinger, hvor nye eller de samme negative historier om ledelsen og arbejdspladsen bliver fortalt igen og igen.',
            },
            {
              id: 'opgivelse',
              label: '3. Kollektiv opgivelse',
              text: 'Vrede og tristhed fylder mere og mere. Kollegerne bliver bekymrede for hinanden og kede af at se hinanden kede af det. Gruppen føler, at den har gjort alt for at ændre forholdene uden at lykkes, og kan ikke se andre handlemuligheder.',
            },
            {
              id: 'stress',
              label: 'Kollektiv stress',
              text: 'Spiralen ender i en fælles oplevelse af stress.',
            },
          ],
        },
      ],
    },
    {
      id: 'faserne',
      kind: 'board',
      title: 'Hvilke tegn kender vi?',
      prompt: 'Skriv de tegn, I kan genkende fra jeres gruppe, og sæt dem i den fase, de passer bedst til.',
      board: {
        layout: 'columns',
        columns: [
          {
            id: 'problemorientering',
            label: '1. Kollektiv problemorientering',
            help: 'Vi taler mere og mere om et problem og får øje på flere. Vi prøver forskellige løsninger, men de virker ikke.',
          },
          {
            id: 'frustrationsophobning',
            label: '2. Kollektiv frustrationsophobning',
            help: 'Vi oplever, at vi ikke kan gøre noget. Vi ser problemerne som gældende for hele arbejdspladsen, er kritiske over for dens valg og fortæller de samme negative historier om ledelsen og arbejdspladsen igen og igen.',
          },
          {
            id: 'opgivelse',
            label: '3. Kollektiv opgivelse',
            help: 'Vrede og tristhed fylder. Vi er bekymrede for hinanden og kede af at se hinanden kede af det. Vi føler, at vi har prøvet alt, og kan ikke se andre muligheder.',
          },
        ],
      },
    },
    {
      id: 'gruppens-dialog',
      kind: 'dialogue',
      title: 'Dialog i gruppen',
      questions: [
        { id: 'hvor-i-spiralen', text: 'Hvor er vi i frustrationsspiralen?', minutes: 2 },
        { id: 'hvad-foerte-os-derhen', text: 'Hvad har gjort, at vi er endt dér?', minutes: 3 },
        {
          id: 'loesninger-frem-for-frustrationer',
          text: 'Hvordan sikrer vi, at vi holder fokus på løsninger frem for frustrationer?',
          minutes: 3,
        },
        {
          id: 'brug-for-fra-lederen',
          text: 'Hvad har vi brug for fra vores leder for at komme tilbage til det kollektive samarbejde?',
          minutes: 2,
        },
        {
          id: 'brug-for-fra-oeverste-ledelse',
          text: 'Hvad har vi brug for fra den øverste ledelse for at komme tilbage til det kollektive samarbejde?',
          minutes: 2,
        },
        { id: 'amo', text: 'Hvordan kan AMO hjælpe?', minutes: 2 },
        {
          id: 'hver-isaer-og-som-gruppe',
          text: 'Hvad kan vi hver især gøre, og hvad kan vi gøre som gruppe, for at komme tilbage til det kollektive samarbejde?',
          minutes: 3,
        },
        {
          id: 'til-lederen',
          text: 'Saml op til dialogen med lederen: Hvor er vi i spiralen, og hvorfor er vi endt dér? Hvad kan vi selv gøre hver især og som gruppe? Hvad har vi brug for fra lederen og fra den øverste ledelse? Hvordan tænker vi, at AMO kan hjælpe?',
          minutes: 3,
          hint: 'Det er kildens fire fokuspunkter til gruppens dialog med lederen. Skriv dem ned, så gruppen kan tage dem med.',
        },
      ],
    },
    {
      id: 'lederens-dialog',
      kind: 'dialogue',
      title: 'Lederens dialog med gruppen',
      prompt: 'Lederen stiller spørgsmålene; gruppen svarer.',
      questions: [
        {
          id: 'genkende',
          text: 'Kan I genkende jer selv i frustrationsspiralen?',
          minutes: 2,
          hint: 'Signalér fra starten, at der er noget at gøre, og at du vil hjælpe med at løse problemet.',
        },
        {
          id: 'hvad-har-betydning',
          text: 'Hvad har betydning for, at man som gruppe ender i frustrationsspiralen?',
          minutes: 3,
        },
        {
          id: 'holde-fokus',
          text: 'Hvad har betydning for, at I holder fokus på løsninger frem for frustrationer?',
          minutes: 3,
        },
        {
          id: 'brug-for-fra-mig',
          text: 'Hvad har I brug for fra mig for at komme tilbage til det kollektive samarbejde?',
          minutes: 4,
          hint: 'Sæt fokus på problemet, og fortæl, hvad du vil gøre som det første. Det skal være en handling, der mindsker det i arbejdsmiljøet, som stresser.',
        },
        {
          id: 'oeverste-ledelse-og-amo',
          text: 'Hvad har I brug for fra den øverste ledelse og fra AMO?',
          minutes: 3,
        },
        {
          id: 'hver-isaer-og-gruppen',
          text: 'Hvad kan I hver især gøre, og hvad kan gruppen gøre, for at komme tilbage til det kollektive samarbejde?',
          minutes: 5,
          hint: 'Kom selv med bud på løsninger, og hør gruppens vurdering af dem. Læg en plan for at prøve dem af, og følg løbende op på, om indsatsen har hjulpet, eller om der skal andre tiltag til.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
