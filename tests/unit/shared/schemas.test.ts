import { describe, expect, it } from 'vitest';
import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';
import { Id } from '../../../shared/domain/primitives.js';
import { apiContract, API_METHODS, isApiMethod } from '../../../shared/api.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { ApiError } from '../../../shared/errors.js';

describe('ids', () => {
  it.each(['../x', 'a/b', '', 'a'.repeat(500), '..', 'A B', 'a\\b', 'con.json', '-x'])('refuses %j', (id) => {
    expect(Id.safeParse(id).success).toBe(false);
  });
  it.each(['nfa-grundmodel', '0c9f0b0e-6d1e-4f8a-9d7b-2a3c4d5e6f70', 'a'])('accepts %j', (id) => {
    expect(Id.safeParse(id).success).toBe(true);
  });
});

describe('engagements.create argument', () => {
  const ok = {
    templateId: 'custom',
    client: { organisation: 'Aarhus Kommune', unit: '', sector: 'kommune' },
  };

  it('accepts the minimal form from the issue', () => {
    expect(CreateEngagementArg.parse(ok)).toMatchObject(ok);
  });

  it.each([
    ['missing organisation', { ...ok, client: { unit: '', sector: 'kommune' } }],
    ['empty organisation', { ...ok, client: { ...ok.client, organisation: '' } }],
    ['unknown sector', { ...ok, client: { ...ok.client, sector: 'kirke' } }],
    ['unknown field', { ...ok, extra: 1 }],
    ['bad meeting date', { ...ok, meetingDates: { seminar: '2027-13-40' } }],
    ['oversized title', { ...ok, title: 'x'.repeat(5000) }],
    ['unknown theme', { ...ok, themes: ['stress'] }],
  ])('refuses %s with a Danish invalid_argument', (_name, arg) => {
    let error: unknown;
    try {
      parseOrThrow(CreateEngagementArg, arg, 'engagements.create');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_argument');
    expect((error as ApiError).message).toMatch(/^Ugyldige data for engagements\.create/);
  });
});

describe('api contract', () => {
  it('names every method once and only real ones pass isApiMethod', () => {
    expect(API_METHODS).toContain('engagements.save');
    expect(isApiMethod('engagements.save')).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
    for (const method of API_METHODS) {
      expect(apiContract[method].arg).toBeDefined();
      expect(apiContract[method].result).toBeDefined();
    }
  });
});
