import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'iglo-checklist',
  kind: 'checklist',
  title: 'Tjekliste: en samlet IGLO-tilgang til stress',
  purpose:
    'Giver et samlet overblik over, hvad der bør være på plads for at forebygge og håndtere stress på alle fire IGLO-niveauer: individ, gruppe, ledelse og organisation. Tjeklisten er tænkt til den fælles dialog, fx i AMO og SU, og viser, hvor der mangler noget, og på hvilket niveau der skal handles.',
  instructions: [
    'Mind kort om IGLO-modellen: Når en medarbejder bliver stresset, handler det sjældent kun om hans eller hendes robusthed. Manglende støtte fra leder og kolleger, dårlig planlægning af produktionen og mangelfuld kommunikation og inddragelse ved større forandringer er eksempler på forhold på de andre niveauer, der kan bidrage til stress. Derfor skal alle fire niveauer og sammenhængen mellem dem med.',
    'Forklar, at hvert spørgsmål er skrevet fra det niveau, det handler om: „jeg“ på individniveau og „vi“ i gruppen, i ledergruppen og i topledelsen. Bed deltagerne sætte kryds ved de spørgsmål, hvor der efter deres vurdering skal gøres noget (ca. 10 minutter). Krydserne viser altså hullerne, ikke det, der er på plads.',
    'Kilden siger ikke, hvem der skal svare på hvilke niveauer; aftal det selv. I et udvalg som AMO eller SU kan alle svare på alle fire niveauer ud fra deres kendskab til arbejdspladsen. I en større gruppe kan I dele jer, så hver gruppe tager det niveau, den kender bedst. Individniveauet besvarer hver enkelt for sig selv.',
    'Vis fordelingen niveau for niveau. Se især på de spørgsmål, mange har krydset, og på dem, hvor svarene spreder sig (ca. 20 minutter).',
    'Tag dialogtrinnet, og vælg få indsatser pr. niveau frem for mange (ca. 15 minutter).',
    'Luk med at skrive de valgte indsatser ind i handleplanen – fx IGLO-handleplanen eller skemaet „Fjern stenene i skoen“ – med en ansvarlig og en dato, og aftal, hvornår I gennemgår tjeklisten igen.',
  ],
  projectorText:
    'Individ – gruppe – ledelse – organisation: Hvad har vi på plads for at forebygge og håndtere stress, og hvor mangler vi noget?',
  prompts: [
    'Sæt kryds ved de spørgsmål, hvor der efter din vurdering skal gøres noget.',
    'Hvor mangler vi mest – og på hvilket niveau skal der handles?',
  ],
  minutes: 60,
  iglo: ['individ', 'gruppe', 'ledelse', 'organisation'],
  phases: ['preparation', 'seminar', 'wrapup'],
  themes: [],
  materials: [],
  source: { document: 'bfa-industri-stress', section: 'Tjekliste og værktøj – en samlet IGLO tilgang' },
  steps: [
    {
      id: 'tjekliste',
      kind: 'checklist',
      title: 'Tjekliste på de fire IGLO-niveauer',
      prompt: 'Sæt kryds ved de spørgsmål, hvor der efter din vurdering skal gøres noget.',
      groups: [
        {
          id: 'individ',
          label: 'Individniveau (I)',
          iglo: 'individ',
          items: [
            {
              id: 'overblik-egne-opgaver',
              label: 'Har jeg overblik over balancen mellem mine opgaver og mine ressourcer?',
            },
            {
              id: 'prioritere-bedre',
              label: 'Kan mine opgaver og indsatser prioriteres bedre – og hvem kan eventuelt hjælpe mig?',
            },
            {
              id: 'egen-trivsel',
              label: 'Har jeg fokus på min egen trivsel, og på hvordan den kan styrkes?',
            },
            {
              id: 'viden-om-stress',
              label: 'Ved jeg nok om stress – både om at forebygge og om at håndtere det?',
            },
            {
              id: 'tackle-egen-stress',
              label: 'Ved jeg, hvordan jeg kan forebygge og tackle min egen stress?',
            },
            {
              id: 'kvalifikationer',
              label: 'Har jeg brug for at styrke mine kvalifikationer generelt eller på udvalgte områder?',
            },
            { id: 'kende-symptomer', label: 'Kender jeg mine egne symptomer?' },
            { id: 'egen-indflydelse', label: 'Holder jeg fokus på det, jeg har indflydelse på?' },
            { id: 'tale-med-andre', label: 'Taler jeg med andre om det, der stresser mig?' },
            {
              id: 'professionel-hjaelp',
              label: 'Har jeg brug for mere professionel hjælp uden for arbejdspladsen?',
            },
            {
              id: 'bidrag-til-faellesskabet',
              label:
                'Er jeg opmærksom på, hvordan jeg bidrager til fællesskabet med kollegerne – med handlinger, stemninger, fortællinger og ordvalg?',
            },
          ],
        },
        {
          id: 'gruppe',
          label: 'Gruppeniveau (G)',
          iglo: 'gruppe',
          items: [
            {
              id: 'faelles-overblik',
              label: 'Har vi et fælles overblik over balancen mellem opgaver og ressourcer?',
            },
            {
              id: 'tryghed-og-tillid',
              label:
                'Arbejder vi med at styrke den psykologiske tryghed og tilliden, fx ved at tale sammen om opgaveløsning, forventninger, samarbejde og gensidig støtte?',
            },
            { id: 'trivsel-paa-dagsordenen', label: 'Har vi sat trivsel og stress på dagsordenen?' },
            {
              id: 'rum-for-usundt-pres',
              label: 'Er der rum til at sige til og tale om det, når presset bliver usundt?',
            },
            {
              id: 'mod-over-for-kolleger',
              label: 'Viser vi mod til at tage fat i kolleger, der ændrer adfærd?',
            },
            { id: 'stoette-ved-stress', label: 'Støtter vi hinanden, hvis nogen bliver ramt af stress?' },
            {
              id: 'samarbejdsaftaler',
              label:
                'Er vi enige om klare samarbejdsaftaler og retningslinjer for, hvordan vi hjælper en kollega, der er ramt af stress?',
            },
          ],
        },
        {
          id: 'ledelse',
          label: 'Ledelsesniveau (L)',
          iglo: 'ledelse',
          items: [
            {
              id: 'forventningsafstemning',
              label:
                'Sikrer vi en reel forventningsafstemning om leverancer, deadlines, prioriteringer og håndtering af forandringer og andre udfordringer?',
            },
            {
              id: 'opmaerksomhed-paa-stress',
              label: 'Er vi opmærksomme på, at stress kan være et problem hos os?',
            },
            { id: 'aftabuisere', label: 'Er vi med til at aftabuisere stress i afdelingen?' },
            {
              id: 'lydhoere',
              label: 'Er vi lydhøre, når medarbejdere kommer og fortæller om belastning?',
            },
            { id: 'hjaelpe-prioritere', label: 'Hjælper vi medarbejderne med at prioritere og handle?' },
            {
              id: 'mod-over-for-medarbejdere',
              label: 'Viser vi mod til at tage fat i medarbejdere, der ændrer adfærd?',
            },
            {
              id: 'kende-professionel-hjaelp',
              label: 'Kender vi mulighederne for professionel hjælp til stressramte?',
            },
            {
              id: 'de-stressramtes-kolleger',
              label: 'Er vi opmærksomme på den stressramtes kolleger – altså hele afdelingen?',
            },
            {
              id: 'rollemodeller',
              label: 'Er vi rollemodeller, når det gælder vores egen håndtering af stress?',
            },
            {
              id: 'ledergruppen',
              label:
                'Bruger og støtter vi hinanden i ledergruppen, når det gælder forebyggelse og håndtering af stress?',
            },
          ],
        },
        {
          id: 'organisation',
          label: 'Organisationsniveau (O) – topledelsen',
          iglo: 'organisation',
          items: [
            { id: 'vision', label: 'Har vi en formuleret vision for det psykiske arbejdsmiljø?' },
            {
              id: 'stresspolitik',
              label: 'Har vi en formuleret stresspolitik, der gælder både ledere og medarbejdere?',
            },
            {
              id: 'stress-som-organisatorisk-udfordring',
              label:
                'Gør politikken det tydeligt for alle ansatte, at arbejdspladsen arbejder forebyggende med fokus på trivsel, og at stress ses som en organisatorisk udfordring – ikke kun som et privat problem?',
            },
            {
              id: 'roller-og-ansvar',
              label:
                'Har vi klare retningslinjer og funktionsbeskrivelser, der gør roller og ansvar tydelige?',
            },
            {
              id: 'realistiske-krav',
              label:
                'Stiller vi krav ud fra en realistisk og databaseret vurdering af forholdet mellem ressourcer og opgaver i de enkelte områder og afdelinger?',
            },
            {
              id: 'mellemledernes-erfaringer',
              label:
                'Inviterer vi mellemlederne til at dele erfaringer og tanker om trivsel og stress, som vi i topledelsen har indflydelse på – og lytter vi til dem?',
            },
            {
              id: 'ledergrupper',
              label:
                'Etablerer og støtter vi ledergrupper, så de også har fokus på deres eget samarbejde og egen trivsel som en del af opgaveløsningen?',
            },
          ],
        },
      ],
    },
    {
      id: 'prioritering',
      kind: 'dialogue',
      title: 'Hvor sætter vi ind?',
      questions: [
        {
          id: 'stoerste-huller',
          text: 'Hvor har vi flest krydser – på hvilke niveauer og ved hvilke spørgsmål?',
          minutes: 5,
        },
        {
          id: 'sammenhaenge',
          text: 'Hænger hullerne sammen på tværs af niveauerne? Hvad på ét niveau gør det sværere på et andet?',
          minutes: 5,
          hint: 'IGLO-modellen lægger vægt på sammenhængen mellem niveauerne: Et problem hos den enkelte kan have rødder i gruppen, ledelsen eller organisationen.',
        },
        {
          id: 'foerste-skridt',
          text: 'Hvad vil vi gøre først på hvert niveau – og hvem har ansvaret?',
          minutes: 5,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
