import type { CreateEngagementArg } from '../domain/create-engagement-arg.js';
import type { Action, AgendaItem, Engagement, Meeting, MeetingRecord } from '../domain/engagement.js';
import { TRIO_POINT_QUESTIONS } from '../domain/engagement.js';
import { addDays, isWeekend } from '../domain/calendar-day.js';
import type { AgendaItemType, MeetingKind } from '../domain/vocabulary.js';
import { builtInCards } from '../library/builtin-cards.js';

/**
 * "Prøv med et eksempel": a fully filled NFA programme for a fictional
 * workplace, so a new user sees what every page of the workspace holds. The
 * start screen creates an ordinary NFA programme with `EXAMPLE_CREATE_ARG`
 * and saves `exampleProgramme(created, today)` over it; the dates are
 * relative to `today`, so the example always sits just after its wrap-up
 * meeting, with one action overdue and a follow-up call still to come.
 *
 * Every person and place here is made up.
 */

export const EXAMPLE_TITLE = 'Eksempel: Trivsel i en travl hverdag på Solbakken';

export const EXAMPLE_CREATE_ARG = {
  templateId: 'nfa-grundmodel',
  title: EXAMPLE_TITLE,
  client: { organisation: 'Solbakken Plejecenter', unit: 'Afdeling Syd', sector: 'kommune' },
  themes: ['organisatoriske-forandringer', 'samarbejde-kultur-mobning'],
} as const satisfies CreateEngagementArg;

const ID = {
  leader: 'eks-kontakt-leder',
  safetyRep: 'eks-kontakt-amr',
  unionRep: 'eks-kontakt-tr',
  hr: 'eks-kontakt-hr',
  handover: 'eks-kriterium-overlevering',
  barometer: 'eks-kriterium-barometer',
  sickLeave: 'eks-kriterium-fravaer',
} as const;

/** A working day on or after `iso` (meetings are not held at weekends). */
function workday(iso: string): string {
  let day = iso;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

function exerciseItem(id: string, cardId: string, notes: string): AgendaItem {
  const card = builtInCards().find((c) => c.id === cardId);
  if (!card) throw new Error(`The example names a card the library does not have: ${cardId}`);
  return {
    id,
    type: 'oevelse',
    title: card.title,
    minutes: card.minutes,
    exerciseId: card.id,
    notes,
    materials: [...card.materials],
  };
}

function item(
  id: string,
  type: Exclude<AgendaItemType, 'oevelse'>,
  title: string,
  minutes: number,
  notes: string,
  materials: string[] = [],
): AgendaItem {
  return { id, type, title, minutes, notes, materials };
}

const seminarAgenda = (): AgendaItem[] => [
  item(
    'eks-punkt-velkomst',
    'oplaeg',
    'Velkomst og dagens formål',
    15,
    'Mette (leder) og Aisha (TR) byder velkommen sammen og fortæller, hvorfor de har søgt forløbet. Gennemgå dagens program og spillereglerne: det, der siges om kolleger, bliver i rummet.',
    ['Program på flipover', 'Navneskilte'],
  ),
  exerciseItem(
    'eks-punkt-barometer',
    'wellbeing-barometer',
    'Start dagen med barometeret, så alle har sagt noget tidligt. Skriv gennemsnittet ned: det sammenlignes ved opsamlingen.',
  ),
  exerciseItem(
    'eks-punkt-stress',
    'stress-definition',
    'Kort og konkret. Brug et eksempel fra en aftenvagt med to sygemeldte – det kender alle.',
  ),
  item('eks-punkt-pause', 'pause', 'Kaffepause', 15, 'Frugt og kaffe står i personalestuen.'),
  exerciseItem(
    'eks-punkt-krav',
    'demands-resources-balance',
    'Grupper på 4-5 på tværs af dag- og aftenvagt. Bed hver gruppe udpege ét krav, der kan gøres noget ved lokalt.',
  ),
  exerciseItem(
    'eks-punkt-handleplan',
    'iglo-action-plan',
    'Tag udgangspunkt i gruppernes krav. Hold fast i, at hvert tiltag får en ansvarlig og en dato, før vi går videre.',
  ),
  item(
    'eks-punkt-afrunding',
    'droeftelse',
    'Hvad tager vi med herfra?',
    20,
    'Runde: én sætning fra hver. TRIO’en fortæller, hvordan handleplanen bliver fulgt op, og hvornår midtvejsmødet er.',
  ),
];

const record = (participants: string, notes: string, decisions: string): MeetingRecord => ({
  participants,
  notes,
  decisions,
});

interface MeetingFill {
  date: string;
  startTime: string;
  minutes?: number;
  record: MeetingRecord;
  agenda?: AgendaItem[];
}

function meetingFills(today: string): Partial<Record<MeetingKind, MeetingFill>> {
  return {
    formoede: {
      date: workday(addDays(today, -126)),
      startTime: '13:00',
      record: record(
        'Mette Lund (leder), Jonas Brix (AMR), Aisha Karimi (TR), Karen Vestergaard (NFA)',
        'Afdelingen blev lagt sammen med Afdeling Nord for et år siden. Siden er sygefraværet steget, og mange oplever, at overleveringen mellem vagterne er mangelfuld. Ledelse og medarbejdere vil gerne arbejde med det sammen.',
        'Vi søger NFA-forløbet sammen. Seminaret holdes som halvdagsseminar for hele afdelingen. Succeskriterierne skrives ind i aftalen, og TRIO’en følger op.',
      ),
    },
    seminar: {
      date: workday(addDays(today, -98)),
      startTime: '09:00',
      minutes: 210,
      agenda: seminarAgenda(),
      record: record(
        '27 medarbejdere fra dag- og aftenvagt, Mette Lund, Peter Holm (HR)',
        'Trivselsbarometeret gav i gennemsnit 5,4. Grupperne pegede især på overleveringen, uklare prioriteringer på travle dage og at nye kolleger står meget alene.',
        'Seks tiltag kom med i handleplanen, hver med en ansvarlig og en dato.',
      ),
    },
    midtvejsmoede: {
      date: workday(addDays(today, -49)),
      startTime: '14:00',
      record: record(
        'Mette Lund, Jonas Brix, Aisha Karimi, Karen Vestergaard (NFA)',
        'Overleveringsskabelonen bruges på alle vagter. Tavlemøderne er i gang, men bliver aflyst på de travleste dage. Pauseaftalen har ikke virket.',
        'Tavlemødet flyttes til kl. 13.45, hvor der er mest ro. Pauseaftalen droppes og tages op igen ved opsamlingen.',
      ),
    },
    opsamlingsmoede: {
      date: workday(addDays(today, -7)),
      startTime: '13:00',
      record: record(
        'Mette Lund, Jonas Brix, Aisha Karimi, Peter Holm (HR), 6 medarbejdere, Karen Vestergaard (NFA)',
        'Vi gik succeskriterierne igennem et for et og talte om, hvad afdelingen har lært. Barometeret var steget til 6,1.',
        'Tre aftaler om det videre arbejde (se opsamlingen). Opfølgningssamtale med NFA om en måned.',
      ),
    },
  };
}

function followUpCall(today: string): Meeting {
  return {
    id: 'eks-moede-opfoelgning',
    kind: 'andet',
    title: 'Opfølgningssamtale med NFA',
    description: 'Den aftalte opfølgning: hvordan går det med aftalerne fra opsamlingsmødet?',
    date: workday(addDays(today, 28)),
    startTime: '10:00',
    mode: 'phone-video',
    minutes: 45,
    agenda: [],
    record: record('', '', ''),
  };
}

function actions(today: string): Action[] {
  const day = (offset: number) => addDays(today, offset);
  return [
    {
      id: 'eks-tiltag-overlevering',
      title: 'Fast skabelon til vagtoverlevering',
      description:
        'En kort skabelon (beboere, opgaver der ikke nåede at blive gjort, hvem der har brug for ekstra) bruges ved hvert vagtskifte.',
      iglo: 'gruppe',
      stage: 'forebyggelse',
      owner: 'Jonas Brix',
      due: day(-80),
      status: 'gennemfoert',
      followUps: [
        {
          id: 'eks-opf-overlevering-1',
          date: day(-84),
          note: 'Første udgave afprøvet en uge på dagvagten. Aftenvagten vil have et felt til pårørende.',
        },
        {
          id: 'eks-opf-overlevering-2',
          date: day(-52),
          note: 'Skabelonen bruges nu på alle vagter og ligger ved medicinrummet.',
        },
      ],
    },
    {
      id: 'eks-tiltag-tavlemoede',
      title: 'Ugentligt tavlemøde om opgaver og bemanding',
      description: '15 minutter hver tirsdag: hvad skal vi nå, hvad kan vente, og hvem mangler hjælp?',
      iglo: 'ledelse',
      stage: 'forebyggelse',
      owner: 'Mette Lund',
      due: day(21),
      status: 'i-gang',
      followUps: [
        {
          id: 'eks-opf-tavlemoede-1',
          date: day(-49),
          note: 'Aflyst tre gange på travle dage. Flyttes til kl. 13.45.',
        },
        {
          id: 'eks-opf-tavlemoede-2',
          date: day(-14),
          note: 'Holdt de sidste fire tirsdage. Medarbejderne oplever, at prioriteringen er blevet tydeligere.',
        },
      ],
    },
    {
      id: 'eks-tiltag-tegn',
      title: 'Aftale om, hvem man går til ved tegn på stress',
      description:
        'Et kort opslag i personalestuen: tegn at være opmærksom på, og at man kan gå til leder, AMR eller TR.',
      iglo: 'organisation',
      stage: 'foerste-tegn',
      owner: 'Aisha Karimi',
      due: day(-70),
      status: 'gennemfoert',
      followUps: [
        {
          id: 'eks-opf-tegn-1',
          date: day(-72),
          note: 'Opslaget hænger i personalestuen og er sendt på intra.',
        },
      ],
    },
    {
      id: 'eks-tiltag-buddy',
      title: 'Buddyordning for nye kolleger',
      description: 'Hver ny kollega får en fast buddy de første otte uger, også på aftenvagten.',
      iglo: 'gruppe',
      stage: 'forebyggelse',
      owner: 'Aisha Karimi',
      due: day(-12),
      status: 'i-gang',
      followUps: [
        {
          id: 'eks-opf-buddy-1',
          date: day(-30),
          note: 'To buddypar er i gang. Der mangler stadig buddyer på aftenvagten.',
        },
      ],
    },
    {
      id: 'eks-tiltag-prioritering',
      title: 'Kursus i at prioritere og sige fra',
      description:
        'En eftermiddag for dem, der ønsker det, med HR: at sige fra på en god måde, når der er for meget.',
      iglo: 'individ',
      stage: 'haandtering',
      owner: 'Peter Holm',
      due: day(45),
      status: 'ikke-startet',
      followUps: [],
    },
    {
      id: 'eks-tiltag-pauser',
      title: 'Fælles aftale om pauser på travle dage',
      description: 'Alle får en pause på mindst 20 minutter, også når der mangler folk.',
      iglo: 'gruppe',
      stage: 'forebyggelse',
      owner: 'Jonas Brix',
      due: day(-56),
      status: 'opgivet',
      followUps: [
        {
          id: 'eks-opf-pauser-1',
          date: day(-49),
          note: 'Aftalen holdt ikke, fordi bemandingen ikke tillod det. Tages op igen i MED, når den nye vagtplan er klar.',
        },
      ],
    },
  ];
}

const TRIO_ANSWERS: Record<string, string> = {
  'opsoege-afklare':
    'Delvist. Lederen tager nu en samtale, når nogen har været syg mere end to gange på et kvartal, men vi opsøger ikke nok dem, der bliver på arbejde og kæmper.',
  'kommunikere-foelge-op':
    'Tavlemødet er blevet stedet, hvor kollegerne hører om ændrede opgaver. Vi har aftalt, at AMR følger op med den enkelte efter fire uger.',
  laere:
    'Vi samler op på tavlemødet hver måned. Det generelle problem er bemandingen på aftenvagten, og det tager MED med videre.',
  'legitim-praksis':
    'Det er blevet mere legitimt at sige, at man har brug for andre opgaver en periode. Nogle kolleger oplever det stadig som at blive ladt i stikken, så vi taler om det på næste personalemøde.',
};

/**
 * Fills a programme just created from the NFA template (with
 * `EXAMPLE_CREATE_ARG`) with the example's content. Keeps the created
 * programme's ids, revision and phases; pure.
 */
export function exampleProgramme(created: Engagement, today: string): Engagement {
  const fills = meetingFills(today);
  const phases = created.phases.map((phase) => {
    const meetings = phase.meetings.map((meeting) => {
      const fill = fills[meeting.kind];
      if (!fill) return meeting;
      return {
        ...meeting,
        date: fill.date,
        startTime: fill.startTime,
        minutes: fill.minutes ?? meeting.minutes,
        agenda: fill.agenda ?? meeting.agenda,
        record: fill.record,
      };
    });
    // The agreed follow-up call with the provider comes after the wrap-up meeting.
    return phase.kind === 'wrapup'
      ? { ...phase, meetings: [...meetings, followUpCall(today)] }
      : { ...phase, meetings };
  });

  const themes = [...EXAMPLE_CREATE_ARG.themes];
  return {
    ...created,
    title: EXAMPLE_TITLE,
    status: 'aktiv',
    client: {
      ...EXAMPLE_CREATE_ARG.client,
      contacts: [
        {
          id: ID.leader,
          name: 'Mette Lund',
          role: 'leder',
          email: 'mette.lund@solbakken.example',
          phone: '',
        },
        { id: ID.safetyRep, name: 'Jonas Brix', role: 'arbejdsmiljoerepraesentant', email: '', phone: '' },
        { id: ID.unionRep, name: 'Aisha Karimi', role: 'tillidsrepraesentant', email: '', phone: '' },
        { id: ID.hr, name: 'Peter Holm', role: 'hr', email: 'peter.holm@solbakken.example', phone: '' },
      ],
    },
    facilitators: [{ id: 'eks-facilitator', name: 'Karen Vestergaard', organisation: 'NFA' }],
    themes,
    phases,
    brief: {
      purpose:
        'At give Afdeling Syd et fælles sprog for stress og trivsel og konkrete tiltag, der gør en travl hverdag mere overskuelig – efter sammenlægningen med Afdeling Nord.',
      goals:
        'Færre huller i overleveringen mellem vagterne, tydeligere prioritering på travle dage og et lavere sygefravær.',
      frame:
        'Et halvdagsseminar for hele afdelingen, en aktivitetsfase på ca. tre måneder med et midtvejsmøde, og et opsamlingsmøde. Seminaret holdes i arbejdstiden med afløsere på vagten.',
      resources:
        'Leder, AMR og TR afsætter to timer om ugen i aktivitetsfasen. HR stiller en eftermiddag til rådighed. NFA faciliterer seminaret og møderne.',
      background:
        'Sammenlægningen af to afdelinger for et år siden gav nye vagtplaner og nye kolleger. Sygefraværet er steget fra 5 til 8 procent, og i APV’en svarer mange, at de ofte ikke når deres opgaver.',
      themes,
      successCriteria: [
        {
          id: ID.handover,
          text: 'Overleveringen mellem dag- og aftenvagt sker efter en fast skabelon, som alle bruger.',
        },
        {
          id: ID.barometer,
          text: 'Trivselsbarometeret ligger mindst ét point højere ved opsamlingen end på seminaret.',
        },
        { id: ID.sickLeave, text: 'Sygefraværet er under 6 procent i kvartalet før opsamlingen.' },
      ],
      trio: { leaderContactId: ID.leader, safetyRepContactId: ID.safetyRep, unionRepContactId: ID.unionRep },
      partiesAgree: true,
      joiningRules: {
        actionOriented: true,
        followUpAgreed: true,
        notAuthorityOrder: true,
        notCrisisOrPersonalSupport: true,
      },
      localFollowUp:
        'TRIO’en følger op på handleplanen hver måned på tavlemødet. En opfølgningssamtale med NFA en måned efter opsamlingsmødet.',
    },
    actions: actions(today),
    wrapup: {
      criteria: [
        {
          criterionId: ID.handover,
          assessment: 'opfyldt',
          evidence:
            'Skabelonen bruges på alle vagter. Ved stikprøver i de sidste fire uger var den udfyldt hver gang.',
        },
        {
          criterionId: ID.barometer,
          assessment: 'delvist',
          evidence:
            'Barometeret steg fra 5,4 til 6,1 – en fremgang, men under det ene point, vi satte som mål.',
        },
        {
          criterionId: ID.sickLeave,
          assessment: 'ikke-opfyldt',
          evidence: 'Sygefraværet var 7,2 procent i sidste kvartal. Det er faldet, men ikke under 6 procent.',
        },
      ],
      learnings:
        'At små, faste rutiner (skabelonen, tavlemødet) virker bedre end store aftaler. At TRIO’en kan tale om trivsel sammen uden at det bliver en forhandling.',
      challenges:
        'Bemandingen på aftenvagten. Tiltag bliver aflyst på de travleste dage, som er dem, hvor de trængte mest.',
      continuation: [
        {
          id: 'eks-aftale-tavlemoede',
          text: 'Tavlemødet fortsætter hver tirsdag kl. 13.45 og evalueres på personalemødet om to måneder.',
          owner: 'Mette Lund',
          due: addDays(today, 60),
        },
        {
          id: 'eks-aftale-buddy',
          text: 'Buddyordningen gøres fast, også på aftenvagten.',
          owner: 'Aisha Karimi',
          due: addDays(today, 30),
        },
        {
          id: 'eks-aftale-med',
          text: 'Bemandingen på aftenvagten tages op i MED sammen med den nye vagtplan.',
          owner: 'Jonas Brix',
          due: addDays(today, 45),
        },
      ],
      recommendations:
        'Start med ét eller to tiltag, der kan mærkes i hverdagen med det samme. Sæt faste tider af til opfølgning, så den ikke bliver aflyst, når der er travlt.',
      trioPoints: TRIO_POINT_QUESTIONS.map((point) => ({ ...point, answer: TRIO_ANSWERS[point.id] ?? '' })),
      evaluation: {
        effect:
          'Overleveringen og prioriteringen er blevet bedre, og trivslen er steget lidt. Sygefraværet er faldet, men ikke nok.',
        process:
          'Seminaret fik alle med, og det virkede at have en fast dato til midtvejsmødet. Aktivitetsfasen var kort i forhold til, hvor travlt der var.',
      },
    },
    notes:
      'Dette er et eksempel med en opdigtet arbejdsplads. Du kan rette i alt eller slette forløbet igen.',
  };
}
