import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'remove-stones-in-shoe',
  kind: 'board',
  title: 'Fjern stenene i skoen',
  purpose:
    'At forebygge stress handler blandt andet om at tage fat i det, der ikke fungerer så godt, som det kunne, og som er blevet en sten i skoen. Skemaet hjælper med at finde ud af, hvor et problem er opstået, og hvordan det viser sig på niveauerne organisation, ledelse, gruppe og individ, og med at lave fælles løsningsforslag. Det holder dialogen løsningsorienteret, og sedlerne på tavlen kan gøres til handlinger i handleplanen.',
  instructions: [
    'Forklar, hvad en sten i skoen er: noget i hverdagen, der ikke fungerer så godt, som det kunne, og som bliver ved med at gnave. Lad gruppen nævne et par sten, og vælg én, I arbejder med i skemaet (ca. 5 minutter). Tag én sten ad gangen; skriv de andre ned til senere.',
    'Gennemgå skemaet: Rækkerne er de fire IGLO-niveauer – organisation, leder, gruppen og individ. Kolonnerne går fra, hvor problemet er opstået, over hvordan det kommer til udtryk, til hvad der skal gøres, og hvem der gør hvad hvornår.',
    'Udfyld første kolonne række for række ud fra spørgsmålet i rækken: Hvilken betydning har organisationen, lederen, gruppen og jeg selv haft for problemet? (ca. 10 minutter). Hold fast i, at alle fire niveauer skal med – også ens eget.',
    'Udfyld derefter, hvordan problemet kommer til udtryk på hvert niveau (ca. 10 minutter).',
    'Skriv, hvad der skal gøres på hvert niveau (ca. 10 minutter). På organisationsniveau er spørgsmålet, hvad I ikke selv kan klare, og hvad der derfor skal videre til næste ledelseslag.',
    'Luk med tidsrammen: hvem gør hvad hvornår (ca. 10 minutter). Gør sedlerne til handlinger i handleplanen med en ansvarlig og en dato, og aftal, hvem der bringer det, I ikke selv kan klare, videre til næste ledelseslag, og hvornår I følger op.',
  ],
  projectorText:
    'Hvilken sten i skoen vil vi fjerne? Hvor er den opstået, hvordan viser den sig, hvad skal der gøres – og hvem gør hvad hvornår?',
  prompts: [
    'Hvilken betydning har organisationen, lederen, gruppen og du selv haft for problemet?',
    'Hvad kan hvert niveau gøre – og hvad må videre til næste ledelseslag?',
    'Hvem gør hvad hvornår?',
  ],
  minutes: 50,
  iglo: ['individ', 'gruppe', 'ledelse', 'organisation'],
  phases: ['seminar', 'activity', 'wrapup'],
  themes: [],
  materials: ['Post-its og skemaet tegnet på en flipover, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'Fjern stenene i skoen' },
  steps: [
    {
      id: 'stenen',
      kind: 'dialogue',
      title: 'Hvilken sten vil vi fjerne?',
      questions: [
        {
          id: 'hvilke-sten',
          text: 'Hvad fungerer ikke så godt hos os, som det kunne, og er blevet en sten i skoen?',
          minutes: 3,
        },
        {
          id: 'vaelg-en',
          text: 'Hvilken sten vil vi tage fat i først?',
          minutes: 2,
          hint: 'Skriv de andre sten ned, så de kan tages op på et senere møde.',
        },
      ],
    },
    {
      id: 'skemaet',
      kind: 'board',
      title: 'Fjern stenene i skoen',
      prompt: 'Sæt hver seddel i den række og kolonne, hvor den hører hjemme.',
      board: {
        layout: 'grid',
        rows: [
          {
            id: 'organisation',
            label: 'O – Organisation',
            help: 'Hvilken betydning har organisationen haft for problemet? Hvad kan vi ikke selv klare, så det må videre til næste ledelseslag?',
            iglo: 'organisation',
          },
          {
            id: 'ledelse',
            label: 'L – Leder',
            help: 'Hvilken betydning har lederen haft for problemet? Hvad kan lederen gøre?',
            iglo: 'ledelse',
          },
          {
            id: 'gruppe',
            label: 'G – Gruppen',
            help: 'Hvilken betydning har gruppen haft for problemet? Hvad kan gruppen gøre?',
            iglo: 'gruppe',
          },
          {
            id: 'individ',
            label: 'I – Individ',
            help: 'Hvilken betydning har jeg selv haft for problemet? Hvad kan jeg selv gøre?',
            iglo: 'individ',
          },
        ],
        columns: [
          {
            id: 'opstaaet',
            label: 'Hvor er problemet opstået?',
            help: 'Hvilken betydning har niveauet haft for, at problemet er opstået? Se spørgsmålet i rækken.',
          },
          {
            id: 'udtryk',
            label: 'Hvordan kommer det til udtryk?',
            help: 'Hvordan viser problemet sig på O-, L-, G- og I-niveau?',
          },
          {
            id: 'hvad-goeres',
            label: 'Hvad skal gøres?',
            help: 'Hvad skal gøres på de forskellige niveauer? Se spørgsmålet i rækken.',
          },
          {
            id: 'hvem-hvornaar',
            label: 'Tidsramme: hvem gør hvad hvornår?',
            help: 'Hvem gør hvad, og hvornår? Sedlerne her bliver til handlinger i handleplanen.',
          },
        ],
      },
      notesBecomeActions: true,
    },
  ],
} satisfies ExerciseCardInput;
