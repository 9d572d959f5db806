import { describe, expect, it } from 'vitest';
import { emptyFormValues, formValuesToInput, mapErrorsToFormFields } from '../../../lib/events/event-form-values';
import { eventInputSchema } from '../../../lib/events/event-input-schema';

describe('event form values', () => {
  it('builds a timed input from date, time and zone, leaving blank participant rows out', () => {
    const input = formValuesToInput({
      ...emptyFormValues(),
      title: 'Call',
      kind: 'call',
      allDay: false,
      startDate: '2026-05-07',
      startTime: '08:30',
      endDate: '2026-05-07',
      endTime: '09:00',
      timezone: 'America/New_York',
      participants: [{ name: 'Donald Trump', role: '', organization: '', country: 'US' }, { name: '', role: '', organization: '', country: '' }],
    });
    expect(input).toMatchObject({ start: '2026-05-07T08:30', end: '2026-05-07T09:00', timezone: 'America/New_York', location: null });
    expect(input.participants).toEqual([{ name: 'Donald Trump', role: null, organization: null, country: 'US' }]);
    expect(eventInputSchema.safeParse(input).success).toBe(true);
  });

  it('drops the times of an all-day event even if some were typed before switching', () => {
    const input = formValuesToInput({ ...emptyFormValues(), title: 'x', startDate: '2026-05-07', startTime: '08:30', allDay: true });
    expect(input.start).toBe('2026-05-07');
  });

  it('maps schema paths onto the form’s own fields', () => {
    expect(mapErrorsToFormFields({ end: ['End must not be before start'], 'location.country': ['bad'], 'participants.1.name': ['twice'] })).toEqual({
      endDate: 'End must not be before start',
      country: 'bad',
      'participants.1.name': 'twice',
    });
  });
});
