import type { Content } from 'pdfmake/interfaces.js';
import { daysOverdue, isOverdue } from '../../domain/action-due.js';
import type { Action, Engagement, Meeting } from '../../domain/engagement.js';
import {
  ACTION_STAGE_LABELS,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  CONTACT_ROLE_LABELS,
  CRITERION_ASSESSMENT_LABELS,
  IGLO_LEVEL_LABELS,
  IGLO_LEVELS,
  MEETING_MODE_LABELS,
  THEME_LABELS,
} from '../../domain/vocabulary.js';
import type { CatalogueCard } from '../../library/catalogue.js';
import { SOURCE_DOCUMENT_LABELS } from '../../library/sources.js';
import type { ReportBody, ReportInput } from '../report-input.js';
import { agendaTable, agendaTotal, meetingWhen } from './agenda-parts.js';
import {
  bullets,
  danishDate,
  emptyNote,
  h1,
  h2,
  h3,
  labelled,
  paragraphs,
  present,
  styled,
  table,
} from './body-parts.js';
import { exerciseResultsContent, REPORT_MIN_ANSWERS } from './seminar-results.js';

/**
 * The afrapportering: what a workplace circulates to MED/AMO after the
 * wrap-up. Chapters in the order the issue names them; a chapter with
 * nothing to say is a heading with one plain sentence, a sub-section with
 * nothing is left out.
 */
export function buildWrapupBody(input: ReportInput): ReportBody {
  const engagement = input.engagement;
  const period = programmePeriod(engagement);
  return {
    title: 'Afrapportering',
    ...(period ? { subtitle: period } : {}),
    cover: true,
    content: [
      ...backgroundChapter(engagement),
      ...programmeChapter(engagement),
      ...resultsChapter(input),
      ...actionPlanChapter(engagement),
      ...activityChapter(engagement, input.today),
      ...criteriaChapter(engagement),
      ...learningChapter(engagement),
      ...continuationChapter(engagement),
      ...recommendationsChapter(engagement),
      ...appendixChapter(input),
    ],
  };
}

/** A chapter: its heading and content, or the heading and a sentence when there is no content. */
function chapter(title: string, content: Content[], whenEmpty: string): Content[] {
  return [h1(title), ...(content.length ? content : [emptyNote(whenEmpty)])];
}

/** A sub-section that is left out when it has no content. */
function part(heading: Content, content: Content[]): Content[] {
  return content.length ? [heading, ...content] : [];
}

const allMeetings = (engagement: Engagement): Meeting[] =>
  engagement.phases.flatMap((phase) => phase.meetings);

/** "7. september 2026 – 15. marts 2027" from the first to the last dated meeting. */
export function programmePeriod(engagement: Engagement): string | undefined {
  const dates = allMeetings(engagement)
    .flatMap((meeting) => (meeting.date ? [meeting.date] : []))
    .sort();
  if (dates.length === 0) return undefined;
  const first = danishDate(dates[0]!);
  const last = danishDate(dates[dates.length - 1]!);
  return first === last ? first : `${first} – ${last}`;
}

// ── Baggrund og formål ────────────────────────────────────────────────────

function backgroundChapter(engagement: Engagement): Content[] {
  const brief = engagement.brief;
  const contacts = new Map(engagement.client.contacts.map((contact) => [contact.id, contact]));
  const trio = [brief.trio.leaderContactId, brief.trio.safetyRepContactId, brief.trio.unionRepContactId]
    .flatMap((id) => (id && contacts.get(id) ? [contacts.get(id)!] : []))
    .map((contact) => `${contact.name} (${CONTACT_ROLE_LABELS[contact.role]})`);
  const themes = engagement.themes.map((theme) => THEME_LABELS[theme]);
  const content: Content[] = [
    ...part(h3('Baggrund'), paragraphs(brief.background)),
    ...part(h3('Formål'), paragraphs(brief.purpose)),
    ...part(h3('Mål'), paragraphs(brief.goals)),
    ...part(h3('Rammer og ressourcer'), [...paragraphs(brief.frame), ...paragraphs(brief.resources)]),
    ...part(h3('Temaer'), themes.length ? [bullets(themes)] : []),
    ...part(h3('TRIO'), trio.length ? [bullets(trio)] : []),
  ];
  return chapter('Baggrund og formål', content, 'Baggrund og formål er ikke skrevet ind i forløbet.');
}

// ── Forløbet ──────────────────────────────────────────────────────────────

function meetingCell(meeting: Meeting): Content {
  const details = [meeting.startTime ? `kl. ${meeting.startTime}` : '', MEETING_MODE_LABELS[meeting.mode]]
    .filter(Boolean)
    .join(' · ');
  return {
    stack: [
      { text: meeting.title, style: 'tableCell', bold: true },
      { text: details, style: 'muted' },
    ],
  };
}

function programmeChapter(engagement: Engagement): Content[] {
  const phases = engagement.phases.flatMap((phase) => {
    if (phase.meetings.length === 0) return [];
    const dated = [...phase.meetings].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    const rows = dated.map((meeting) => [
      meeting.date ? danishDate(meeting.date) : 'Ikke fastsat',
      meetingCell(meeting),
      present(meeting.record.decisions) ?? present(meeting.description) ?? '',
    ]);
    return [h3(phase.title), table(['Dato', 'Møde', 'Beslutninger og indhold'], rows, [92, 130, '*'])];
  });
  const period = programmePeriod(engagement);
  const content: Content[] = phases.length
    ? [...(period ? [styled('lead', `Forløbet strakte sig over perioden ${period}.`)] : []), ...phases]
    : [];
  return chapter('Forløbet', content, 'Forløbet har ingen møder endnu.');
}

// ── Seminarets resultater ─────────────────────────────────────────────────

function resultsChapter(input: ReportInput): Content[] {
  const results = exerciseResultsContent(input.engagement, input.runs, input.cards);
  const lead = styled(
    'lead',
    `Svarene fra rummet, øvelse for øvelse. Svar, som blev skjult i rummet, tæller ikke med, og et resultat med færre end ${REPORT_MIN_ANSWERS} svar er udeladt, så ingen kan genkendes. Er en øvelse kørt igen ved opsamlingen, står de to kørsler side om side.`,
  );
  return chapter(
    'Seminarets resultater',
    results.length ? [lead, ...results] : [],
    'Der er ikke kørt øvelser i rummet i dette forløb.',
  );
}

// ── Handleplan ────────────────────────────────────────────────────────────

function actionCell(action: Action): Content {
  const description = present(action.description);
  return {
    stack: [
      { text: action.title, style: 'tableCell', bold: true },
      ...(description ? [{ text: description, style: 'muted' }] : []),
    ],
  };
}

function actionPlanChapter(engagement: Engagement): Content[] {
  const content = IGLO_LEVELS.flatMap((level) => {
    const actions = engagement.actions.filter((action) => action.iglo === level);
    if (actions.length === 0) return [];
    return [
      h2(IGLO_LEVEL_LABELS[level]),
      table(
        ['Tiltag', 'Fase', 'Ansvarlig', 'Frist', 'Status'],
        actions.map((action) => [
          actionCell(action),
          ACTION_STAGE_LABELS[action.stage],
          action.owner || '–',
          action.due ? danishDate(action.due) : '–',
          ACTION_STATUS_LABELS[action.status],
        ]),
        ['*', 64, 74, 82, 62],
      ),
    ];
  });
  const lead = styled(
    'lead',
    'Tiltagene efter IGLO-niveau: individ, gruppe, ledelse og organisation, hver med fase, ansvarlig, frist og status.',
  );
  return chapter('Handleplan', content.length ? [lead, ...content] : [], 'Handleplanen har ingen tiltag.');
}

// ── Aktivitetsfasen ───────────────────────────────────────────────────────

function statusLine(actions: readonly Action[]): string {
  const parts = ACTION_STATUSES.flatMap((status) => {
    const n = actions.filter((action) => action.status === status).length;
    return n ? [`${n} ${ACTION_STATUS_LABELS[status].toLowerCase()}`] : [];
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}` : parts[0];
  return `Handleplanen har ${actions.length} ${actions.length === 1 ? 'tiltag' : 'tiltag'}: ${list}.`;
}

function activityChapter(engagement: Engagement, today: string): Content[] {
  const actions = engagement.actions;
  const overdue = actions.filter((action) => isOverdue(action, today));
  const followUps = actions
    .flatMap((action) => action.followUps.map((followUp) => ({ action, followUp })))
    .sort((a, b) => a.followUp.date.localeCompare(b.followUp.date));
  const meetings = engagement.phases
    .filter((phase) => phase.kind === 'activity')
    .flatMap((phase) => phase.meetings)
    .filter((meeting) => present(meeting.record.notes) || present(meeting.record.decisions));
  const content: Content[] = [
    ...(actions.length ? [styled('lead', statusLine(actions))] : []),
    ...part(
      h3('Over fristen'),
      overdue.length
        ? [
            bullets(
              overdue.map((action) => {
                const days = daysOverdue(action, today);
                return `${action.title} (${action.owner || 'ingen ansvarlig'}): frist ${danishDate(action.due!)}, ${days} ${days === 1 ? 'dag' : 'dage'} over`;
              }),
            ),
          ]
        : [],
    ),
    ...part(
      h2('Opfølgninger'),
      followUps.length
        ? [
            table(
              ['Dato', 'Tiltag', 'Opfølgning'],
              followUps.map(({ action, followUp }) => [
                danishDate(followUp.date),
                action.title,
                followUp.note,
              ]),
              [92, 140, '*'],
            ),
          ]
        : [],
    ),
    ...meetings.flatMap((meeting) =>
      part(h2(`${meeting.title}, ${meeting.date ? danishDate(meeting.date) : 'dato ikke fastsat'}`), [
        ...(present(meeting.record.notes) ? [labelled('Noter', meeting.record.notes)] : []),
        ...(present(meeting.record.decisions) ? [labelled('Beslutninger', meeting.record.decisions)] : []),
      ]),
    ),
  ];
  return chapter(
    'Aktivitetsfasen',
    content,
    'Der er ikke registreret tiltag eller opfølgninger i aktivitetsfasen.',
  );
}

// ── Succeskriterier ───────────────────────────────────────────────────────

function criteriaChapter(engagement: Engagement): Content[] {
  const assessed = new Map(engagement.wrapup.criteria.map((entry) => [entry.criterionId, entry]));
  const rows = engagement.brief.successCriteria.map((criterion) => {
    const entry = assessed.get(criterion.id);
    return [
      criterion.text,
      CRITERION_ASSESSMENT_LABELS[entry?.assessment ?? 'ikke-vurderet'],
      present(entry?.evidence) ?? '–',
    ];
  });
  const content = rows.length
    ? [table(['Succeskriterium', 'Vurdering', 'Begrundelse'], rows, ['*', 70, '*'])]
    : [];
  return chapter('Succeskriterier', content, 'Forløbet har ingen succeskriterier.');
}

// ── Det har vi lært ───────────────────────────────────────────────────────

function learningChapter(engagement: Engagement): Content[] {
  const wrapup = engagement.wrapup;
  const trio = wrapup.trioPoints.filter((point) => present(point.answer));
  const content: Content[] = [
    ...part(h3('Det har vi lært'), paragraphs(wrapup.learnings)),
    ...part(h3('Udfordringer'), paragraphs(wrapup.challenges)),
    ...part(
      h3('TRIO’ens opsamling'),
      trio.flatMap((point) => [styled('label', point.question), ...paragraphs(point.answer)]),
    ),
    ...part(h3('Effekt'), paragraphs(wrapup.evaluation.effect)),
    ...part(h3('Proces'), paragraphs(wrapup.evaluation.process)),
  ];
  return chapter('Det har vi lært', content, 'Læringen fra forløbet er ikke skrevet ind endnu.');
}

// ── Sådan fortsætter arbejdspladsen ───────────────────────────────────────

function continuationChapter(engagement: Engagement): Content[] {
  const agreements = engagement.wrapup.continuation;
  const content: Content[] = [
    ...(present(engagement.brief.localFollowUp)
      ? [labelled('Aftalt lokal opfølgning', engagement.brief.localFollowUp)]
      : []),
    ...(agreements.length
      ? [
          table(
            ['Aftale', 'Ansvarlig', 'Dato'],
            agreements.map((agreement) => [
              agreement.text,
              agreement.owner || '–',
              agreement.due ? danishDate(agreement.due) : '–',
            ]),
            ['*', 100, 92],
          ),
        ]
      : []),
  ];
  return chapter(
    'Sådan fortsætter arbejdspladsen',
    content,
    'Der er ikke skrevet aftaler om det videre arbejde ind.',
  );
}

// ── Anbefalinger ──────────────────────────────────────────────────────────

function recommendationsChapter(engagement: Engagement): Content[] {
  return chapter(
    'Anbefalinger',
    paragraphs(engagement.wrapup.recommendations),
    'Der er ikke skrevet anbefalinger ind.',
  );
}

// ── Bilag ─────────────────────────────────────────────────────────────────

/** The cards the programme used (on an agenda or run in the room), in the order they were first met. */
function cardsUsed(input: ReportInput): CatalogueCard[] {
  const byId = new Map(input.cards.map((card) => [card.id, card]));
  const ids = [
    ...allMeetings(input.engagement).flatMap((meeting) =>
      meeting.agenda.flatMap((item) => (item.exerciseId ? [item.exerciseId] : [])),
    ),
    ...input.runs.map((run) => run.exerciseId),
  ];
  return [...new Set(ids)].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

function appendixChapter(input: ReportInput): Content[] {
  const seminars = input.engagement.phases
    .filter((phase) => phase.kind === 'seminar')
    .flatMap((phase) => phase.meetings)
    .filter((meeting) => meeting.agenda.length > 0);
  const agendas = seminars.flatMap((meeting) => [
    h2(`Dagsorden: ${meeting.title}`),
    styled('lead', meetingWhen(meeting)),
    agendaTable(meeting),
    styled('caption', agendaTotal(meeting)),
  ]);
  const byDocument = new Map<string, string[]>();
  for (const card of cardsUsed(input)) {
    const document = SOURCE_DOCUMENT_LABELS[card.source.document];
    byDocument.set(document, [
      ...(byDocument.get(document) ?? []),
      `${card.source.section} (»${card.title}«)`,
    ]);
  }
  const sources = [...byDocument].flatMap(([document, sections]) => [
    styled('label', document),
    bullets(sections),
  ]);
  const content: Content[] = [
    ...agendas,
    ...part(
      h2('Kilder'),
      sources.length ? [styled('lead', 'Øvelserne bygger på disse kilder:'), ...sources] : [],
    ),
  ];
  return content.length ? [h1('Bilag'), ...content] : [];
}
