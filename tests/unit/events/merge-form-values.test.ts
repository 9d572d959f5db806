import { describe, expect, it } from 'vitest';
import { emptyFormValues } from '../../../lib/events/event-form-values';
import { describeConflictField, mergeFormValues } from '../../../lib/events/merge-form-values';

const mine = { ...emptyFormValues(), title: 'Mine', notes: 'my notes', allDay: false, startDate: '2026-12-03', startTime: '10:00', timezone: 'Europe/Rome' };
const theirs = { ...emptyFormValues(), title: 'Theirs', notes: '', allDay: true, startDate: '2026-12-04', city: 'Rome', country: 'IT' };

describe('mergeFormValues', () => {
  it('takes whole groups from the saved version: a date comes with its time, all-day flag and zone', () => {
    const merged = mergeFormValues(mine, theirs, ['when']);
    expect(merged).toMatchObject({ title: 'Mine', notes: 'my notes', allDay: true, startDate: '2026-12-04', startTime: '', timezone: '' });
  });

  it('keeps mine for every field not chosen, and does not share participant rows with either side', () => {
    const merged = mergeFormValues(mine, theirs, ['title', 'place']);
    expect(merged).toMatchObject({ title: 'Theirs', city: 'Rome', country: 'IT', notes: 'my notes' });
    merged.participants[0].name = 'changed';
    expect(mine.participants[0].name).toBe('');
  });

  it('describes each field as the conflict screen shows it', () => {
    expect(describeConflictField(mine, 'when')).toBe('2026-12-03 10:00 (Europe/Rome)');
    expect(describeConflictField(theirs, 'place')).toBe('Rome, IT');
    expect(describeConflictField(theirs, 'notes')).toBe('(none)');
  });
});
