import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'leader-conversation',
  kind: 'dialogue',
  title: 'Samtalen med den pressede medarbejder',
  purpose:
    'Klæder lederen på til at være på forkant i samtalen med en medarbejder, der er presset – uanset hvilket stressforløb der er tale om. Samtalen bygger på fire holdninger i rækkefølge: nysgerrighed, ydmyghed, empati og til sidst handling. Øvelsen lader lederne øve samtalen og tale om, hvad der er svært.',
  instructions: [
    'Vis første trin, og gå de fire holdninger igennem (ca. 5 minutter). Sig, at rækkefølgen er vigtig: Handling kommer til sidst, når lederen har lyttet og forstået.',
    'Fremhæv de tre forforståelser, der kan stå i vejen: at det mest er privatlivet og derfor ikke arbejdspladsens ansvar; at det nok ikke er så slemt og kan vente lidt; og at der ikke er tid og ressourcer til at gøre noget.',
    'Del deltagerne i grupper på tre: en leder, en medarbejder og en observatør. Medarbejderen tager udgangspunkt i en situation, vedkommende kender, uden navne. Lederen tager de fire trin i andet trin ét ad gangen (ca. 15 minutter). Observatøren noterer, hvornår de fire holdninger ses.',
    'Byt roller, hvis tiden tillader det.',
    'Tag opsamlingen i plenum med spørgsmålene i tredje trin (ca. 10 minutter).',
    'Luk med at minde om, at samtalen skal munde ud i en klar plan: hvad der sker, hvornår og hvordan I følger op – til en start med ugentlige opfølgningssamtaler.',
  ],
  projectorText:
    'Nysgerrighed – ydmyghed – empati – handling. Lyt og forstå først. Handl derefter, og aftal, hvordan I følger op.',
  prompts: [
    'Hvad oplever du er problemet, og hvad er det, der presser dig?',
    'Hvad har du brug for nu, og hvordan følger vi op?',
  ],
  minutes: 40,
  iglo: ['ledelse', 'individ'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: ['Papir til observatørens noter'],
  source: { document: 'bfa-industri-stress', section: 'Dialog mellem leder og medarbejder' },
  steps: [
    {
      id: 'fire-holdninger',
      kind: 'slide',
      title: 'Fire holdninger i samtalen',
      blocks: [
        {
          type: 'model',
          shape: 'steps',
          items: [
            {
              id: 'nysgerrighed',
              label: 'Nysgerrighed',
              text: 'Lyt til, hvad medarbejderen oplever er problemet, og tag oplevelsen alvorligt. Stil uddybende spørgsmål om, hvordan medarbejderen har det, og hvad der presser, så du ved, at du har forstået.',
            },
            {
              id: 'ydmyghed',
              label: 'Ydmyghed',
              text: 'Respektér medarbejderens oplevelse, også hvis du selv ser anderledes på det. Læg dine egne forforståelser til side for en stund: at det mest er privatliv, at det ikke er så slemt og kan vente, eller at der ikke er tid og ressourcer.',
            },
            {
              id: 'empati',
              label: 'Empati',
              text: 'Vis forståelse for medarbejderens situation og oplevelse. Sig klart, at du værdsætter medarbejderens indsats og gerne vil fastholde ham eller hende.',
            },
            {
              id: 'handling',
              label: 'Handling',
              text: 'Undersøg behovet for restitution, kompetenceløft, færre krav, flere ressourcer eller anden støtte. Hjælp med at prioritere, og skalér eventuelt ned for en afgrænset periode. Foreslå om nødvendigt et par dages restitution. Sig tydeligt, hvad der sker nu, og aftal til en start ugentlige opfølgninger.',
            },
          ],
        },
      ],
    },
    {
      id: 'samtalen',
      kind: 'dialogue',
      title: 'Samtalen',
      prompt:
        'Lederen tager de fire trin ét ad gangen. Medarbejderen svarer ud fra en situation, han eller hun kender.',
      questions: [
        {
          id: 'nysgerrighed',
          text: 'Nysgerrighed: Lyt til, hvad medarbejderen oplever er problemet, og spørg uddybende ind til, hvad der presser, og hvordan han eller hun har det.',
          minutes: 4,
          hint: 'Stil uddybende spørgsmål, og gentag med egne ord, hvad du har hørt, så medarbejderen kan rette dig.',
        },
        {
          id: 'ydmyghed',
          text: 'Ydmyghed: Respektér medarbejderens oplevelse, også hvis du selv ser anderledes på situationen.',
          minutes: 3,
          hint: 'Læg forforståelserne til side: at det primært er privatliv og ikke arbejdspladsens ansvar, at det ikke er så slemt og kan vente, eller at der ikke er tid og ressourcer til at gøre noget.',
        },
        {
          id: 'empati',
          text: 'Empati: Vis, at du forstår medarbejderens situation og oplevelse.',
          minutes: 3,
          hint: 'Sig tydeligt, at du værdsætter medarbejderens indsats og gerne vil fastholde ham eller hende.',
        },
        {
          id: 'handling',
          text: 'Handling: Find sammen ud af, hvad der skal til, og aftal, hvad der sker nu, hvornår og hvordan I følger op.',
          minutes: 5,
          hint: 'Undersøg behovet for restitution, kompetenceløft, regulering af krav, flere ressourcer, anden støtte eller andre samarbejdsflader. Er problemet mest privat, så fokusér på, hvad arbejdspladsen kan gøre for at støtte. Hjælp med at prioritere og afstemme niveauet; skalér ned eller flyt de opgaver, der presser mest – og sig, at det er midlertidigt og justeres efter, hvordan det går. Foreslå om nødvendigt et par dages restitution, hvor medarbejderen kan mærke efter, om planen er rigtig. Tag ansvar for at sige tydeligt, hvad der sker, hvornår og hvordan I følger op, og aftal til en start ugentlige opfølgningssamtaler, hvor planen kan justeres.',
        },
      ],
    },
    {
      id: 'opsamling',
      kind: 'dialogue',
      title: 'Opsamling',
      questions: [
        {
          id: 'svaerest',
          text: 'Hvilken af de fire holdninger var sværest at holde fast i – og hvorfor?',
          minutes: 4,
        },
        {
          id: 'forforstaaelser',
          text: 'Hvilke af dine egne forforståelser mærkede du undervejs?',
          minutes: 3,
        },
        {
          id: 'fremover',
          text: 'Hvad vil du gøre anderledes i din næste samtale med en medarbejder, der er presset?',
          minutes: 3,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
