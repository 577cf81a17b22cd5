import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'five-risk-factors',
  kind: 'slide',
  title: 'Fem påvirkninger i det psykiske arbejdsmiljø',
  purpose:
    'Giver arbejdsmiljøorganisationen, ledelsen og medarbejderne et fælles sprog for de fem påvirkninger, som Arbejdstilsynets bekendtgørelse om psykisk arbejdsmiljø peger på som mulige kilder til stress, og viser, hvorfor det er særligt vigtigt at holde øje med de steder, hvor flere påvirkninger mødes.',
  instructions: [
    'Vis tabellen med de fem påvirkninger, og gå dem igennem én ad gangen. Brug et par minutter på hver, og spørg undervejs, om definitionen giver mening i jeres arbejde.',
    'Understreg forskellen: Krænkende handlinger og arbejdsrelateret vold er altid en belastning. De tre første bliver først en belastning, når de ikke forebygges godt nok og ikke opvejes af de ressourcer, der skal til.',
    'Nævn, at arbejdsgiveren løbende skal afdække, om påvirkningerne findes på arbejdspladsen, og vurdere, om risikoen er forebygget effektivt – og at medarbejdernes egne erfaringer er en vigtig kilde til den viden.',
    'Vis derefter de fire kombinationer, som Det Nationale Forskningscenter for Arbejdsmiljø har undersøgt, og forklar, at risikoen vokser, når påvirkningerne optræder samtidig.',
    'Slut af med at spørge rummet, hvor de umiddelbart genkender påvirkningerne hos jer. Skriv stikord ned, men gem den grundige snak til øvelsen „Dialog om de fem påvirkninger“.',
    'Kilden henviser til „Arbejdsgiverens tjekliste“ i Arbejdstilsynets vejledninger om stor arbejdsmængde og tidspres, høje følelsesmæssige krav og uklare og modstridende krav; henvis dertil, hvis gruppen vil gå videre.',
  ],
  projectorText:
    'Fem påvirkninger kan føre til stress. To af dem er altid en belastning. Flere på én gang øger risikoen.',
  prompts: [
    'Hvor genkender du de fem påvirkninger i dit eget arbejde?',
    'Hvor i jeres arbejde mødes to eller flere påvirkninger på samme tid?',
  ],
  minutes: 15,
  iglo: ['organisation'],
  phases: ['preparation', 'seminar'],
  themes: ['vold-og-trusler', 'samarbejde-kultur-mobning'],
  materials: [],
  source: {
    document: 'bfa-velfaerd-amo-anker',
    section: 'Tal om påvirkningerne i det psykiske arbejdsmiljø',
  },
  steps: [
    {
      id: 'fem-paavirkninger',
      kind: 'slide',
      title: 'De fem påvirkninger',
      blocks: [
        { type: 'heading', text: 'Fem påvirkninger i det psykiske arbejdsmiljø' },
        {
          type: 'table',
          header: ['Påvirkning', 'Hvad det betyder'],
          rows: [
            [
              'Stor arbejdsmængde og tidspres',
              'Der er ikke balance mellem de opgaver, der skal løses, og den tid, der er til dem. Man arbejder derfor intensivt, i højt tempo, uden pauser til at komme sig eller i så mange timer, at restitutionen kommer under pres.',
            ],
            [
              'Uklare og modstridende krav i arbejdet',
              'Kravene i arbejdet er ikke tydelige, eller de kan ikke opfyldes på samme tid.',
            ],
            [
              'Høje følelsesmæssige krav i arbejdet med mennesker',
              'Arbejdet med mennesker kræver, at man sætter sig ind i, rummer eller håndterer deres tanker, følelser eller adfærd, at man håndterer eller holder sine egne tanker og følelser tilbage, eller at man tilpasser sin kommunikation og adfærd til dem, man arbejder med.',
            ],
            [
              'Krænkende handlinger, herunder mobning og seksuel chikane',
              'En eller flere personer på arbejdspladsen udsætter – groft eller gentagne gange – en eller flere andre på arbejdspladsen for mobning, seksuel chikane eller anden nedværdigende adfærd. Det afgørende er, at den eller de udsatte oplever adfærden som nedværdigende.',
            ],
            [
              'Arbejdsrelateret vold',
              'Personer uden for arbejdspladsen, fx borgere eller kunder, udøver vold mod de ansatte. Vold dækker både fysiske angreb og psykisk vold som trusler og anden krænkende adfærd, også chikane. Det kan ske både i arbejdet og uden for arbejdstiden.',
            ],
          ],
        },
        {
          type: 'paragraph',
          text: 'De to sidste påvirkninger – krænkende handlinger og vold – er altid en belastning. De tre første bliver en belastning, når de ikke forebygges tilstrækkeligt og ikke opvejes af de nødvendige ressourcer.',
        },
      ],
    },
    {
      id: 'kombinationer',
      kind: 'slide',
      title: 'Når påvirkningerne kommer samtidig',
      blocks: [
        { type: 'heading', text: 'Fire risikable kombinationer' },
        {
          type: 'paragraph',
          text: 'Det Nationale Forskningscenter for Arbejdsmiljø har undersøgt, hvad det betyder, når flere påvirkninger optræder på samme tid. Disse fire kombinationer blev undersøgt:',
        },
        {
          type: 'bullets',
          items: [
            'Høje følelsesmæssige krav sammen med stor arbejdsmængde og tidspres',
            'Høje følelsesmæssige krav sammen med arbejdsrelateret vold',
            'Stor arbejdsmængde og tidspres sammen med arbejdsrelateret vold',
            'Stor arbejdsmængde og tidspres sammen med uklare og modstridende krav',
          ],
        },
        {
          type: 'paragraph',
          text: 'De, der svarede, at de var udsat for én eller flere af kombinationerne, havde en endnu større risiko for langvarigt sygefravær og for flere depressive symptomer end dem, der var udsat for én eller ingen af påvirkningerne. For nogle kombinationer blev risikoen fordoblet; for andre var den samlede virkning større end summen af de enkelte påvirkninger.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
