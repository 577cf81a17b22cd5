import { describe, expect, it } from 'vitest';
import { answerRows, answersCsv, csvCell, CSV_COLUMNS, csvFileName } from '../../../shared/reports/csv.js';
import { barometerRun, boardRun, exampleEngagement, libraryCards, TODAY } from './pipeline-fixtures.js';

/** Splits a CSV text into rows of cells the way a spreadsheet reads it (quotes, ;, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('the answers as CSV', () => {
  const engagement = exampleEngagement();
  const cards = libraryCards();
  const text = answersCsv(engagement, [boardRun(), barometerRun()], cards);
  const rows = parseCsv(text.slice(1));

  it('starts with a BOM and a header in Danish, separated by ;', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(text.split('\r\n')[0]!.slice(1)).toBe(CSV_COLUMNS.join(';'));
  });

  it('has one row per visible answer, oldest run first, hidden answers left out', () => {
    expect(rows).toHaveLength(1 + 4 + 2);
    expect(text).not.toContain('skjult svar');
    expect(rows[1]![2]).toBe('Trivselsbarometeret');
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('says what each answer is, with participants numbered, never their ids', () => {
    const [first, second, third, fourth] = rows.slice(1);
    expect(first).toMatchObject({
      1: 'Halv- eller heldagsseminar',
      4: '17.08.2026 09:11:00',
      5: 'Deltager 1',
      7: 'travlt; men "godt"',
      8: '7',
    });
    expect(second![5]).toBe('Deltager 2');
    expect(third![5]).toBe('Deltager 1');
    expect(fourth).toMatchObject({
      5: 'Facilitator',
      6: 'Hvad trækker trivslen op hos os lige nu?',
      7: 'linje 1\nlinje 2',
    });
    const [note, vote] = rows.slice(5);
    expect(note![6]).toContain('1. Forebyggelse');
    expect(vote).toMatchObject({ 6: 'Prikker', 8: '1' });
    expect(text).not.toContain('p-1');
  });

  it('quotes ; " and line breaks, and disarms cells a spreadsheet would run as formulas', () => {
    expect(text).toContain('"travlt; men ""godt"""');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain("'+ fælles pauser");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('is only the header for a programme without runs', () => {
    expect(answerRows(engagement, [], cards)).toEqual([[...CSV_COLUMNS]]);
  });

  it('names the file after the client, and the exercise for one run', () => {
    expect(csvFileName(engagement, [barometerRun()], cards, false, TODAY)).toBe(
      `Svar – Solbakken Plejecenter – ${TODAY}.csv`,
    );
    expect(csvFileName(engagement, [barometerRun()], cards, true, TODAY)).toBe(
      `Svar – Trivselsbarometeret – Solbakken Plejecenter – ${TODAY}.csv`,
    );
  });
});
