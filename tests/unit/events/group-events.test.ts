import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../../lib/events/group-events';
import type { EventRecord, ParticipantRecord } from '../../../lib/events/event-record';

let nextId = 1;
const person = (name: string, extra: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  personId: name.length,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  role: null,
  organization: null,
  country: null,
  ...extra,
});

function event(partial: Partial<EventRecord>): EventRecord {
  return {
    id: nextId++, version: 1, parentId: null, kind: 'meeting', title: 't', status: 'scheduled', certainty: 'confirmed', allDay: true,
    start: '2026-04-08', end: '2026-04-08', startDate: '2026-04-08', endDate: '2026-04-08', startUtc: null, endUtc: null,
    timezone: null, place: null, participants: [], sources: [], notes: null, deletedAt: null,
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...partial,
  };
}

const rutte = person('Mark Rutte', { organization: 'NATO' });
const trump = person('Donald Trump', { country: 'US' });
const washington = { id: 1, city: 'Washington', country: 'US', timezone: 'America/New_York', latitude: null, longitude: null };
const visit = event({ kind: 'visit', title: 'Rutte visits Washington', participants: [rutte], place: washington });
const meeting = event({ parentId: visit.id, title: 'Rutte meets Trump', participants: [rutte, trump], place: washington });

describe('groupEvents', () => {
  it('nests a meeting under its visit in the traveller’s lane, and shows it alone in the host’s', () => {
    const lanes = groupEvents([visit, meeting], 'person');
    expect(lanes.map((l) => l.label)).toEqual(['Donald Trump', 'Mark Rutte']);
    const rutteLane = lanes.find((l) => l.key === 'mark-rutte')!;
    expect(rutteLane.items).toHaveLength(1);
    expect(rutteLane.items[0].children.map((c) => c.title)).toEqual(['Rutte meets Trump']);
    const trumpLane = lanes.find((l) => l.key === 'donald-trump')!;
    expect(trumpLane.items.map((i) => i.event.title)).toEqual(['Rutte meets Trump']);
  });

  it('puts an event in the lane of its place’s country and of each participant’s country', () => {
    const lanes = groupEvents([visit, meeting], 'country');
    expect(lanes.map((l) => [l.key, l.label])).toEqual([['US', 'United States']]);
  });

  it('groups by organisation, events with none in a lane of their own', () => {
    const lanes = groupEvents([visit, meeting, event({ participants: [trump] })], 'org');
    expect(lanes.map((l) => l.label)).toEqual(['NATO', 'No organisation']);
    expect(lanes[0].items[0].children).toHaveLength(1);
  });

  it('has one lane with every top-level event when not grouping', () => {
    const lanes = groupEvents([visit, meeting], 'none');
    expect(lanes).toHaveLength(1);
    expect(lanes[0].items).toHaveLength(1);
  });
});

describe('events that involve no organisation, country or person (issue 14, item 7)', () => {
  it('go to an "other" lane drawn last, so every event counted is drawn', () => {
    const bilateral = event({ title: 'Meloni meets Merz', participants: [person('Giorgia Meloni', { country: 'IT' }), person('Friedrich Merz', { country: 'DE' })] });
    const unnamed = event({ title: 'Talks, participants to be announced', participants: [] });
    const byOrg = groupEvents([visit, meeting, bilateral], 'org');
    expect(byOrg.map((l) => l.label)).toEqual(['NATO', 'No organisation']);
    expect(byOrg[1].items.map((i) => i.event.title)).toEqual(['Meloni meets Merz']);
    expect(groupEvents([unnamed, bilateral], 'country').map((l) => l.label)).toEqual(['Germany', 'Italy', 'No country']);
    expect(groupEvents([unnamed], 'person').map((l) => l.label)).toEqual(['No participant']);
    expect(groupEvents([unnamed], 'none').map((l) => l.label)).toEqual(['All events']);
  });
});
