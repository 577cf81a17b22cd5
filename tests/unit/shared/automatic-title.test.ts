import { describe, expect, it } from 'vitest';
import { automaticTitle } from '../../../shared/domain/automatic-title.js';

describe('automaticTitle', () => {
  it('joins organisation and unit, or takes whichever is given', () => {
    expect(automaticTitle(' Region Sjælland ', 'Akutmodtagelsen')).toEqual({
      title: 'Region Sjælland – Akutmodtagelsen',
      shortened: false,
    });
    expect(automaticTitle('Region Sjælland', ' ')).toEqual({ title: 'Region Sjælland', shortened: false });
    expect(automaticTitle('', '')).toEqual({ title: '', shortened: false });
  });

  it('keeps a title of exactly the limit whole', () => {
    const organisation = 'A'.repeat(100);
    const unit = 'B'.repeat(97);
    expect(automaticTitle(organisation, unit).title).toHaveLength(200);
    expect(automaticTitle(organisation, unit).shortened).toBe(false);
  });

  it('cuts a too long title at the last whole word, without a dangling separator, and ends in …', () => {
    const organisation = 'Region Hovedstadens Center for Arbejdsmiljø og Sundhedsfremme på Hospitalerne';
    const unit =
      'Afdelingen for Akutmedicin, Traumemodtagelse og Præhospital Indsats, Hillerød og Frederikssund';
    const { title, shortened } = automaticTitle(organisation, unit, 120);
    expect(shortened).toBe(true);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title).toBe(`${organisation} – Afdelingen for Akutmedicin…`);
    // Room for "Akutmedicin, " exactly: the comma goes, the word stays; one less and the word goes.
    expect(automaticTitle(organisation, unit, 110).title).toBe(
      `${organisation} – Afdelingen for Akutmedicin…`,
    );
    expect(automaticTitle(organisation, unit, 108).title).toBe(`${organisation} – Afdelingen for…`);
  });

  it('cuts inside a word only when there is no space late enough to cut at', () => {
    const { title } = automaticTitle('X'.repeat(50), 'Y'.repeat(180));
    expect(title).toHaveLength(200);
    expect(title).toBe(`${'X'.repeat(50)} – ${'Y'.repeat(146)}…`);
    // A long last word is dropped whole when the cut can still keep most of the title.
    expect(automaticTitle('X'.repeat(150), 'Y'.repeat(150)).title).toBe(`${'X'.repeat(150)}…`);
  });

  it('is never longer than the limit, whatever the two fields hold', () => {
    const words = ['Region', 'Hovedstaden,', '–', 'Center', 'for', 'HR', 'og', 'Uddannelse;', 'Afd.', 'X'];
    for (let seed = 1; seed < 500; seed++) {
      const pick = (n: number) =>
        Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ');
      const { title } = automaticTitle(pick(seed % 40), pick((seed * 3) % 45));
      expect(title.length).toBeLessThanOrEqual(200);
      expect(title).not.toMatch(/[\s,;–-]…$/u);
    }
  });
});
