import { describe, expect, it } from 'vitest';
import { minutesOfDay } from '../../../shared/domain/clock-time.js';
import {
  agendaClock,
  clockPoint,
  minutesText,
  moveById,
  moveInList,
  overrunMessage,
} from '../../../shared/domain/agenda-clock.js';
import { dayMaterials } from '../../../shared/domain/agenda-materials.js';

const items = (...minutes: number[]) => minutes.map((m, i) => ({ id: `p${i + 1}`, minutes: m }));
const times = (clock: ReturnType<typeof agendaClock>) =>
  clock.items.map((item) => `${item.start?.text ?? '?'}–${item.end?.text ?? '?'}`);

describe('agendaClock: clock times from the start time and the minutes', () => {
  it('starts the first item at the start time and each next one where the last ended', () => {
    const clock = agendaClock(items(15, 45, 10, 60), '09:00', 180);
    expect(times(clock)).toEqual(['09:00–09:15', '09:15–10:00', '10:00–10:10', '10:10–11:10']);
    expect(clock.totalMinutes).toBe(130);
    expect(clock.end?.text).toBe('11:10');
  });

  it('follows another start time and uneven minutes', () => {
    expect(times(agendaClock(items(7, 23, 0, 95), '13:35', 240))).toEqual([
      '13:35–13:42',
      '13:42–14:05',
      '14:05–14:05',
      '14:05–15:40',
    ]);
  });

  it('gives each item its minutes into the meeting, also without a start time', () => {
    const clock = agendaClock(items(15, 45, 10), undefined, 60);
    expect(clock.items.map((i) => [i.fromMinute, i.toMinute])).toEqual([
      [0, 15],
      [15, 60],
      [60, 70],
    ]);
    expect(clock.items.every((i) => i.start === undefined && i.end === undefined)).toBe(true);
    expect(clock.end).toBeUndefined();
    // The overrun does not need a start time.
    expect(clock.overrunMinutes).toBe(10);
  });

  it('treats a start time that is not HH:MM as none', () => {
    expect(agendaClock(items(15), '9:00', 60).items[0]?.start).toBeUndefined();
    expect(agendaClock(items(15), '24:00', 60).items[0]?.start).toBeUndefined();
  });

  it('wraps past midnight and says how many days on', () => {
    const clock = agendaClock(items(30, 45, 1440), '23:30', 2000);
    expect(times(clock)).toEqual(['23:30–00:00', '00:00–00:45', '00:45–00:45']);
    expect(clock.items.map((i) => [i.start?.dayOffset, i.end?.dayOffset])).toEqual([
      [0, 1],
      [1, 1],
      [1, 2],
    ]);
    expect(clockPoint(23 * 60 + 59)).toEqual({ minutes: 1439, text: '23:59', dayOffset: 0 });
  });

  it('is empty for an empty agenda', () => {
    const clock = agendaClock([], '09:00', 60);
    expect(clock).toMatchObject({ items: [], totalMinutes: 0, overrunMinutes: 0, spareMinutes: 60 });
    expect(clock.end?.text).toBe('09:00');
  });
});

describe('overrun: by how much the agenda runs over the available time', () => {
  it('is 0 when the agenda fits exactly, and says how much is left otherwise', () => {
    expect(agendaClock(items(60, 30, 30), '09:00', 120)).toMatchObject({
      overrunMinutes: 0,
      spareMinutes: 0,
    });
    expect(agendaClock(items(60, 30), '09:00', 120)).toMatchObject({ overrunMinutes: 0, spareMinutes: 30 });
    expect(overrunMessage(agendaClock(items(60, 30, 30), '09:00', 120))).toBeUndefined();
  });

  it('counts the minutes over, and the message says it in words', () => {
    const clock = agendaClock(items(60, 45, 40), '09:00', 120);
    expect(clock).toMatchObject({ totalMinutes: 145, overrunMinutes: 25, spareMinutes: 0 });
    expect(overrunMessage(clock)).toBe('Dagsordenen er 25 minutter for lang');
    expect(overrunMessage(agendaClock(items(121), undefined, 120))).toBe('Dagsordenen er 1 minut for lang');
    expect(overrunMessage(agendaClock(items(200), undefined, 120))).toBe(
      'Dagsordenen er 1 time og 20 minutter for lang',
    );
  });

  it('writes minutes and hours in Danish', () => {
    expect(minutesText(0)).toBe('0 minutter');
    expect(minutesText(60)).toBe('1 time');
    expect(minutesText(125)).toBe('2 timer og 5 minutter');
  });
});

describe('reorder: moving an item', () => {
  it('moves by offset and reports the new place; the clock times follow the new order', () => {
    const list = items(15, 45, 10);
    expect(moveById(list, 'p3', -1)).toBe(1);
    expect(list.map((i) => i.id)).toEqual(['p1', 'p3', 'p2']);
    expect(times(agendaClock(list, '09:00', 120))).toEqual(['09:00–09:15', '09:15–09:25', '09:25–10:10']);
    expect(moveById(list, 'p1', 1)).toBe(1);
    expect(list.map((i) => i.id)).toEqual(['p3', 'p1', 'p2']);
  });

  it('does not move past either end or an unknown item', () => {
    const list = items(15, 45, 10);
    expect(moveById(list, 'p1', -1)).toBeUndefined();
    expect(moveById(list, 'p3', 1)).toBeUndefined();
    expect(moveById(list, 'nope', 1)).toBeUndefined();
    expect(list.map((i) => i.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('moves from one index to another (a drop), clamping the target', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveInList(list, 0, 2)).toBe(true);
    expect(list).toEqual(['b', 'c', 'a', 'd']);
    expect(moveInList(list, 3, 0)).toBe(true);
    expect(list).toEqual(['d', 'b', 'c', 'a']);
    expect(moveInList(list, 1, 99)).toBe(true);
    expect(list).toEqual(['d', 'c', 'a', 'b']);
    expect(moveInList(list, 2, 2)).toBe(false);
    expect(moveInList(list, 7, 0)).toBe(false);
  });
});

describe('start time', () => {
  it('reads a stored HH:MM as minutes since midnight', () => {
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay(undefined)).toBeUndefined();
    expect(minutesOfDay('8:30')).toBeUndefined();
  });
});

describe('dayMaterials: the materials list for the day', () => {
  it('lists each material once, with the items that need it, in the order first needed', () => {
    const list = dayMaterials([
      { id: 'a', title: 'Velkomst', materials: ['Projektor'] },
      { id: 'b', title: 'Trivselsbarometer', materials: ['Post-its', 'Tusser', 'post-its '] },
      { id: 'c', title: 'Pause', materials: [] },
      { id: 'd', title: 'Handleplan', materials: ['Tusser', '  ', 'Flipover'] },
    ]);
    expect(list).toEqual([
      { name: 'Projektor', items: [{ id: 'a', title: 'Velkomst' }] },
      { name: 'Post-its', items: [{ id: 'b', title: 'Trivselsbarometer' }] },
      {
        name: 'Tusser',
        items: [
          { id: 'b', title: 'Trivselsbarometer' },
          { id: 'd', title: 'Handleplan' },
        ],
      },
      { name: 'Flipover', items: [{ id: 'd', title: 'Handleplan' }] },
    ]);
  });
});
