import type { Engagement, JoiningRules } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

const filled = (text: string): boolean => text.trim() !== '';

/** The joining rules (seed 003) as the checklist names them when one is not confirmed yet. */
const JOINING_RULE_SHORT: Record<keyof JoiningRules, string> = {
  actionOriented: 'handlingsorienteret',
  followUpAgreed: 'lokal opfølgning aftalt',
  notAuthorityOrder: 'ikke opfølgning på et AT-påbud',
  notCrisisOrPersonalSupport: 'ikke krisehjælp eller personlig støtte',
};

const TRIO_SHORT = {
  leaderContactId: 'leder',
  safetyRepContactId: 'arbejdsmiljørepræsentant',
  unionRepContactId: 'tillidsrepræsentant',
} as const;

/** "a, b og c" */
function listing(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

/**
 * Preparation (issue 7): purpose, success criteria, TRIO, seminar date and the
 * joining rules. Each id is also the id of the field or section on the
 * preparation page that fixes it, so "Gå til" lands there.
 */
export function preparationChecklist(e: Engagement): ChecklistItem[] {
  const { brief } = e;
  const trioMissing = (Object.keys(TRIO_SHORT) as (keyof typeof TRIO_SHORT)[])
    .filter((key) => brief.trio[key] === undefined)
    .map((key) => TRIO_SHORT[key]);
  const seminarMeetings = e.phases
    .filter((phase) => phase.kind === 'seminar')
    .flatMap((phase) => phase.meetings);
  const seminarDated = seminarMeetings.some((meeting) => meeting.date !== undefined);
  const rulesMissing = [
    ...(brief.partiesAgree ? [] : ['ledelse og medarbejdere er enige']),
    ...(Object.keys(JOINING_RULE_SHORT) as (keyof JoiningRules)[])
      .filter((key) => !brief.joiningRules[key])
      .map((key) => JOINING_RULE_SHORT[key]),
  ];
  return [
    {
      id: 'brief-purpose',
      label: 'Formålet er beskrevet',
      done: filled(brief.purpose),
      missing: 'Skriv, hvad forløbet skal føre til for arbejdspladsen.',
    },
    {
      id: 'brief-success-criteria',
      label: 'Mindst ét succeskriterium',
      done: brief.successCriteria.some((c) => filled(c.text)),
      missing: 'Skriv mindst ét kriterium, som I kan vurdere forløbet på ved opsamlingen.',
    },
    {
      id: 'brief-trio',
      label: 'TRIO’en er udpeget',
      done: trioMissing.length === 0,
      missing:
        e.client.contacts.length === 0
          ? 'Tilføj kontaktpersoner på Overblik, og vælg så TRIO’en blandt dem.'
          : `Vælg ${listing(trioMissing)} blandt kontaktpersonerne.`,
    },
    {
      id: 'seminar-date',
      label: 'Seminarets dato er aftalt',
      done: seminarDated,
      missing:
        seminarMeetings.length === 0
          ? 'Seminarfasen har ingen møder endnu. Tilføj et på Overblik, og skriv datoen.'
          : 'Skriv den dato, I har aftalt for seminaret.',
    },
    {
      id: 'brief-joining-rules',
      label: 'Betingelserne for at deltage er bekræftet',
      done: rulesMissing.length === 0,
      missing: `Bekræft: ${listing(rulesMissing)}.`,
    },
  ];
}
