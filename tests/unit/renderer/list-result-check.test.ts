import { describe, expect, it } from 'vitest';
import { apiContract } from '@shared/api';
import { ApiError } from '@shared/errors';
import { EngagementSummary } from '@shared/domain/engagement';
import { summarizeEngagement } from '@shared/domain/engagement-summary';
import { parseResult } from '@/api/api-result';
import { summaryListProblem } from '@/api/summary-list-shape';
import { FakeApi, TODAY } from './fake-api';

function rows() {
  const api = new FakeApi();
  const a = summarizeEngagement(api.seed('nfa-grundmodel'), TODAY);
  const b = {
    ...summarizeEngagement(api.seed('ruc-dialog'), TODAY),
    damaged: { file: 'engagements/x/engagement.json', message: 'Filen kan ikke læses.' },
  };
  return [a, b];
}

describe("the renderer's check of engagements.list", () => {
  it('accepts what the server sends (the contract holds for it), damaged rows too, as is', () => {
    const list = rows();
    expect(apiContract['engagements.list'].result.safeParse(list).success).toBe(true);
    expect(summaryListProblem(list)).toBeNull();
    expect(parseResult('engagements.list', list)).toBe(list);
  });

  it.each([
    ['not a list', () => ({ rows: [] }), ''],
    ['a row that is not an object', () => [...rows(), 'x'], '2'],
    ['a title that is not text', () => rows().map((r, i) => (i === 1 ? { ...r, title: 42 } : r)), '1.title'],
    ['an unknown status', () => rows().map((r) => ({ ...r, status: 'slettet' })), '0.status'],
    ['an unknown phase', () => rows().map((r) => ({ ...r, currentPhase: 'pause' })), '0.currentPhase'],
    ['an unknown theme', () => rows().map((r) => ({ ...r, themes: ['ukendt'] })), '0.themes'],
    ['a missing revision', () => rows().map(({ revision: _r, ...r }) => r), '0.revision'],
    [
      'a damaged note without a file',
      () => rows().map((r) => ({ ...r, damaged: { message: 'x' } })),
      '0.damaged',
    ],
  ])('refuses %s, naming where', (_what, make, path) => {
    const value = make();
    expect(summaryListProblem(value)).toBe(path);
    let error: unknown;
    try {
      parseResult('engagements.list', value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'internal', message: 'Uventet svar fra Forløb (engagements.list).' });
    expect((error as ApiError).details).toMatchObject({ path });
  });

  it('checks every field of the EngagementSummary schema', () => {
    const fields = Object.keys(EngagementSummary.shape);
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) {
      const [row] = rows();
      expect(summaryListProblem([{ ...row, [field]: Symbol('wrong') }]), field).toBe(`0.${field}`);
    }
  });

  it('still checks other results with the full contract', () => {
    expect(() => parseResult('engagements.trash', [{ id: 'x' }])).toThrow(ApiError);
  });
});
