import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'stress-courses',
  kind: 'board',
  title: 'Tre typiske stressforløb',
  purpose:
    'Hjælper leder og kolleger med at spotte og forstå stressreaktioner. Tegnene og den måde, den ramte håndterer presset på, er forskellige i det snigende, det optrappende og det pludselige stressforløb – og den ramte kan ikke altid selv mærke, hvor det bærer hen. Øvelsen tager udgangspunkt i gruppens egne erfaringer og retter blikket frem mod, hvordan I undgår at ende dér igen.',
  instructions: [
    'Vis første trin, og gennemgå de tre forløb kort (ca. 10 minutter). Læg vægt på forskellen mellem det, medarbejderen siger, og det, han eller hun tænker: Ordene lyder ofte mildere, end det står til.',
    'Fortæl, at kilden lægger vægt på et gensidigt ansvar for at tale om, hvordan det går – med opgaverne og især med trivslen – og især i travle perioder.',
    'Vis tavlen med de tre kolonner. Bed deltagerne skrive situationer eller tegn, de kender fra egen arbejdsplads, og placere dem under det forløb, de minder mest om (ca. 10 minutter). Ingen skal nævne navne; det handler om mønstre, ikke om personer.',
    'Tag dialogen i gruppen: først fælles forståelse – hvorfor og hvornår ender vi i de forskellige forløb, og fylder ét af dem mest? – og derefter blikket frem (ca. 15 minutter).',
    'Skriv i plenum det ned, gruppen selv kan gøre, og det, der kræver andre afdelinger, ledelsen, AMO, SU, HR eller andre nøglepersoner.',
    'Værktøjet kan også bruges mellem leder og medarbejder efter et konkret forløb: Er vi enige om, hvilket forløb det var, og hvorfor situationen endte dér? Hvis I er uenige, så giv god tid til at folde forståelserne ud. Ret derefter blikket frem: Hvad har vi lært, og hvad kan vi gøre hver for sig og sammen, så det ikke sker igen?',
    'Luk med at minde om, at det pludselige forløb ofte kommer uden forudgående samtale – derfor er det vigtigt at være på forkant.',
  ],
  projectorText:
    'Det snigende, det optrappende og det pludselige stressforløb. Hvor kender vi dem fra – og hvad kan vi gøre, så vi ikke ender dér igen?',
  prompts: [
    'Hvilket af de tre forløb kan du genkende fra din arbejdsplads?',
    'Hvorfor og hvornår ender vi i de forskellige stresssituationer?',
    'Hvad kan vi gøre i teamet, og hvad kræver hjælp fra andre?',
  ],
  minutes: 45,
  iglo: ['individ', 'gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: ['Post-its og et ark med tre kolonner, hvis der ikke bruges projektor'],
  source: {
    document: 'bfa-industri-stress',
    section: 'Hvordan kommer stress til udtryk hos den enkelte? 3 typiske stressforløb',
  },
  steps: [
    {
      id: 'tre-forloeb',
      kind: 'slide',
      title: 'Hvad siger medarbejderen – og hvad tænker han eller hun?',
      blocks: [
        { type: 'heading', text: 'Det snigende stressforløb' },
        {
          type: 'paragraph',
          text: 'Presset vokser gradvist. Medarbejderen prøver at arbejde sig ud af det og søger ro og energi, men går ikke til leder eller kolleger – ofte af tvivl om, om det er ens egne evner, der er problemet.',
        },
        {
          type: 'table',
          header: ['Det medarbejderen siger', 'Det medarbejderen tænker'],
          rows: [
            [
              'Det er bare lige for tiden …',
              'Jeg plejer at kunne klare det. Om et par uger ser alt sikkert anderledes ud, hvis bare jeg knokler videre.',
            ],
            [
              'Der er lidt travlt lige nu, og jeg har svært ved at følge med.',
              'Jeg kan slet ikke overskue noget. Alt flyder, tingene hober sig op og virker uoverstigelige.',
            ],
            [
              'Jeg har ikke sovet så meget i nat.',
              'Jeg har sovet dårligt i lang tid og kæmper med tankemylder og angst for ikke at nå det hele.',
            ],
            ['Der er lidt støj indimellem.', 'Jeg kan slet ikke koncentrere mig.'],
            [
              'Jeg er måske lidt mere følsom for tiden.',
              'Jeg græder tit, når ingen ser det, og jeg kan ikke styre mit temperament.',
            ],
          ],
        },
        { type: 'heading', text: 'Det optrappende stressforløb' },
        {
          type: 'paragraph',
          text: 'Medarbejderen peger hurtigt og præcist på de arbejdsforhold, der belaster, og har ofte talt med lederen flere gange uden at opleve, at der sker noget. Frustration, utålmodighed eller opgivenhed er tegn på afmagt.',
        },
        {
          type: 'table',
          header: ['Det medarbejderen siger', 'Det medarbejderen tænker'],
          rows: [
            [
              'Jeg har sagt, hvad der belaster.',
              'Jeg har jo fortalt dig, hvad der belaster, men du lytter ikke og gør ikke noget.',
            ],
            ['Der sker jo ikke noget alligevel.', 'Jeg føler mig magtesløs og er tæt på at give op.'],
            [
              'Jeg synes, jeg har sagt det flere gange …',
              'Jeg orker ikke at sige det samme igen, når der alligevel ikke sker noget.',
            ],
            [
              'Du er nødt til at gøre noget ved situationen.',
              'Jeg kan ikke holde til det længere. Skal jeg sygemelde mig?',
            ],
          ],
        },
        { type: 'heading', text: 'Det pludselige stressforløb' },
        {
          type: 'paragraph',
          text: 'Medarbejderen har ikke mærket symptomer – eller ikke koblet fx hovedpine og ondt i maven til stress – og vågner en dag ude af stand til at fungere. Det kommer bag på alle, også den ramte selv.',
        },
        {
          type: 'table',
          header: ['Det medarbejderen siger', 'Det medarbejderen tænker'],
          rows: [
            ['Det havde jeg ikke set komme.', 'Jeg kan slet ikke kende mig selv, og jeg er faktisk bange.'],
            [
              'Jeg forstår ikke rigtig, hvad der sker med mig.',
              'Jeg plejer at være så stærk. Kommer jeg nogensinde på sporet igen?',
            ],
            ['Jeg skal bare have lidt tid.', 'Jeg har brug for ro – men mister jeg mit job?'],
          ],
        },
      ],
    },
    {
      id: 'tavlen',
      kind: 'board',
      title: 'Hvor kender vi forløbene fra?',
      prompt: 'Skriv situationer eller tegn, I kender, og sæt dem under det forløb, de minder mest om.',
      board: {
        layout: 'columns',
        columns: [
          {
            id: 'snigende',
            label: 'Det snigende forløb',
            help: '„Der er lidt ekstra pres lige nu, men det bliver bedre om et par måneder.“ Tegn: overskud, humør og deltagelse i fællesskabet daler; glemmer aftaler, bliver ikke færdig til tiden, laver flere fejl, bruger længere tid, prioriterer forkert, arbejder over, bliver irritabel og har måske mere fravær. Skyld og skam fylder. I samtalen siger medarbejderen mindre, end det står til.',
          },
          {
            id: 'optrappende',
            label: 'Det optrappende forløb',
            help: '„Jeg synes, jeg har sagt det flere gange.“ Tegn: peger præcist på bestemte arbejdsforhold som årsag og tvivler ikke på, hvad der belaster; har haft gentagne samtaler med lederen uden mærkbar handling; viser frustration og utålmodighed eller er ked af det og opgivende. I samtalen siger medarbejderen tydeligt, hvad lederen bør gøre, men mindre tydeligt, hvordan han eller hun selv har det.',
          },
          {
            id: 'pludselige',
            label: 'Det pludselige forløb',
            help: '„Det havde jeg ikke set komme.“ Tegn: ingen mærkbare symptomer forud, eller symptomer som hovedpine og ondt i maven, der ikke er blevet koblet til stress. En dag er medarbejderen helt uden energi, har lyst til at græde hele tiden eller oplever et sammenbrud. Ofte har der ikke været nogen samtale om stress med lederen før sygemeldingen. Bagefter fylder forvirring og kampen for at forene reaktionen med selvbilledet som en stærk person.',
          },
        ],
      },
    },
    {
      id: 'dialog',
      kind: 'dialogue',
      title: 'Dialog i gruppen',
      questions: [
        {
          id: 'hvorfor-hvornaar',
          text: 'Skab fælles forståelse: Hvorfor – og hvornår – ender vi i de forskellige stresssituationer?',
          minutes: 5,
        },
        {
          id: 'mest-fremtraedende',
          text: 'Er én type stressforløb mere fremtrædende hos os end de to andre?',
          minutes: 3,
        },
        {
          id: 'laere',
          text: 'Ret blikket frem: Hvad kan vi lære af tidligere episoder, og hvad vil hjælpe os, så vi ikke ender dér igen?',
          minutes: 5,
        },
        {
          id: 'teamet-og-andre',
          text: 'Hvad kan vi selv gøre i teamet – og hvad kræver, at andre afdelinger, ledelsen, AMO, SU, HR eller andre nøglepersoner bliver involveret?',
          minutes: 5,
          hint: 'Skriv de to slags svar hver for sig, så det, der skal videre, ikke drukner.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
