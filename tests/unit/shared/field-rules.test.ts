import { describe, expect, it } from 'vitest';
import {
  contactProblems,
  emailProblem,
  facilitatorProblems,
  FIELD_MESSAGES,
  meetingTitleProblem,
  optionalTitleProblem,
  organisationProblem,
  parseMinutes,
  titleProblem,
  unitProblem,
} from '../../../shared/domain/field-rules.js';

const long = 'x'.repeat(201);

describe('field rules', () => {
  it('requires a title, an organisation and a meeting title; blank counts as empty', () => {
    for (const empty of ['', '   ', '\t']) {
      expect(titleProblem(empty)).toBe('Skriv forløbets titel.');
      expect(organisationProblem(empty)).toBe('Skriv organisationens navn.');
      expect(meetingTitleProblem(empty)).toBe('Skriv mødets titel.');
    }
    expect(titleProblem('Trivsel i hjemmeplejen')).toBeUndefined();
    expect(organisationProblem('Roskilde Kommune')).toBeUndefined();
    expect(meetingTitleProblem('Seminar')).toBeUndefined();
  });

  it('keeps short texts to 200 characters with a message per field', () => {
    expect(titleProblem('x'.repeat(200))).toBeUndefined();
    expect(titleProblem(long)).toBe(
      `Titlen er ${long.length} tegn, men må højst være 200. Forkort det med ${long.length - 200} tegn.`,
    );
    expect(optionalTitleProblem('')).toBeUndefined();
    expect(optionalTitleProblem(long)).toBe(
      `Titlen er ${long.length} tegn, men må højst være 200. Forkort det med ${long.length - 200} tegn.`,
    );
    expect(organisationProblem(long)).toBe(
      `Navnet er ${long.length} tegn, men må højst være 200. Forkort det med ${long.length - 200} tegn.`,
    );
    expect(unitProblem('')).toBeUndefined();
    expect(unitProblem(long)).toBe(
      `Enheden er ${long.length} tegn, men må højst være 200. Forkort det med ${long.length - 200} tegn.`,
    );
    expect(meetingTitleProblem(long)).toBe(
      `Mødets titel er ${long.length} tegn, men må højst være 200. Forkort det med ${long.length - 200} tegn.`,
    );
  });

  it.each(['', '  ', undefined, 'navn@eksempel.dk', ' ane.berg@roskilde.dk ', 'a+b@sub.example.org'])(
    'accepts the e-mail %j',
    (email) => expect(emailProblem(email)).toBeUndefined(),
  );

  it.each(['ane', 'ane@', '@roskilde.dk', 'ane@roskilde', 'ane berg@roskilde.dk', 'a@b@c.dk'])(
    'refuses the e-mail %j in Danish',
    (email) => expect(emailProblem(email)).toBe(FIELD_MESSAGES.email),
  );

  it('needs a name on a contact row once anything is typed in it; a blank row is fine', () => {
    expect(contactProblems({ name: '', email: '', phone: '' })).toEqual({});
    expect(contactProblems({ name: ' ', email: undefined })).toEqual({});
    expect(contactProblems({ name: '', email: 'ane@roskilde.dk' })).toEqual({
      name: 'Skriv kontaktpersonens navn.',
    });
    expect(contactProblems({ name: '', phone: '12345678' })).toEqual({
      name: 'Skriv kontaktpersonens navn.',
    });
    expect(contactProblems({ name: 'Ane', email: 'ane' })).toEqual({ email: FIELD_MESSAGES.email });
    expect(contactProblems({ name: 'Ane', email: 'ane@roskilde.dk', phone: '1234' })).toEqual({});
  });

  it('needs a name on a facilitator row once anything is typed in it', () => {
    expect(facilitatorProblems({ name: '', organisation: '' })).toEqual({});
    expect(facilitatorProblems({ name: '', organisation: 'NFA' })).toEqual({
      name: 'Skriv facilitatorens navn.',
    });
    expect(facilitatorProblems({ name: 'Bo', organisation: '' })).toEqual({});
  });

  it('reads a duration as whole minutes from 0 to 1440 and says what is wrong otherwise', () => {
    expect(parseMinutes('90')).toEqual({ ok: true, value: 90 });
    expect(parseMinutes(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseMinutes('1440')).toEqual({ ok: true, value: 1440 });
    expect(parseMinutes('')).toEqual({ ok: false, message: 'Skriv varigheden i minutter.' });
    expect(parseMinutes('1441')).toEqual({ ok: false, message: FIELD_MESSAGES.minutesRange });
    expect(parseMinutes('-15')).toEqual({ ok: false, message: FIELD_MESSAGES.minutesRange });
    expect(parseMinutes('12,5')).toEqual({ ok: false, message: FIELD_MESSAGES.minutesWhole });
    expect(parseMinutes('to timer')).toEqual({ ok: false, message: FIELD_MESSAGES.minutesWhole });
    expect(FIELD_MESSAGES.minutesRange).toBe('Varigheden skal være mellem 0 og 1440 minutter (24 timer).');
  });
});
