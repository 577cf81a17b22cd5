import type { ProgrammeTemplate } from './programme-template.js';

const SOURCE_003 =
  'Kilde: Danske Regioner m.fl., "Et godt psykisk arbejdsmiljø – ekspertrådgivning og inspiration"';

const HOURS = 60;

/**
 * The programme models the catalogue describes, in our own words. Every
 * template carries all four phases in canonical order, even where a provider
 * has no meeting in one of them (RUC's activity phase is the workplace's own).
 */
export const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [
  {
    id: 'nfa-grundmodel',
    provider: 'NFA',
    title: 'NFA grundmodel',
    summary:
      'En samlet pakke: et kort forberedende møde, et seminar for hele arbejdspladsen med forskningsbaseret viden, en aktivitetsfase hvor tiltagene afprøves, og et opsamlingsmøde.',
    source: SOURCE_003,
    phases: [
      {
        kind: 'preparation',
        title: 'Forberedelse',
        description: 'Forløbet planlægges sammen med leder- og medarbejderrepræsentanter.',
        meetings: [
          {
            key: 'forberedende-moede',
            kind: 'formoede',
            title: 'Forberedende møde',
            description:
              'Med leder og medarbejderrepræsentanter (fx tillidsvalgte): afklar formål, mål, rammer og ressourcer.',
            mode: 'phone-video',
            minutes: 1.5 * HOURS,
            offsetWeeks: 0,
          },
        ],
      },
      {
        kind: 'seminar',
        title: 'Seminar',
        description:
          'Hele arbejdspladsen samles. Viden om de aftalte temaer, involverende spørgsmål og gruppearbejde, og konkrete tiltag udpeges.',
        meetings: [
          {
            key: 'seminar',
            kind: 'seminar',
            title: 'Halv- eller heldagsseminar',
            description:
              'Forskningsbaseret viden, involverende spørgsmål og gruppeopgaver; konkrete tiltag identificeres. Kan også gennemføres af MED/AMO med NFA som observatør og sparringspartner.',
            mode: 'on-site',
            minutes: 6 * HOURS,
            offsetWeeks: 4,
          },
        ],
      },
      {
        kind: 'activity',
        title: 'Aktivitetsfase',
        description: 'Arbejdspladsen afprøver de tiltag, der blev besluttet på seminaret.',
        meetings: [
          {
            key: 'midtvejsmoede',
            kind: 'midtvejsmoede',
            title: 'Midtvejsmøde',
            description: 'Inspiration og feedback midt i aktivitetsfasen.',
            mode: 'phone-video',
            minutes: 1 * HOURS,
            offsetWeeks: 10,
          },
        ],
      },
      {
        kind: 'wrapup',
        title: 'Opsamling',
        description: 'Resultater, udfordringer og læring gøres op.',
        meetings: [
          {
            key: 'opsamlingsmoede',
            kind: 'opsamlingsmoede',
            title: 'Opsamlingsmøde',
            description:
              'Forløbets resultater og udfordringer: hvad har arbejdspladsen lært, og hvordan arbejder den videre?',
            mode: 'on-site',
            minutes: 2 * HOURS,
            offsetWeeks: 16,
          },
        ],
      },
    ],
  },
  {
    id: 'ruc-dialog',
    provider: 'RUC',
    title: 'RUC dialogforløb',
    summary:
      'Et deltageraktiverende forløb bygget på en forundersøgelse: aktiviteten designes sammen med arbejdspladsen, indsigten analyseres, og seminarer eller workshops skaber reflekterende dialog.',
    source: SOURCE_003,
    phases: [
      {
        kind: 'preparation',
        title: 'Forberedelse',
        description: 'Design, forundersøgelse og analyse af arbejdspladsens situation.',
        meetings: [
          {
            key: 'design',
            kind: 'design',
            title: 'Design af aktiviteten',
            description: 'Indsatsen designes sammen med arbejdspladsen, og de relevante aktører inddrages.',
            mode: 'on-site',
            minutes: 2 * HOURS,
            offsetWeeks: 0,
          },
          {
            key: 'forundersoegelse',
            kind: 'forundersoegelse',
            title: 'Forundersøgelse',
            description:
              'Fokusgrupper, enkeltinterviews, observationer og besøg, forankret i forskningsbaserede begreber.',
            mode: 'on-site',
            minutes: 6 * HOURS,
            offsetWeeks: 2,
          },
          {
            key: 'analyse',
            kind: 'analyse',
            title: 'Analyse',
            description: 'Indsigten i arbejdsmiljøet og arbejdspladsens situation samles og analyseres.',
            mode: 'phone-video',
            minutes: 2 * HOURS,
            offsetWeeks: 4,
          },
        ],
      },
      {
        kind: 'seminar',
        title: 'Seminar',
        description: 'Deltageraktiverende dialog på tværs af faggrupper, afsnit og afdelinger.',
        meetings: [
          {
            key: 'seminar-workshops',
            kind: 'workshop',
            title: 'Seminar/workshops',
            description:
              'Reflekterende og lærende dialog med afsæt i begreber fra forskningen og de konkrete arbejdsforhold.',
            mode: 'on-site',
            minutes: 4 * HOURS,
            offsetWeeks: 6,
          },
        ],
      },
      {
        kind: 'activity',
        title: 'Aktivitetsfase',
        description:
          'Arbejdspladsen arbejder med de forslag, der ligger inden for deltagernes eget handlerum.',
        meetings: [],
      },
      {
        kind: 'wrapup',
        title: 'Afslutning',
        description: 'Evaluering og opsamling af den vigtigste viden.',
        meetings: [
          {
            key: 'afslutning-evaluering',
            kind: 'opsamlingsmoede',
            title: 'Afslutning og evaluering',
            description:
              'Den vigtigste viden samles op; forslag på kort og langt sigt inden for deltagernes eget handlerum.',
            mode: 'on-site',
            minutes: 2 * HOURS,
            offsetWeeks: 12,
          },
        ],
      },
    ],
  },
  {
    id: 'joblife-aktionslaering',
    provider: 'Joblife',
    title: 'Joblife aktionslæring',
    summary:
      'Et længere udviklingsforløb med aktionslæring: grupper udvikler og afprøver idéer til forbedringer, og korte møder og læringsmøder holder fokus på de konkrete udfordringer.',
    source: SOURCE_003,
    phases: [
      {
        kind: 'preparation',
        title: 'Forberedelse',
        description: 'Mål, forløb og succeskriterier defineres sammen.',
        meetings: [
          {
            key: 'formoede',
            kind: 'formoede',
            title: 'Formøde',
            description: 'Sammen defineres mål, forløb og succeskriterier.',
            mode: 'on-site',
            minutes: 2 * HOURS,
            offsetWeeks: 0,
          },
        ],
      },
      {
        kind: 'seminar',
        title: 'Opstart',
        description: 'Alle relevante deltagere vælger de vigtigste indsatsområder.',
        meetings: [
          {
            key: 'opstartsworkshop',
            kind: 'workshop',
            title: 'Opstartsworkshop',
            description: 'Workshop med alle relevante deltagere, hvor de vigtigste indsatsområder udvælges.',
            mode: 'on-site',
            minutes: 3 * HOURS,
            offsetWeeks: 3,
          },
        ],
      },
      {
        kind: 'activity',
        title: 'Aktivitetsfase',
        description: 'Konkrete forbedringer afprøves i dagligdagen og drøftes undervejs.',
        meetings: [
          {
            key: 'korte-moeder',
            kind: 'korte-moeder',
            title: 'Korte møder',
            description:
              'Korte møder med udvalgte medarbejdere og ledere og hjælp til konkrete forbedringstiltag i dagligdagen.',
            mode: 'on-site',
            minutes: 1 * HOURS,
            offsetWeeks: 6,
          },
          {
            key: 'laeringsmoede',
            kind: 'laeringsmoede',
            title: 'Fælles læringsmøde',
            description: 'De igangværende indsatser drøftes og kvalitetssikres.',
            mode: 'on-site',
            minutes: 2 * HOURS,
            offsetWeeks: 10,
          },
        ],
      },
      {
        kind: 'wrapup',
        title: 'Afrunding',
        description: 'Forankring og aftaler om den fortsatte indsats.',
        meetings: [
          {
            key: 'afrundende-workshop',
            kind: 'workshop',
            title: 'Afrundende workshop',
            description: 'Fælles workshop om forankring og aftaler om den fortsatte indsats.',
            mode: 'on-site',
            minutes: 3 * HOURS,
            offsetWeeks: 16,
          },
        ],
      },
    ],
  },
  {
    id: 'custom',
    provider: 'Egen model',
    title: 'Tomt forløb',
    summary: 'De fire faser med ét møde i hver. Alt kan tilpasses.',
    source: 'Egen skabelon',
    phases: [
      {
        kind: 'preparation',
        title: 'Forberedelse',
        description: '',
        meetings: [
          {
            key: 'formoede',
            kind: 'formoede',
            title: 'Formøde',
            description: '',
            mode: 'phone-video',
            minutes: 1 * HOURS,
            offsetWeeks: 0,
          },
        ],
      },
      {
        kind: 'seminar',
        title: 'Seminar',
        description: '',
        meetings: [
          {
            key: 'seminar',
            kind: 'seminar',
            title: 'Seminar',
            description: '',
            mode: 'on-site',
            minutes: 3 * HOURS,
            offsetWeeks: 4,
          },
        ],
      },
      {
        kind: 'activity',
        title: 'Aktivitetsfase',
        description: '',
        meetings: [
          {
            key: 'opfoelgning',
            kind: 'midtvejsmoede',
            title: 'Opfølgningsmøde',
            description: '',
            mode: 'phone-video',
            minutes: 1 * HOURS,
            offsetWeeks: 10,
          },
        ],
      },
      {
        kind: 'wrapup',
        title: 'Opsamling',
        description: '',
        meetings: [
          {
            key: 'opsamlingsmoede',
            kind: 'opsamlingsmoede',
            title: 'Opsamlingsmøde',
            description: '',
            mode: 'on-site',
            minutes: 2 * HOURS,
            offsetWeeks: 16,
          },
        ],
      },
    ],
  },
];

export const TEMPLATE_IDS = PROGRAMME_TEMPLATES.map((t) => t.id);

export function findTemplate(id: string): ProgrammeTemplate | undefined {
  return PROGRAMME_TEMPLATES.find((t) => t.id === id);
}

/** Shown in the preparation checklist: what the catalogue asks of a workplace that joins. */
export const JOINING_RULES: readonly string[] = [
  'Ledere og valgte repræsentanter beder om forløbet sammen.',
  'Forløbet er handlingsorienteret.',
  'Den lokale opfølgning aftales, herunder en opfølgningssamtale med udbyderen.',
  'Forløbet er ikke til opfølgning på et påbud fra Arbejdstilsynet, krisehjælp eller personlig støtte.',
];
