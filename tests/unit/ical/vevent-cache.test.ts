import { describe, expect, it } from 'vitest';
import { VeventCache } from '../../../lib/ical/vevent-cache';
import { renderVeventEntry, type VeventOptions } from '../../../lib/ical/render-vevent';
import type { EventRecord } from '../../../lib/events/event-record';
import { makeEvent, ROME, RUBIO, RUTTE, TRUMP } from './make-event';

// The cache keys a VEVENT by id+version and checks the inputs an edit elsewhere can change without
// bumping the event's version (people, places, sources live in tables of their own). Whatever the
// renderer reads, a cached VEVENT must equal a fresh render: these tests change every such field
// in turn, so a field the renderer starts reading and the cache forgets fails here.

const OPTIONS: VeventOptions = { host: 'summitry.example.org', baseUrl: 'https://summitry.example.org', parentTitle: 'Rutte visits Washington' };

/** Every leaf of a value, as a path and a changed copy of the whole: strings grow, numbers move, nulls fill. */
function changes(root: unknown): Array<{ path: string; apply: (value: unknown) => unknown }> {
  const out: Array<{ path: string; apply: (value: unknown) => unknown }> = [];
  const set = (value: unknown, at: string[], leaf: (old: unknown) => unknown): unknown => {
    if (!at.length) return leaf(value);
    const [head, ...rest] = at;
    if (Array.isArray(value)) return value.map((item, i) => (String(i) === head ? set(item, rest, leaf) : item));
    const obj = value as Record<string, unknown>;
    return { ...obj, [head]: set(obj[head], rest, leaf) };
  };
  const visit = (value: unknown, at: string[]) => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
      return;
    }
    const leaf = (old: unknown) => (typeof old === 'number' ? old + 1 : typeof old === 'string' ? changedText(old) : typeof old === 'boolean' ? !old : 'filled in');
    out.push({ path: at.join('.'), apply: (whole) => set(whole, at, leaf) });
  };
  visit(root, []);
  return out;
}

/** A date or instant moves a day on (it must stay readable); any other text grows. */
function changedText(old: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(old);
  if (!day) return `${old} (changed)`;
  const next = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3] + 1)).toISOString().slice(0, 10);
  return next + old.slice(10);
}

/** An event with every joined field filled: participants with all offices, a place, a source with evidence. */
function fullEvent(): EventRecord {
  return makeEvent({
    id: 7,
    place: ROME,
    participants: [RUTTE, TRUMP, { ...RUBIO, organization: 'State Department' }],
    sources: [
      { id: 1, url: 'https://www.ansa.it/sito/notizie/rutte.html', publisher: 'ANSA', language: 'it', published: '2026-04-07', evidence: [{ start: 10, end: 42, quote: 'Rutte incontrerà Trump' }] },
      { id: 2, url: 'https://www.reuters.com/world/rutte', publisher: 'Reuters', language: 'en', published: '2026-04-08', evidence: [] },
    ],
    notes: 'Working lunch',
  });
}

describe('a cached VEVENT is always the VEVENT a fresh render would give', () => {
  const joined = ['participants', 'place', 'sources'] as const;
  const base = fullEvent();
  const isJoined = (path: string) => joined.some((f) => path.startsWith(f + '.'));
  const cases = changes(base)
    .filter((c) => isJoined(c.path))
    .map((c) => ({ path: c.path, event: c.apply(base) as EventRecord }));

  it('covers every field of the people, place and sources an event is shown with', () => {
    expect(cases.map((c) => c.path)).toEqual(expect.arrayContaining(['participants.0.name', 'participants.2.organization', 'place.city', 'place.timezone', 'sources.0.evidence.0.quote', 'sources.1.language']));
  });

  it.each(cases.map((c) => [c.path, c.event] as const))('after %s changes without a new version', (_path, changed) => {
    const cache = new VeventCache();
    cache.render(base, OPTIONS);
    expect(cache.render(changed, OPTIONS).text).toBe(renderVeventEntry(changed, OPTIONS).text);
  });

  it.each([
    ['host', { ...OPTIONS, host: 'other.example.org' }],
    ['baseUrl', { ...OPTIONS, baseUrl: 'https://other.example.org' }],
    ['parentTitle', { ...OPTIONS, parentTitle: 'Rutte visits Rome' }],
  ] as const)('after the feed’s %s changes', (_name, options) => {
    const cache = new VeventCache();
    cache.render(base, OPTIONS);
    expect(cache.render(base, options).text).toBe(renderVeventEntry(base, options).text);
  });

  it.each(changes(base).filter((c) => !isJoined(c.path) && c.path !== 'id' && c.path !== 'version').map((c) => [c.path, c.apply(base) as EventRecord] as const))(
    'after the event’s own %s changes with its new version',
    (_path, changed) => {
      const cache = new VeventCache();
      cache.render(base, OPTIONS);
      const next = { ...changed, version: base.version + 1 };
      expect(cache.render(next, OPTIONS).text).toBe(renderVeventEntry(next, OPTIONS).text);
    },
  );

  it('an unchanged event is served from the cache', () => {
    const cache = new VeventCache();
    cache.render(base, OPTIONS);
    cache.render(fullEvent(), OPTIONS);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });
});
