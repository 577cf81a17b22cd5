import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'energy-givers-drainers',
  kind: 'board',
  title: 'Energigivere og energidrænere',
  purpose:
    'Et personligt trivselstjek: Den enkelte placerer sin trivsel på barometeret og ser derefter på, hvad der giver energi i arbejdet, og hvad der dræner for energi – og hvad han eller hun selv kan gøre for at få mere af det første og mindre af det sidste, hvem der kan hjælpe, og hvornår det skal ske. I en travl hverdag glemmer man let at mærke efter, eller man vænner sig til forhold, der trækker humøret ned. Tjekket hjælper også med at få øje på de gode oplevelser.',
  instructions: [
    'Indled med kildens pointe: I travlhed glemmer vi nogle gange at mærke efter, hvordan vi trives, eller vi har vænnet os til forhold, der trækker humøret ned. Det kan også ske, at de 10 procent af arbejdsdagen, der ikke fungerer, kommer til at fylde og farve vores tanker om arbejdet.',
    'Bed hver deltager placere sin trivsel på barometeret fra 1 til 10 og skrive et par ord om hvorfor (ca. 3 minutter). Mærkerne er anonyme.',
    'Vis skemaet. Bed hver deltager skrive op til to energigivere og to energidrænere fra arbejdet i første kolonne og udfylde resten af rækken for hver af dem (ca. 15 minutter). Nummerér sedlerne 1 og 2, så sedlerne i samme række hører sammen, ligesom i kildens skema.',
    'Sig, at skemaet er personligt. Bed deltagerne tale to og to om det, de har lyst til at dele, især om hvem der kan hjælpe (ca. 7 minutter).',
    'Luk med, at hver deltager vælger én energigiver at holde fast i og én dræner at tage fat på, og aftaler, hvornår han eller hun ser på status igen. Brug barometeret igen senere: Når det rykker opad – eller kollegerne giver ny positiv feedback – er man på rette spor.',
    'Valgfrit trin (ca. 15 minutter ekstra): Kilden har et beslægtet skema om, hvornår man selv er energigiver eller energidræner i fællesskabet. Som energigiver handler og taler man, så det giver én selv og fællesskabet energi; som energidræner tager man energien fra både sig selv og fællesskabet. Første skridt er at finde ud af, i hvilke situationer man er det ene eller det andet, så man kan finde årsagen og ændre det – gerne med hjælp fra andre.',
  ],
  projectorText:
    'Hvor ligger din trivsel lige nu? Hvad giver dig energi i arbejdet, og hvad dræner dig – og hvad kan du selv gøre ved det?',
  prompts: [
    'Hvor ligger din trivsel på arbejdet lige nu, fra 1 til 10?',
    'Hvad har givet dig energi i arbejdet, og hvad kan du gøre, så der sker mere af det?',
    'Hvad har drænet dig for energi, og hvilke muligheder har du for at mindske det?',
    'Hvem kan hjælpe dig, og hvornår rykker du?',
  ],
  minutes: 30,
  iglo: ['individ'],
  phases: ['seminar', 'activity'],
  themes: [],
  materials: ['Et skema med rækkerne energigivere og energidrænere på papir, hvis der ikke bruges projektor'],
  source: { document: 'bfa-industri-stress', section: 'På individniveau: Kontinuerligt trivselsfokus' },
  steps: [
    {
      id: 'barometer',
      kind: 'scale',
      title: 'Din trivsel lige nu',
      prompt: 'Placér din trivsel på barometeret, og skriv et par ord om hvorfor.',
      min: 1,
      max: 10,
      minLabel: 'Meget lav trivsel',
      maxLabel: 'Meget høj trivsel',
      askWhy: true,
    },
    {
      id: 'skema',
      kind: 'board',
      title: 'Mine energigivere og energidrænere',
      prompt:
        'Skriv op til to energigivere og to energidrænere, nummerér dem 1 og 2, og udfyld kolonnerne for hver af dem.',
      board: {
        layout: 'grid',
        rows: [
          {
            id: 'energigivere',
            label: 'Energigivere',
            help: 'Det, der har givet dig energi i arbejdet. Hvad kan du selv gøre, så der sker mere af det?',
          },
          {
            id: 'energidraenere',
            label: 'Energidrænere',
            help: 'Det, der har drænet dig for energi i arbejdet. Hvilke handlemuligheder har du for at mindske det?',
          },
        ],
        columns: [
          {
            id: 'hvad',
            label: 'Hvad giver eller dræner energi?',
            help: 'Skriv det konkret, og nummerér sedlen 1 eller 2.',
          },
          {
            id: 'forklaring',
            label: 'Hvordan forklarer jeg det?',
            help: 'Hvorfor giver det – eller tager det – energi?',
          },
          {
            id: 'holde-fast-give-slip',
            label: 'Hvad kan jeg gøre for at holde fast eller give slip?',
          },
          {
            id: 'hvem-hjaelper',
            label: 'Hvem kan hjælpe mig?',
            help: 'Hvem involverer det, og hvem kan hjælpe?',
          },
          { id: 'hvornaar', label: 'Hvornår?', help: 'Hvornår rykker du?' },
          { id: 'status', label: 'Status' },
          { id: 'opfoelgning', label: 'Opfølgning' },
        ],
      },
    },
    {
      id: 'i-faellesskabet',
      kind: 'board',
      title: 'Er jeg energigiver eller energidræner i fællesskabet?',
      optional: true,
      prompt:
        'Skriv op til to situationer, hvor du er energigiver, og to, hvor du er energidræner, og udfyld kolonnerne for hver af dem.',
      board: {
        layout: 'grid',
        rows: [
          {
            id: 'energigiver',
            label: 'Energigiver',
            help: 'Du handler og taler på en måde, der giver dig selv og fællesskabet energi. Du er rettet mod løsninger og leder efter måder, fællesskabet kan trives endnu bedre på.',
          },
          {
            id: 'energidraener',
            label: 'Energidræner',
            help: 'Du handler og taler på en måde, der tager energi fra dig selv og fællesskabet. Du kritiserer forholdene oftere, end du bidrager til løsninger, er opgivende og giver udtryk for, at det ikke nytter at prøve at ændre noget.',
          },
        ],
        columns: [
          {
            id: 'situationer',
            label: 'I hvilke situationer i fællesskabet er jeg det?',
            help: 'Nummerér sedlen 1 eller 2.',
          },
          { id: 'kendetegn', label: 'Hvad kendetegner de situationer?' },
          {
            id: 'forhold',
            label: 'Hvilke forhold har betydning for, at jeg er det?',
            help: 'Se på organisationen, lederen, gruppen og dig selv. Kilden nævner, at oplevelsen af at blive lyttet til og af, at der bliver handlet på problemerne, betyder meget – og at kulturen i gruppen og ens egen personlighed og tidligere erfaringer også spiller ind.',
          },
          {
            id: 'holde-fast-give-slip',
            label: 'Hvad kan jeg gøre for at holde fast eller give slip?',
          },
          { id: 'hvem-hjaelper', label: 'Hvem kan hjælpe mig?' },
        ],
      },
    },
  ],
} satisfies ExerciseCardInput;
