import { describe, expect, it } from 'vitest';
import { daysOverdue, isClosed, isOverdue } from '../../../shared/domain/action-due.js';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/vocabulary.js';

const action = (status: ActionStatus, due?: string) => (due === undefined ? { status } : { status, due });

describe('isOverdue', () => {
  it('is on time on the due date itself', () => {
    expect(isOverdue(action('i-gang', '2026-11-20'), '2026-11-20')).toBe(false);
    expect(daysOverdue(action('i-gang', '2026-11-20'), '2026-11-20')).toBe(0);
  });

  it('is overdue from the day after, counting the days', () => {
    expect(isOverdue(action('ikke-startet', '2026-11-20'), '2026-11-21')).toBe(true);
    expect(daysOverdue(action('ikke-startet', '2026-11-20'), '2026-11-21')).toBe(1);
    // Across a month, a year and the switch to winter time (25 Oct 2026).
    expect(daysOverdue(action('i-gang', '2026-10-20'), '2026-11-03')).toBe(14);
    expect(daysOverdue(action('i-gang', '2025-12-31'), '2026-01-02')).toBe(2);
  });

  it('is on time before the due date', () => {
    expect(isOverdue(action('i-gang', '2026-12-01'), '2026-11-21')).toBe(false);
  });

  it('never counts a done or dropped action as overdue', () => {
    for (const status of ['gennemfoert', 'opgivet'] as const) {
      expect(isClosed(action(status))).toBe(true);
      expect(isOverdue(action(status, '2020-01-01'), '2026-11-21')).toBe(false);
      expect(daysOverdue(action(status, '2020-01-01'), '2026-11-21')).toBe(0);
    }
  });

  it('never counts an action without a due date as overdue', () => {
    for (const status of ACTION_STATUSES) {
      expect(isOverdue(action(status), '2026-11-21')).toBe(false);
      expect(daysOverdue(action(status), '2026-11-21')).toBe(0);
    }
  });

  it('treats only done and dropped as closed', () => {
    expect(ACTION_STATUSES.filter((s) => isClosed(action(s)))).toEqual(['gennemfoert', 'opgivet']);
  });
});
