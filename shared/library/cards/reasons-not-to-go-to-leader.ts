import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'reasons-not-to-go-to-leader',
  kind: 'checklist',
  title: 'Hvorfor går jeg ikke til min leder?',
  purpose:
    'Hjælper den enkelte medarbejder med at få øje på, om og hvorfor han eller hun holder sig fra at gå til lederen, når presset i arbejdet bliver for stort. Grundene falder i tre grupper, og hver gruppe peger på sin vej videre: at skabe overblik, at se på relationen til lederen eller at tage fat i oplevelsen af, at der ikke sker noget.',
  instructions: [
    'Indled med, at det er et fælles ansvar at sikre den rette balance i arbejdet, og at mange kæmper længe selv, før de går til lederen. Det kan føles sårbart, men det betyder, at lederen ikke får den viden, der skal til for at løse problemet.',
    'Bed hver deltager sætte kryds ved de grunde, han eller hun kan nikke genkendende til (ca. 3 minutter). Rummet ser kun, hvor mange der har krydset hver grund.',
    'Vis fordelingen på de tre farvede grupper, og forklar, hvad hver farve peger på. Gule grunde: Hvor ofte og hvor længe bruger jeg dem? Bliver man ved med at skubbe tingene til næste uge, kan værktøjet „Skab overblik“ hjælpe. Grønne grunde: Se nærmere på relationen til lederen. Blå grunde: Tag oplevelsen af, at der ikke bliver gjort noget, op med lederen – eller i kollegagruppen.',
    'Bemærk: I den tekst, kortet bygger på, er kildens farvemarkering af de enkelte grunde ikke bevaret. Grupperingen her følger kildens forklaring af, hvad hver farve står for.',
    'Tag dialogtrinnet to og to eller i små grupper (ca. 10 minutter). Ingen skal fortælle om deres egen leder i plenum.',
    'Saml op i plenum på det, der gælder hele gruppen: Hvad skal der til, for at det bliver lettere at gå til lederen hos os? Luk med, at hver deltager noterer ét skridt for sig selv.',
  ],
  projectorText:
    'Hvad holder dig fra at gå til din leder, når presset bliver for stort? Sæt kryds ved de grunde, du kender.',
  prompts: [
    'Hvilke af grundene kan du nikke genkendende til?',
    'Hvis ingen af dem passer, hvilke grunde har du så til ikke at gå til din leder?',
  ],
  minutes: 20,
  iglo: ['individ', 'gruppe'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'På individniveau: Balance mellem opgaver og ressourcer – Mulige faldgruber',
  },
  steps: [
    {
      id: 'grunde',
      kind: 'checklist',
      title: 'Grunde til ikke at gå til lederen',
      prompt: 'Sæt kryds ved de grunde, du kan nikke genkendende til.',
      groups: [
        {
          id: 'gule',
          label: 'Gule grunde: Jeg klarer det selv, det går snart over',
          colour: 'yellow',
          items: [
            {
              id: 'plejer-at-klare-det',
              label: 'Jeg plejer at kunne klare det hele, så det kan jeg også nu',
            },
            { id: 'bare-denne-uge', label: 'Jeg skal bare lige igennem denne uge, så bliver det bedre' },
          ],
        },
        {
          id: 'groenne',
          label: 'Grønne grunde: relationen til lederen',
          colour: 'green',
          items: [
            { id: 'lytter-ikke', label: 'Min leder lytter alligevel ikke' },
            { id: 'vise-svaghed', label: 'Jeg vil ikke vise svaghed over for min leder' },
            { id: 'bange-for-reaktion', label: 'Jeg er bange for, hvordan min leder vil reagere' },
          ],
        },
        {
          id: 'blaa',
          label: 'Blå grunde: Der bliver alligevel ikke gjort noget',
          colour: 'blue',
          items: [
            { id: 'et-vilkaar', label: 'Jeg får at vide, at det er et vilkår, som jeg må tilpasse mig' },
            {
              id: 'moeder-muren',
              label: 'Jeg møder muren, hver gang jeg går til min leder, så jeg har givet op',
            },
          ],
        },
      ],
    },
    {
      id: 'refleksion',
      kind: 'dialogue',
      title: 'Hvad fortæller dine krydser?',
      questions: [
        {
          id: 'andre-grunde',
          text: 'Hvis ingen af grundene passer, hvilke grunde har du så til ikke at gå til din leder?',
          minutes: 2,
        },
        {
          id: 'gule',
          text: 'Gule grunde: Hvor ofte bruger du dem, og hvor længe har du gjort det?',
          minutes: 3,
          hint: 'Bliver man ved med at udskyde at forholde sig til næste uge eller til opgaverne på lidt længere sigt, kan værktøjet „Skab overblik“ hjælpe.',
        },
        {
          id: 'groenne',
          text: 'Grønne grunde: Hvad kendetegner din relation til lederen? Hvorfor er der ikke mere tillid, og hvor kan du få hjælp og støtte til at tage den vigtige samtale?',
          minutes: 3,
        },
        {
          id: 'blaa',
          text: 'Blå grunde: Hvordan kan samtalen med lederen tage fat i oplevelsen af, at der ikke bliver gjort noget ved problemerne?',
          minutes: 3,
          hint: 'Samtalen kan også tages i kollegagruppen, hvor man sammen kan pege på mulige løsninger.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
