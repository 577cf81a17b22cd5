import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'three-prevention-areas',
  kind: 'slide',
  title: 'Tre centrale forebyggelsesområder',
  purpose:
    'Giver overblik over de tre områder, hvor forebyggelsen af stress betaler sig – balance mellem opgaver og ressourcer, et kontinuerligt trivselsfokus i hverdagen og en fællesskabskultur – og over de tre typer forebyggelse: primær, sekundær og tertiær. Kortet viser også, hvad hvert område betyder på de fire IGLO-niveauer, så man kan vælge de øvelser, der passer.',
  instructions: [
    'Vis første trin med de tre områder. Fortæl, at forskning og praksis viser, at forebyggelse betaler sig, men at det ikke er ligegyldigt, hvor man sætter ind.',
    'Forklar, hvordan områderne hænger sammen: Balance giver tid og overskud til at arbejde med trivsel og til at prioritere fællesskabet. Et løbende trivselsfokus holder balancen og kulturen ved lige, fordi vilkårene hele tiden ændrer sig. Og uden en fællesskabskultur er det svært at tale om trivsel og balance.',
    'Vis andet trin, tabellen med de fire IGLO-niveauer. Tabellen er kortets sammenfatning af kildens afsnit; kilden har ikke selv én samlet tabel, men beskriver hvert område niveau for niveau med egne værktøjer. Peg på de øvelser, I vil bruge i forløbet.',
    'Vis tredje trin om primær, sekundær og tertiær forebyggelse. Fortæl, at kilden anbefaler, at topledelse og AMO melder dette tredelte fokus klart ud, så alle har et fælles udgangspunkt.',
    'Bed deltagerne om at tale i små grupper om spørgsmålene (ca. 8 minutter), og saml op i plenum: Hvor står vi stærkt, og hvor mangler vi?',
    'Luk med at notere det område eller den type forebyggelse, gruppen vil arbejde videre med.',
  ],
  projectorText:
    'Tre områder hænger sammen: balance mellem opgaver og ressourcer, løbende fokus på trivsel og en fællesskabskultur. Og forebyggelsen skal dække både rammerne, de første tegn og hjælpen til den, der er ramt.',
  prompts: [
    'Hvilket af de tre områder er vi stærkest på – og hvilket er vi svagest på?',
    'Har vi fokus på alle tre typer forebyggelse? Hvor mangler vi at sætte ind?',
    'Hvad kan vi lære af tidligere stressrelaterede sygemeldinger hos os?',
  ],
  minutes: 20,
  iglo: ['individ', 'gruppe', 'ledelse', 'organisation'],
  phases: ['preparation', 'seminar'],
  themes: [],
  materials: [],
  source: { document: 'bfa-industri-stress', section: 'Tre centrale forebyggelsesområder' },
  steps: [
    {
      id: 'tre-omraader',
      kind: 'slide',
      title: 'Tre områder, der hænger sammen',
      blocks: [
        {
          type: 'model',
          shape: 'cycle',
          title: 'Tre centrale forebyggelsesområder',
          items: [
            {
              id: 'balance',
              label: '1. Balance mellem opgaver og ressourcer',
              text: 'En forudsætning for de to andre: Der skal være tid og mentalt overskud til at arbejde med trivsel og til at prioritere fællesskabet, der rummer mange ressourcer og fælles løsninger.',
            },
            {
              id: 'trivselsfokus',
              label: '2. Kontinuerligt trivselsfokus i hverdagen',
              text: 'Trivsel er den bedste stressforebyggelse. Et løbende fokus holder balancen og fællesskabskulturen ved lige, fordi vilkårene hele tiden ændrer sig.',
            },
            {
              id: 'faellesskabskultur',
              label: '3. Fællesskabskultur',
              text: 'Uden en kultur, hvor man er fælles om tingene, bliver det svært at tale om trivsel og balance.',
            },
          ],
        },
      ],
    },
    {
      id: 'iglo-niveauer',
      kind: 'slide',
      title: 'De tre områder på de fire IGLO-niveauer',
      blocks: [
        {
          type: 'table',
          header: [
            'Niveau',
            'Balance mellem opgaver og ressourcer',
            'Kontinuerligt trivselsfokus',
            'Fællesskabskultur',
          ],
          rows: [
            [
              'Organisation',
              'Topledelsen skaber realistiske rammer og giver lederne reel tid til personaleledelse. Dialog med SU og AMO om opgaver og ressourcer.',
              'Primær, sekundær og tertiær forebyggelse meldes klart ud. Mål, belønning og trivsels-KPI’er; trivsel fast på dagsordenen ved ledermøder.',
              'Topledelsens signaler og prioritering. Samarbejdsstrukturer: ledergruppemøder, AMO og SU med fokus på trivsel, medarbejdergrupper der mødes.',
            ],
            [
              'Ledelse',
              'Dialog med medarbejderne om mål, forventninger og udfordringer. Faldgruber: mange ledelsesskift og mange administrative opgaver.',
              'Lær medarbejderne at kende, tag samtalen i tide, arbejd for en tryg relation, lav en handlingsplan og følg den. Trivselsbarometeret.',
              'Ledersparring om egen og medarbejdernes trivsel, arbejdspres og forståelse af stress. Lederen som kulturbærer.',
            ],
            [
              'Gruppe',
              'Faste møder om den oplevede balance – „vi skaber overblikket sammen“, omfordeler opgaver og støtter hinanden.',
              'Kollegial dialog om god trivsel, fx tjek ind med et tal eller en farve. Et månedligt møde om det, der påvirker trivslen.',
              'Fra en individuel til en kollektiv kultur; undgå frustrationsspiralen; psykologisk tryghed og fællesskab på tværs af afdelinger.',
            ],
            [
              'Individ',
              'Skab overblik over egne opgaver og tid. Vær opmærksom på, hvorfor man evt. ikke går til sin leder.',
              'Tjek ind på egen trivsel med barometeret, og se på energigivere og energidrænere.',
              'Man er selv medskaber af kulturen – som energigiver eller energidræner.',
            ],
          ],
        },
      ],
    },
    {
      id: 'forebyggelsestyper',
      kind: 'slide',
      title: 'Primær, sekundær og tertiær forebyggelse',
      blocks: [
        {
          type: 'table',
          header: ['Type', 'Hvad den skal sikre', 'Spørgsmål at stille'],
          rows: [
            [
              'Primær forebyggelse',
              'Et inkluderende psykisk arbejdsmiljø med gode rammer for arbejdet',
              'Har vi fokus på realistiske rammer for arbejdet?',
            ],
            [
              'Sekundær forebyggelse',
              'En hensigtsmæssig og tidlig håndtering af signaler på stress',
              'Hjælper vi den enkelte med at håndtere situationen?',
            ],
            [
              'Tertiær forebyggelse',
              'Et beredskab, der sikrer effektiv hjælp til medarbejdere med alvorlig stress',
              'Kan vi tilbyde hjælp til den, der er ramt af stress?',
            ],
            [
              'Læring af tidligere sygefravær',
              'At erfaringerne fra tidligere stressrelaterede sygemeldinger bruges i alle tre typer',
              'Hvad kan vi lære af de forløb, vi har haft?',
            ],
          ],
        },
        {
          type: 'paragraph',
          text: 'For hver type spørger man: Hvad gør vi nu? Og hvad har vi brug for at gøre mere af?',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
