import { describe, expect, it } from 'vitest';
import type { EngagementSummary } from '@shared/domain/engagement';
import { summarizeEngagement } from '@shared/domain/engagement-summary';
import { byRecent, cacheChanges, overlayPending } from '@/stores/summary-list';
import { FakeApi, TODAY } from './fake-api';

function three(): EngagementSummary[] {
  const api = new FakeApi();
  return ['a', 'b', 'c'].map((unit) =>
    summarizeEngagement(api.seed('nfa-grundmodel', 'Region Sjælland', unit), TODAY),
  );
}

describe('summary list helpers', () => {
  it('orders newest change first', () => {
    const [a, b, c] = three() as [EngagementSummary, EngagementSummary, EngagementSummary];
    const rows = [
      { ...a, updatedAt: '2026-11-01T09:00:00.000Z' },
      { ...b, updatedAt: '2026-11-03T09:00:00.000Z' },
      { ...c, updatedAt: '2026-11-02T09:00:00.000Z' },
    ];
    expect(rows.sort(byRecent).map((r) => r.id)).toEqual([b.id, c.id, a.id]);
  });

  it('lays pending edits over their rows, keeping the revision on disk, and leaves damaged rows alone', () => {
    const [a, b, c] = three() as [EngagementSummary, EngagementSummary, EngagementSummary];
    const damaged = { ...c, damaged: { file: 'f', message: 'm' } };
    const pending = new Map([
      [a.id, { ...a, title: 'Lokal titel', revision: 1 }],
      [c.id, { ...c, title: 'Ændring' }],
    ]);
    const result = overlayPending([{ ...a, revision: 4 }, b, damaged], pending);
    expect(result[0]).toMatchObject({ title: 'Lokal titel', revision: 4 });
    expect(result[1]).toBe(b);
    expect(result[2]).toBe(damaged);
  });

  it('writes nothing when the cache already holds the list', () => {
    const rows = three();
    expect(cacheChanges(structuredClone(rows), rows, new Set())).toEqual({ put: [], remove: [] });
  });

  it('puts new and changed rows, removes rows gone from the list and from the screen', () => {
    const [a, b, c] = three() as [EngagementSummary, EngagementSummary, EngagementSummary];
    const changedB = { ...b, title: 'Ny', revision: b.revision + 1 };
    const changes = cacheChanges([a, b, c], [a, changedB], new Set([a.id, b.id]));
    expect(changes).toEqual({ put: [changedB], remove: [c.id] });
  });

  it('keeps a row the cache got newer meanwhile, and one still on screen (created since the list came)', () => {
    const [a, b, c] = three() as [EngagementSummary, EngagementSummary, EngagementSummary];
    const savedMeanwhile = { ...a, title: 'Gemt imens', revision: a.revision + 1 };
    const changes = cacheChanges([savedMeanwhile, b, c], [a, b], new Set([a.id, b.id, c.id]));
    expect(changes).toEqual({ put: [], remove: [] });
  });
});
