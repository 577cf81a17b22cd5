import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'stress-definition',
  kind: 'slide',
  title: 'Hvad er stress?',
  purpose:
    'Giver rummet et fælles sprog om stress, før I arbejder videre: stress opstår, når kravene overstiger de ressourcer, man har eller oplever at have, og der er stor forskel på kortvarig og langvarig stress. Kortet er et godt afsæt for belastningskurven og øvelsen om krav og ressourcer.',
  instructions: [
    'Vis første trin, og læs definitionen højt: Stress er en belastningstilstand, psykisk og fysisk, som opstår, når de indre eller ydre krav overstiger de ressourcer, man har eller oplever at have.',
    'Understreg, at både krav og ressourcer skal forstås bredt: krav kan komme fra arbejdet eller privatlivet og kan være fysiske eller følelsesmæssige; ressourcer er alt fra tid og kompetencer til troen på egne evner og måden, man ser tingene på.',
    'Fremhæv kildens pointe om, at et godt psykisk arbejdsmiljø og tillidsfulde relationer styrker alles ressourcer, også de indre. Stress er altså ikke kun et spørgsmål om den enkeltes robusthed.',
    'Gå videre til andet trin, og forklar forskellen på kortvarig og langvarig stress. Brug gerne kildens eksempler fra produktionen: et nedbrud, der skal løses her og nu, eller en hasteopgave, der skubber det planlagte.',
    'Slut af med, at stress ikke er en sygdom i sig selv, men kroppens reaktion på overbelastning, og at alle har et bristepunkt under de rette omstændigheder.',
    'Stil et af spørgsmålene til rummet, og lad to-tre personer svare kort (ca. 3 minutter). Luk med at pege frem mod den næste øvelse, hvor deltagerne ser på deres egne krav og ressourcer eller deres egen belastningskurve.',
  ],
  projectorText:
    'Stress opstår, når kravene overstiger de ressourcer, vi har – eller oplever at have. Kortvarig stress er normal. Langvarig stress kan gøre os syge.',
  prompts: [
    'Hvornår har du sidst oplevet kortvarig stress, der hjalp dig til at yde en ekstra indsats?',
    'Hvad kendetegner de perioder, hvor presset bliver ved, og du ikke når at komme dig?',
  ],
  minutes: 10,
  iglo: ['individ', 'gruppe', 'ledelse'],
  phases: ['seminar'],
  themes: [],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'Hvad er stress – og hvorfor opstår stressreaktioner?',
  },
  steps: [
    {
      id: 'definition',
      kind: 'slide',
      title: 'Når kravene overstiger ressourcerne',
      blocks: [
        { type: 'heading', text: 'Hvad er stress?' },
        {
          type: 'paragraph',
          text: 'Stress er en belastningstilstand, både psykisk og fysisk. Den opstår, når de ydre eller indre krav bliver større end de ressourcer, man har – eller oplever at have.',
        },
        {
          type: 'table',
          header: ['Krav', 'Ressourcer'],
          rows: [
            ['Krav i arbejdet', 'Tid'],
            ['Krav i privatlivet', 'Kompetencer og økonomi'],
            ['Fysiske krav', 'Fysisk og psykisk overskud'],
            ['Følelsesmæssige krav', 'Troen på, at man kan klare situationen'],
            ['Krav, man stiller til sig selv', 'Måden, man ser tingene på'],
          ],
        },
        {
          type: 'paragraph',
          text: 'Et godt psykisk arbejdsmiljø og tillidsfulde relationer styrker alles ressourcer – også de indre, der er svære at sætte ord på.',
        },
      ],
    },
    {
      id: 'kort-og-lang',
      kind: 'slide',
      title: 'Kortvarig og langvarig stress',
      blocks: [
        {
          type: 'table',
          header: ['Kortvarig stress', 'Langvarig stress'],
          rows: [
            [
              'Gør os i stand til at yde en ekstra indsats, fysisk og psykisk.',
              'Opstår, når vi over længere tid oplever ikke at kunne magte det, vi skal – ofte efter længe at have prøvet at klare situationen.',
            ],
            [
              'Fx et nedbrud i produktionen, der skal løses her og nu, eller en hasteopgave, der dukker op i stedet for det planlagte.',
              'Vi kommer ikke i ro og balance og når ikke at restituere og samle kræfter undervejs.',
            ],
            [
              'Er både normal og hensigtsmæssig.',
              'Giver fysiske og psykiske symptomer, svækker immunforsvaret og øger risikoen for fx depression, hjerte-kar-sygdom og forværring af kroniske sygdomme.',
            ],
          ],
        },
        {
          type: 'bullets',
          items: [
            'Stress er ikke en sygdom i sig selv, men kroppens naturlige reaktion på en belastende situation.',
            'Langvarig stress kan ramme alle, uanset hvor robuste vi er – alle har et bristepunkt under de rette omstændigheder.',
          ],
        },
      ],
    },
  ],
} satisfies ExerciseCardInput;
