import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'risk-factors-dialogue',
  kind: 'rating',
  title: 'Dialog om de fem påvirkninger',
  purpose:
    'Arbejdsmiljøorganisationen skal kende påvirkningerne i det psykiske arbejdsmiljø og kunne vurdere, om de udgør en risiko for de ansattes helbred. Øvelsen giver først et hurtigt billede af, hvor godt I forebygger hver af de fem påvirkninger, og derefter en samtale om, hvor I ser dem, hvordan I opdager dem, og hvad I gør ved dem.',
  instructions: [
    'Indled med videnskortet „Fem påvirkninger i det psykiske arbejdsmiljø“, hvis gruppen ikke kender definitionerne (ca. 10 minutter).',
    'Lad hver deltager vurdere de fem påvirkninger: I hvilken grad lykkes vi med at forebygge den? Giv 5 minutter, og vis så fordelingen uden at kommentere enkeltsvar.',
    'Tag derefter påvirkningerne én ad gangen i samtalen, ca. 8 minutter pr. påvirkning. Begynd gerne med den, hvor svarene spreder sig mest eller ligger lavest. Spørg til de tre ting, kilden lægger op til: hvor I ser påvirkningen i arbejdet, hvordan I får den afdækket, og i hvilken grad I lykkes med at forebygge den.',
    'Spørg til sidst, hvor flere påvirkninger optræder samtidig, fordi risikoen for sygefravær og helbredsproblemer vokser, når de kombineres.',
    'Luk af med at aftale, hvad der skal ske videre, og om andre skal inddrages i dialogen – fx samarbejdsudvalget, MED-udvalget eller hele personalet. Skriv aftalerne ind i IGLO-handleplanen.',
    'Kilden henviser til et særskilt dialogværktøj om påvirkninger i hæftet „Tag fat på dialogen om stress“, som ikke er en del af dette materiale. Spørgsmålene her bygger på kildens anvisninger til arbejdsmiljøorganisationen; tilpas selv, hvis I bruger det andet hæfte.',
  ],
  projectorText:
    'Hvor godt lykkes vi med at forebygge hver af de fem påvirkninger? Hvor ser vi dem – og hvad gør vi ved dem?',
  prompts: [
    'I hvilken grad lykkes vi med at forebygge hver af de fem påvirkninger?',
    'Hvor ser du påvirkningen i jeres arbejde, og hvordan opdager I den?',
  ],
  minutes: 60,
  iglo: ['organisation'],
  phases: ['seminar'],
  themes: ['vold-og-trusler', 'samarbejde-kultur-mobning'],
  materials: [],
  source: {
    document: 'bfa-velfaerd-amo-anker',
    section: 'Tal om påvirkningerne i det psykiske arbejdsmiljø',
  },
  steps: [
    {
      id: 'vurdering',
      kind: 'rating',
      title: 'Hvor godt forebygger vi påvirkningerne?',
      prompt: 'Vurdér for hver påvirkning: I hvilken grad lykkes vi med at forebygge den hos os?',
      items: [
        {
          id: 'arbejdsmaengde-tidspres',
          label: 'Stor arbejdsmængde og tidspres',
          help: 'Ubalance mellem opgaverne og den tid, der er til dem, så der arbejdes intensivt, i højt tempo, uden pauser eller i mange timer.',
        },
        {
          id: 'uklare-krav',
          label: 'Uklare og modstridende krav i arbejdet',
          help: 'Krav, der ikke er tydelige, eller som ikke kan opfyldes på samme tid.',
        },
        {
          id: 'foelelsesmaessige-krav',
          label: 'Høje følelsesmæssige krav i arbejdet med mennesker',
          help: 'At skulle sætte sig ind i, rumme eller håndtere andres tanker, følelser eller adfærd – og styre eller skjule sine egne.',
        },
        {
          id: 'kraenkende-handlinger',
          label: 'Krænkende handlinger, herunder mobning og seksuel chikane',
          help: 'Når nogen på arbejdspladsen groft eller gentagne gange udsætter andre for mobning, seksuel chikane eller anden nedværdigende adfærd.',
        },
        {
          id: 'vold',
          label: 'Arbejdsrelateret vold',
          help: 'Fysisk eller psykisk vold, fx trusler og chikane, fra personer uden for arbejdspladsen – i arbejdet eller uden for arbejdstiden.',
        },
      ],
      scale: [
        { value: 1, label: 'Slet ikke' },
        { value: 2, label: 'I ringe grad' },
        { value: 3, label: 'I nogen grad' },
        { value: 4, label: 'I høj grad' },
      ],
    },
    {
      id: 'samtale',
      kind: 'dialogue',
      title: 'Påvirkningerne én ad gangen',
      prompt: 'For hver påvirkning: Hvor ser vi den? Hvordan afdækker vi den? Hvor godt forebygger vi den?',
      questions: [
        {
          id: 'arbejdsmaengde-tidspres',
          text: 'Stor arbejdsmængde og tidspres: Hvor ser vi den i arbejdet, hvordan får vi den afdækket, og i hvilken grad lykkes vi med at forebygge den?',
          minutes: 8,
          hint: 'Bliver til en belastning, hvis den ikke forebygges og opvejes af ressourcer. Arbejdstilsynets vejledning om stor arbejdsmængde og tidspres har „Arbejdsgiverens tjekliste“ som inspiration.',
        },
        {
          id: 'uklare-krav',
          text: 'Uklare og modstridende krav: Hvor ser vi dem i arbejdet, hvordan får vi dem afdækket, og i hvilken grad lykkes vi med at forebygge dem?',
          minutes: 8,
          hint: 'Bliver til en belastning, hvis de ikke forebygges og opvejes af ressourcer. Arbejdstilsynets vejledning om uklare og modstridende krav har „Arbejdsgiverens tjekliste“ som inspiration.',
        },
        {
          id: 'foelelsesmaessige-krav',
          text: 'Høje følelsesmæssige krav: Hvor ser vi dem i arbejdet, hvordan får vi dem afdækket, og i hvilken grad lykkes vi med at forebygge dem?',
          minutes: 8,
          hint: 'Bliver til en belastning, hvis de ikke forebygges og opvejes af ressourcer. Arbejdstilsynets vejledning om høje følelsesmæssige krav har „Arbejdsgiverens tjekliste“ som inspiration.',
        },
        {
          id: 'kraenkende-handlinger',
          text: 'Krænkende handlinger, herunder mobning og seksuel chikane: Hvor kan det ske hos os, hvordan opdager vi det, og i hvilken grad lykkes vi med at forebygge det?',
          minutes: 8,
          hint: 'Er altid en belastning. Hold samtalen på forhold og procedurer, ikke på navngivne personer.',
        },
        {
          id: 'vold',
          text: 'Arbejdsrelateret vold: Hvor kan det ske hos os, hvordan opdager vi det, og i hvilken grad lykkes vi med at forebygge det?',
          minutes: 8,
          hint: 'Er altid en belastning. Husk, at trusler og chikane også er vold, og at det kan ske uden for arbejdstiden.',
        },
        {
          id: 'kombinationer',
          text: 'Hvor i arbejdet optræder flere af påvirkningerne på samme tid?',
          minutes: 5,
          hint: 'De fire kombinationer, NFA har undersøgt: følelsesmæssige krav + arbejdsmængde og tidspres, følelsesmæssige krav + vold, arbejdsmængde og tidspres + vold, arbejdsmængde og tidspres + uklare og modstridende krav.',
        },
        {
          id: 'videre',
          text: 'Hvad gør vi nu – og hvem skal vi inddrage i dialogen?',
          minutes: 5,
          hint: 'Kilden foreslår fx samarbejdsudvalg, MED-udvalg eller hele personalet.',
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
