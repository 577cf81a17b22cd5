import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'six-recommendations',
  kind: 'slide',
  title: 'Seks anbefalinger til arbejdsmiljøorganisationen',
  purpose:
    'Giver arbejdsmiljøorganisationen (AMO) et samlet overblik over, hvor den kan tage fat i den stressforebyggende indsats. De seks anbefalinger kan både bruges som en køreplan for forløbet og som en tjekliste over, hvad der allerede er på plads.',
  instructions: [
    'Fortæl kort, at anbefalingerne kommer fra BFA Velfærd og Offentlig administration og er skrevet til arbejdsmiljøorganisationen – i en lille organisation eller i en arbejdsmiljøgruppe i en større. Kilden er skrevet til uddannelsesinstitutioner, men trinene kan bruges på andre arbejdspladser.',
    'Gå de seks trin igennem i rækkefølge. Brug et minut eller to på hvert, og sig, hvilken øvelse i forløbet der hører til trinet: påvirkningerne (trin 3), de fem forebyggelsesgreb og kontaktkortet (trin 4), de fire spørgsmål om samarbejde (trin 5) og IGLO-handleplanen (trin 6).',
    'Bed deltagerne sætte et mærke ud for de trin, hvor de mener, AMO allerede er godt med, og et spørgsmålstegn ved dem, hvor der mangler noget.',
    'Slut med at aftale, hvilket trin I begynder med. Kilden anbefaler at tage afsæt i APV’en, fordi problemer med arbejdsrelateret stress ofte viser sig dér.',
  ],
  projectorText:
    'Seks anbefalinger: APV – aftaler og bekendtgørelse – påvirkningerne – status på forebyggelsen – samarbejdet – handleplanen.',
  prompts: [
    'Hvilke af de seks anbefalinger er vi allerede godt i gang med?',
    'Hvor mangler vi mest, og hvor giver det mening at begynde?',
  ],
  minutes: 15,
  iglo: ['organisation'],
  phases: ['preparation', 'seminar'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-velfaerd-amo-anker',
    section: 'Guideline: Forebyg stress med arbejdsmiljøorganisationen som anker',
  },
  steps: [
    {
      id: 'seks-anbefalinger',
      kind: 'slide',
      title: 'Seks anbefalinger',
      blocks: [
        { type: 'heading', text: 'Forebyg stress med arbejdsmiljøorganisationen som anker' },
        {
          type: 'model',
          shape: 'steps',
          title: 'Seks anbefalinger til AMO',
          items: [
            {
              id: 'apv',
              label: 'Start forebyggelsen i jeres APV',
              text: 'Stress forebygges i den daglige planlægning og organisering af arbejdet, men problemerne dukker ofte op i arbejdspladsvurderingen. Brug den som anledning til at sikre en god forebyggelse fremover.',
            },
            {
              id: 'aftaler-og-bekendtgoerelse',
              label: 'Kig i centrale aftaler og bekendtgørelsen',
              text: 'De centrale aftaler og bekendtgørelsen om psykisk arbejdsmiljø peger på, hvad forebyggelsen skal fokusere på. Lær dem at kende, og brug dem som fælles grundlag.',
            },
            {
              id: 'paavirkningerne',
              label: 'Tal om påvirkningerne i det psykiske arbejdsmiljø',
              text: 'Bekendtgørelsen beskriver de påvirkninger, der kan føre til stress. Drøft, hvordan de viser sig hos jer, og hvad de betyder for arbejdsmiljøet.',
            },
            {
              id: 'status',
              label: 'Gør status på jeres forebyggelse',
              text: 'Som AMO kan I give overblik, når der skal føres tilsyn med arbejdet. Sæt jer ind i de fem forebyggelsesgreb, og vurdér, hvor godt forebyggelsen lykkes.',
            },
            {
              id: 'samarbejdet',
              label: 'Styrk samarbejdet om indsatsen',
              text: 'Det forebygger i sig selv stress, når medarbejderne oplever, at ledelsen og hele arbejdspladsen tager arbejdsmiljøet alvorligt. Et godt samarbejde om forebyggelsen styrker den oplevelse. Drøft fire vigtige spørgsmål om det.',
            },
            {
              id: 'handleplan',
              label: 'Beskriv hvem der gør hvad i en handleplan',
              text: 'Brug IGLO-modellen – individ, gruppe, ledelse og organisation – til at beskrive, hvordan I konkret forebygger på alle niveauer, og foreslå materialer til de tre andre niveauer.',
            },
          ],
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
