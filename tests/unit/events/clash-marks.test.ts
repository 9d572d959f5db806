import { describe, expect, it } from 'vitest';
import { describeClashMarks, markClashedEvents } from '../../../lib/events/clash-marks';

const event = (id: number, title: string, city: string | null, country: string) => ({ id, title, startDate: '2026-12-03', endDate: '2026-12-03', place: { city, country } });
const rubio = { name: 'Marco Rubio', slug: 'marco-rubio' };

describe('clash marks for the timeline', () => {
  it('mark both events of a clash, each naming the other and the person', () => {
    const beijing = event(1, 'Marco Rubio visits Beijing', 'Beijing', 'CN');
    const forum = event(2, 'ASEAN Regional Forum', 'Kuala Lumpur', 'MY');
    const marks = markClashedEvents([{ person: rubio, events: [beijing, forum] }]);
    expect(marks[1]).toEqual([{ person: rubio, event: { id: 2, title: 'ASEAN Regional Forum', startDate: '2026-12-03', endDate: '2026-12-03', city: 'Kuala Lumpur', country: 'MY' } }]);
    expect(marks[2].map((m) => m.event.id)).toEqual([1]);
  });

  it('gather every clash of an event, and leave events without one unmarked', () => {
    const a = event(1, 'A', 'Rome', 'IT');
    const b = event(2, 'B', 'Paris', 'FR');
    const c = event(3, 'C', null, 'DE');
    const marks = markClashedEvents([{ person: rubio, events: [a, b] }, { person: rubio, events: [a, c] }]);
    expect(Object.keys(marks).sort()).toEqual(['1', '2', '3']);
    expect(marks[1].map((m) => m.event.id)).toEqual([2, 3]);
    expect(marks[1][1].event.city).toBeNull();
    expect(markClashedEvents([])).toEqual({});
  });

  it('say in words what the glyph shows', () => {
    const marks = markClashedEvents([{ person: rubio, events: [event(1, 'Beijing visit', 'Beijing', 'CN'), event(2, 'Forum', 'Kuala Lumpur', 'MY')] }]);
    expect(describeClashMarks(marks[1])).toBe('Clashes with Forum (Marco Rubio)');
  });
});
