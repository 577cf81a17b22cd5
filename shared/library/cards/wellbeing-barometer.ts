import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'wellbeing-barometer',
  kind: 'scale',
  title: 'Trivselsbarometeret',
  purpose:
    'Gør gruppens aktuelle trivsel, ressourcer og belastninger synlige på få minutter, så leder og kolleger kan følge med og handle i tide. Værktøjet er tænkt til de faste tavle- eller afdelingsmøder, så trivsel bliver en del af hverdagen og ikke kun noget, man taler om én gang om året.',
  instructions: [
    'Forklar kort skalaen: 1 er meget lav trivsel, 10 er meget høj trivsel lige nu.',
    'Bed hver deltager sætte sit mærke på skalaen, én ad gangen eller samtidigt. Navn eller et selvvalgt symbol er lige godt; i Forløb er mærkerne anonyme.',
    'Bed hver deltager om et par ord om, hvorfor mærket står der, fx samarbejde, interessante opgaver, indflydelse, støtte fra kolleger eller leder, forudsigelighed, information, tillid, anerkendelse eller travlhed.',
    'Vis fordelingen, og tal om den uden at lede efter den enkelte: Hvad trækker op, og hvad trækker ned?',
    'Aftal, hvem der tager en lille, konkret ting videre. Kilden foreslår et trivselsteam blandt medarbejderne, som løbende tager små initiativer i hverdagen.',
    'Brug barometeret igen ved de næste møder, så udviklingen kan følges.',
  ],
  projectorText:
    'Hvor ligger din trivsel lige nu, på en skala fra 1 til 10? Sæt dit mærke, og skriv gerne et ord om hvorfor.',
  prompts: [
    'Hvor ligger din trivsel på arbejdet lige nu, fra 1 (meget lav) til 10 (meget høj)?',
    'Hvad er den vigtigste grund til, at dit mærke står der?',
  ],
  minutes: 15,
  iglo: ['individ', 'gruppe'],
  phases: ['seminar', 'activity', 'wrapup'],
  themes: [],
  materials: ['Whiteboard eller flipover med en skala fra 1 til 10, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'Værktøj: Trivselsbarometeret' },
  steps: [
    {
      id: 'barometer',
      kind: 'scale',
      title: 'Trivselsbarometeret',
      prompt: 'Hvor ligger din trivsel lige nu?',
      min: 1,
      max: 10,
      minLabel: 'Meget lav trivsel',
      maxLabel: 'Meget høj trivsel',
      askWhy: true,
    },
    {
      id: 'samtale',
      kind: 'dialogue',
      title: 'Hvad viser barometeret?',
      questions: [
        {
          id: 'traekker-op',
          text: 'Hvad trækker trivslen op hos os lige nu?',
          minutes: 4,
        },
        {
          id: 'traekker-ned',
          text: 'Hvad trækker trivslen ned?',
          minutes: 4,
          hint: 'Hold samtalen på forholdene i arbejdet, ikke på den enkeltes mærke.',
        },
        {
          id: 'lille-skridt',
          text: 'Hvilken lille ting kan vi gøre inden næste møde, og hvem tager den?',
          minutes: 4,
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
