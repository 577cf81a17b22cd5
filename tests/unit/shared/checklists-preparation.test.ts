import { describe, expect, it } from 'vitest';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import { Engagement, type Engagement as EngagementType } from '../../../shared/domain/engagement.js';
import { preparationChecklist } from '../../../shared/domain/checklists/preparation.js';
import { phaseProgress } from '../../../shared/domain/checklists/index.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';

const TODAY = '2027-01-10';

function nfa(): EngagementType {
  let n = 0;
  return createEngagement(
    findTemplate('nfa-grundmodel')!,
    {
      templateId: 'nfa-grundmodel',
      client: { organisation: 'Horsens Kommune', unit: 'Rengøringen', sector: 'kommune' },
      contacts: [
        { name: 'Lise Holm', role: 'leder' },
        { name: 'Per Bak', role: 'arbejdsmiljoerepraesentant' },
        { name: 'Aya Nour', role: 'tillidsrepraesentant' },
      ],
    },
    { id: 'e1', now: '2027-01-01T10:00:00.000Z', newId: () => `x${++n}` },
  );
}

/** A programme whose preparation is complete, and still a valid programme. */
function prepared(): EngagementType {
  const e = nfa();
  const [leader, safety, union] = e.client.contacts;
  e.brief.purpose = 'Et bedre samarbejde om opgaverne.';
  e.brief.successCriteria = [{ id: 'k1', text: 'Færre konflikter om vagtplanen.' }];
  e.brief.trio = {
    leaderContactId: leader!.id,
    safetyRepContactId: safety!.id,
    unionRepContactId: union!.id,
  };
  e.phases.find((p) => p.kind === 'seminar')!.meetings[0]!.date = '2027-02-03';
  e.brief.partiesAgree = true;
  e.brief.joiningRules = {
    actionOriented: true,
    followUpAgreed: true,
    notAuthorityOrder: true,
    notCrisisOrPersonalSupport: true,
  };
  return e;
}

const item = (e: EngagementType, id: string) => {
  const found = preparationChecklist(e).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('preparation checklist', () => {
  it('a fresh programme misses every item, each saying what to do', () => {
    const items = preparationChecklist(nfa());
    expect(items.map((i) => i.id)).toEqual([
      'brief-purpose',
      'brief-success-criteria',
      'brief-trio',
      'seminar-date',
      'brief-joining-rules',
    ]);
    expect(items.every((i) => !i.done)).toBe(true);
    expect(items.every((i) => (i.missing ?? '').length > 0)).toBe(true);
    expect(phaseProgress(nfa(), 'preparation', TODAY)).toMatchObject({ done: 0, total: 5 });
  });

  it('a complete preparation has every item done, and is a valid programme', () => {
    const e = prepared();
    expect(Engagement.safeParse(e).success).toBe(true);
    expect(preparationChecklist(e).every((i) => i.done)).toBe(true);
    expect(phaseProgress(e, 'preparation', TODAY)).toMatchObject({ done: 5, total: 5 });
  });

  it('a purpose of blanks is no purpose', () => {
    const e = prepared();
    e.brief.purpose = '  \n ';
    expect(item(e, 'brief-purpose').done).toBe(false);
  });

  it('a success criterion needs text; an empty row does not count', () => {
    const e = prepared();
    e.brief.successCriteria = [{ id: 'k1', text: ' ' }];
    expect(item(e, 'brief-success-criteria').done).toBe(false);
    e.brief.successCriteria.push({ id: 'k2', text: 'Alle kender planen.' });
    expect(item(e, 'brief-success-criteria').done).toBe(true);
    e.brief.successCriteria = [];
    expect(item(e, 'brief-success-criteria').done).toBe(false);
  });

  it('the TRIO needs all three, and names who is missing', () => {
    const e = prepared();
    delete e.brief.trio.safetyRepContactId;
    expect(item(e, 'brief-trio')).toMatchObject({
      done: false,
      missing: 'Vælg arbejdsmiljørepræsentant blandt kontaktpersonerne.',
    });
    delete e.brief.trio.leaderContactId;
    expect(item(e, 'brief-trio').missing).toBe(
      'Vælg leder og arbejdsmiljørepræsentant blandt kontaktpersonerne.',
    );
    e.brief.trio = {};
    e.client.contacts = [];
    expect(item(e, 'brief-trio').missing).toBe(
      'Tilføj kontaktpersoner på Overblik, og vælg så TRIO’en blandt dem.',
    );
  });

  it('the seminar date comes from the seminar phase, not from other meetings', () => {
    const e = prepared();
    const seminar = e.phases.find((p) => p.kind === 'seminar')!;
    delete seminar.meetings[0]!.date;
    e.phases.find((p) => p.kind === 'preparation')!.meetings[0]!.date = '2027-01-15';
    expect(item(e, 'seminar-date')).toMatchObject({
      done: false,
      missing: 'Skriv den dato, I har aftalt for seminaret.',
    });
    seminar.meetings = [];
    expect(item(e, 'seminar-date').missing).toBe(
      'Seminarfasen har ingen møder endnu. Tilføj et på Overblik, og skriv datoen.',
    );
  });

  it.each([
    ['partiesAgree', 'ledelse og medarbejdere er enige'],
    ['actionOriented', 'handlingsorienteret'],
    ['followUpAgreed', 'lokal opfølgning aftalt'],
    ['notAuthorityOrder', 'ikke opfølgning på et AT-påbud'],
    ['notCrisisOrPersonalSupport', 'ikke krisehjælp eller personlig støtte'],
  ] as const)('the joining rules are not confirmed while %s is unticked', (rule, named) => {
    const e = prepared();
    if (rule === 'partiesAgree') e.brief.partiesAgree = false;
    else e.brief.joiningRules[rule] = false;
    expect(item(e, 'brief-joining-rules')).toMatchObject({ done: false, missing: `Bekræft: ${named}.` });
    // The other items do not depend on it.
    expect(preparationChecklist(e).filter((i) => !i.done)).toHaveLength(1);
  });

  it('lists every unconfirmed joining rule', () => {
    const e = prepared();
    e.brief.partiesAgree = false;
    e.brief.joiningRules.notAuthorityOrder = false;
    e.brief.joiningRules.notCrisisOrPersonalSupport = false;
    expect(item(e, 'brief-joining-rules').missing).toBe(
      'Bekræft: ledelse og medarbejdere er enige, ikke opfølgning på et AT-påbud og ikke krisehjælp eller personlig støtte.',
    );
  });
});
