import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'wellbeing-triangle',
  kind: 'board',
  title: 'Trivselstrekanten: selv, fællesskabet eller ledelsen?',
  purpose:
    'Et trivselstjek, der gør det synligt, hvad I typisk gør, når trivslen eller balancen i arbejdet kommer under pres: Klarer I det selv, vender I jer mod fællesskabet, eller går I til ledelsen? Gruppen ser på, hvor vægten ligger mellem trekantens tre hjørner, hvad handlingerne giver på kort og på lang sigt, og hvad der skal skrues op eller ned for, så trivslen øges, og kulturen bliver mere stressforebyggende.',
  instructions: [
    'Indled med, at det er et fælles ansvar at sikre den rette balance i arbejdet. Tegn eller vis trekanten, og præsentér de tre hjørner: at håndtere det selv, at vende sig mod fællesskabet og at gå til ledelsen. Kilden kalder modellen „Trivselstjek på alle niveauer“, så den kan bruges i en medarbejdergruppe, i en ledergruppe eller i AMO.',
    'Sig det ligeud: Kildens tekst nævner trekantens tre hjørner, men de eksempler på handlinger, som trekanten i kilden viser, er ikke med i den tekst, kortet bygger på. Deltagerne skriver derfor deres egne handlinger. Hjælpeteksterne i felterne bruger eksempler, som kilden nævner andre steder.',
    'Bed deltagerne skrive de handlinger, der er typiske hos jer, når presset stiger eller trivslen daler – én handling pr. seddel – og sætte dem i det hjørne, de hører til (ca. 10 minutter). Kilden beder deltagerne sætte ring om de handlinger, der er typiske; her kommer kun de typiske op på tavlen.',
    'Læs tavlen op, og tag dialogtrinnet i plenum eller i små grupper (ca. 15 minutter). Hold fokus på, hvad I gør som gruppe, ikke på den enkelte.',
    'Spørg til både kort og lang sigt. Kilden beskriver, at når hver enkelt klarer presset selv, får hverken kolleger eller leder at vide, at der er ubalance – og en stresssygemelding kan så komme som lyn fra en klar himmel.',
    'Luk med at skrive det, I vil skrue op for, og det, I vil skrue ned for, som to-tre konkrete aftaler med en ansvarlig og en dato for, hvornår I ser på trekanten igen.',
  ],
  projectorText:
    'Når presset stiger: Klarer vi det selv, vender vi os mod fællesskabet, eller går vi til ledelsen? Hvor ligger vægten hos os – og hvad skal vi skrue op eller ned for?',
  prompts: [
    'Hvad gør vi typisk hos os, når trivslen eller balancen i arbejdet kommer under pres?',
    'Hvilket af trekantens hjørner fylder mest hos os?',
    'Hvad giver vores handlinger på kort sigt – og på lang sigt?',
    'Hvad skal vi skrue op eller ned for?',
  ],
  minutes: 30,
  iglo: ['individ', 'gruppe', 'ledelse'],
  phases: ['seminar', 'activity'],
  themes: ['samarbejde-kultur-mobning'],
  materials: ['Post-its og en stor trekant med de tre hjørner på flipover, hvis der ikke bruges projektor'],
  source: {
    document: 'bfa-industri-stress',
    section: 'Model: Trivselstjek på alle niveauer (trivselstrekanten)',
  },
  steps: [
    {
      id: 'trekanten',
      kind: 'board',
      title: 'Trivselstrekanten',
      prompt:
        'Skriv de handlinger, der er typiske hos jer, når presset stiger, og sæt dem i det hjørne, hvor de hører hjemme.',
      board: {
        layout: 'fields',
        fields: [
          {
            id: 'selv',
            label: 'Vi håndterer det selv',
            help: 'Det, den enkelte gør på egen hånd. Kilden nævner fx at forsøge at klare presset ved at arbejde længere og hurtigere, at sænke kvaliteten for at nå det hele eller at søge mere energi gennem motion, afspænding og bedre søvn.',
            iglo: 'individ',
          },
          {
            id: 'faellesskabet',
            label: 'Vi vender os mod fællesskabet',
            help: 'Det, I gør sammen med kollegerne. Kilden nævner fx at søge hjælp hos hinanden, læsse af hos hinanden, tale om udfordringerne og finde fælles løsninger.',
            iglo: 'gruppe',
          },
          {
            id: 'ledelsen',
            label: 'Vi går til ledelsen',
            help: 'Det, I tager op med lederen. Kilden nævner både at gå til lederen alene og at gå til ledelsen sammen som gruppe.',
            iglo: 'ledelse',
          },
        ],
      },
    },
    {
      id: 'dialog',
      kind: 'dialogue',
      title: 'Hvad fortæller trekanten?',
      questions: [
        {
          id: 'hovedvaegt',
          text: 'Hvor ligger hovedvægten mellem de tre hjørner hos os?',
          minutes: 4,
        },
        {
          id: 'effekt',
          text: 'Hvad er effekten af de handlinger, vi typisk bruger – på kort sigt og på lang sigt?',
          minutes: 6,
          hint: 'Det, der letter i dag, kan koste senere. Spørg fx: Hvem opdager det, hvis vi klarer det hele selv?',
        },
        {
          id: 'skrue-op-ned',
          text: 'Er der noget, vi skal skrue op eller ned for, så trivslen øges, og vores kultur bliver mere stressforebyggende?',
          minutes: 5,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
