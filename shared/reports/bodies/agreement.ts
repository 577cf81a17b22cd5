import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Contact, Engagement, Meeting } from '../../domain/engagement.js';
import {
  CONTACT_ROLE_LABELS,
  MEETING_MODE_LABELS,
  PHASE_LABELS,
  THEME_LABELS,
} from '../../domain/vocabulary.js';
import { textCell, emptyNote, h2, headerRow, paragraphsOr } from './body-parts.js';
import { danishDate, danishShortDate } from '../danish-date.js';
import type { ReportBody, ReportInput } from '../report-input.js';

const NOT_WRITTEN = 'Ikke udfyldt endnu. Det skrives under Forberedelse i Forløb.';

/** The preparatory meeting: the first meeting of the preparation phase of kind »formøde«, else its first meeting. */
export function preparatoryMeeting(engagement: Engagement): Meeting | undefined {
  const meetings = engagement.phases.find((phase) => phase.kind === 'preparation')?.meetings ?? [];
  return meetings.find((meeting) => meeting.kind === 'formoede') ?? meetings[0];
}

const contactById = (engagement: Engagement, id: string | undefined): Contact | undefined =>
  id === undefined ? undefined : engagement.client.contacts.find((contact) => contact.id === id);

/** The TRIO with the role each member has in it; members not chosen yet are left out. */
export function trioMembers(engagement: Engagement): { role: string; contact: Contact }[] {
  const { trio } = engagement.brief;
  const members = [
    { role: 'Leder', contact: contactById(engagement, trio.leaderContactId) },
    { role: 'Arbejdsmiljørepræsentant', contact: contactById(engagement, trio.safetyRepContactId) },
    { role: 'Tillidsrepræsentant', contact: contactById(engagement, trio.unionRepContactId) },
  ];
  return members.filter((m): m is { role: string; contact: Contact } => m.contact !== undefined);
}

function section(title: string, text: string): Content[] {
  return [h2(title), ...paragraphsOr(text, NOT_WRITTEN)];
}

function meetingLine(engagement: Engagement): Content {
  const meeting = preparatoryMeeting(engagement);
  if (!meeting?.date) return emptyNote('Datoen for det forberedende møde er ikke skrevet endnu.');
  const time = meeting.startTime ? ` kl. ${meeting.startTime}` : '';
  return {
    text: `Aftalt ved ${meeting.title.toLowerCase() === 'forberedende møde' ? 'det forberedende møde' : `mødet »${meeting.title}«`} ${danishDate(meeting.date)}${time}.`,
    style: 'lead',
  };
}

function participants(engagement: Engagement): Content[] {
  const meeting = preparatoryMeeting(engagement);
  const out: Content[] = [h2('Deltagere')];
  const present = meeting?.record.participants.trim();
  if (present)
    out.push(
      { text: 'Til stede ved mødet', style: 'label', margin: [0, 0, 0, 2] },
      ...paragraphsOr(present, ''),
    );
  const contacts = engagement.client.contacts;
  if (contacts.length > 0) {
    out.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', '*', '*'],
        body: [
          headerRow(['Navn', 'Rolle', 'Kontakt']),
          ...contacts.map((c): TableCell[] => [
            textCell(c.name),
            textCell(CONTACT_ROLE_LABELS[c.role]),
            textCell([c.email, c.phone].filter(Boolean).join(' · ') || '–'),
          ]),
        ],
      },
      margin: [0, 4, 0, 6],
    });
  }
  const facilitators = engagement.facilitators.map((f) => `${f.name} (${f.organisation})`).join(', ');
  if (facilitators)
    out.push({ text: [{ text: 'Facilitatorer: ', bold: true }, facilitators], style: 'body' });
  if (!present && contacts.length === 0 && !facilitators) {
    out.push(emptyNote('Ingen deltagere er skrevet endnu. Kontaktpersoner skrives under Overblik i Forløb.'));
  }
  return out;
}

function criteria(engagement: Engagement): Content[] {
  const list = engagement.brief.successCriteria.filter((c) => c.text.trim());
  if (list.length === 0) return [h2('Succeskriterier'), emptyNote(NOT_WRITTEN)];
  return [
    h2('Succeskriterier'),
    {
      ol: list.map((c) => ({ text: c.text.trim(), style: 'body', margin: [0, 0, 0, 3] })),
      margin: [0, 0, 0, 6],
    },
  ];
}

function themes(engagement: Engagement): Content[] {
  if (engagement.themes.length === 0) return [];
  return [
    {
      text: [{ text: 'Temaer: ', bold: true }, engagement.themes.map((t) => THEME_LABELS[t]).join(', ')],
      style: 'body',
    },
  ];
}

function trio(engagement: Engagement): Content[] {
  const members = trioMembers(engagement);
  if (members.length === 0) {
    return [
      h2('TRIO'),
      emptyNote('TRIO’en er ikke valgt endnu. Den vælges blandt kontaktpersonerne under Forberedelse.'),
    ];
  }
  return [
    h2('TRIO'),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [150, '*'],
        body: [
          headerRow(['Rolle i TRIO’en', 'Navn']),
          ...members.map((m) => [textCell(m.role), textCell(m.contact.name)]),
        ],
      },
      margin: [0, 0, 0, 6],
    },
  ];
}

function dates(engagement: Engagement): Content[] {
  const rows: TableCell[][] = [];
  for (const phase of engagement.phases) {
    for (const meeting of phase.meetings) {
      rows.push([
        textCell(PHASE_LABELS[phase.kind]),
        textCell(meeting.title),
        textCell(
          meeting.date
            ? danishShortDate(meeting.date) + (meeting.startTime ? ` kl. ${meeting.startTime}` : '')
            : 'Ikke fastlagt',
        ),
        textCell(MEETING_MODE_LABELS[meeting.mode]),
      ]);
    }
  }
  if (rows.length === 0) return [h2('Datoer'), emptyNote('Forløbet har ingen møder endnu.')];
  return [
    h2('Datoer'),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [90, '*', 100, 105],
        body: [headerRow(['Fase', 'Møde', 'Dato', 'Form']), ...rows],
      },
      margin: [0, 0, 0, 6],
    },
  ];
}

function joiningRules(engagement: Engagement): Content[] {
  const { brief } = engagement;
  const rules: [boolean, string][] = [
    [brief.partiesAgree, 'Ledelse og medarbejdere er enige om at søge forløbet.'],
    [brief.joiningRules.actionOriented, 'Forløbet er handlingsorienteret.'],
    [brief.joiningRules.followUpAgreed, 'Det er aftalt, hvordan der følges op lokalt.'],
    [brief.joiningRules.notAuthorityOrder, 'Forløbet er ikke opfølgning på et påbud fra Arbejdstilsynet.'],
    [brief.joiningRules.notCrisisOrPersonalSupport, 'Forløbet er ikke krisehjælp eller personlig støtte.'],
  ];
  return [
    h2('Betingelser for at deltage'),
    {
      table: {
        widths: [70, '*'],
        body: rules.map(([ok, text]) => [
          textCell(ok ? 'Bekræftet' : 'Ikke bekræftet', { bold: !ok }),
          textCell(text),
        ]),
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 6],
    },
    { text: 'Lokal opfølgning', style: 'h3', headlineLevel: 3 },
    ...paragraphsOr(brief.localFollowUp, 'Den lokale opfølgning er ikke skrevet endnu.'),
  ];
}

function signatureBlock(role: string, name: string | undefined): Content {
  return {
    unbreakable: true,
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 210, y2: 0, lineWidth: 0.6, lineColor: '#1e2a32' }],
        margin: [0, 40, 0, 4],
      },
      { text: 'Dato og underskrift', style: 'caption', margin: [0, 0, 0, 2] },
      { text: name ? `${name}, ${role}` : role, style: 'body', margin: [0, 0, 0, 0] },
    ],
  };
}

/** Lines for the parties to sign: the TRIO (or its roles when not chosen) and the facilitators. */
function signatures(engagement: Engagement): Content[] {
  const members = trioMembers(engagement);
  const parties: { role: string; name?: string }[] =
    members.length > 0
      ? members.map((m) => ({ role: m.role.toLowerCase(), name: m.contact.name }))
      : [{ role: 'Leder' }, { role: 'Arbejdsmiljørepræsentant' }, { role: 'Tillidsrepræsentant' }];
  const facilitators = engagement.facilitators;
  for (const f of facilitators) parties.push({ role: `konsulent, ${f.organisation}`, name: f.name });
  if (facilitators.length === 0) parties.push({ role: 'Konsulent' });
  const blocks = parties.map((p) => signatureBlock(p.role, p.name));
  const rows: Content[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    rows.push({ columns: [blocks[i]!, blocks[i + 1] ?? { text: '' }], columnGap: 36 });
  }
  return [
    h2('Underskrifter'),
    { text: 'Parterne er enige om forløbet som beskrevet ovenfor.', style: 'body' },
    { stack: rows, unbreakable: true },
  ];
}

/**
 * The agreement after the preparatory meeting (aftale efter formødet): what
 * the parties agreed on (purpose, goals, frame, resources, success criteria,
 * TRIO, dates, participants, the joining rules and local follow-up), ending
 * with lines for the parties to sign. A section not yet written says so.
 */
export function buildAgreementBody(input: ReportInput): ReportBody {
  const { engagement } = input;
  const { brief } = engagement;
  return {
    title: 'Aftale efter formødet',
    subtitle: engagement.title,
    cover: false,
    content: [
      meetingLine(engagement),
      ...section('Formål', brief.purpose),
      ...themes(engagement),
      ...section('Mål', brief.goals),
      ...section('Rammer', brief.frame),
      ...section('Ressourcer', brief.resources),
      ...criteria(engagement),
      ...trio(engagement),
      ...participants(engagement),
      ...dates(engagement),
      ...joiningRules(engagement),
      ...signatures(engagement),
    ],
  };
}
