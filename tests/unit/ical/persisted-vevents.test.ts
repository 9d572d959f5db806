import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVeventStore, resolveIcalCachePath } from '../../../db/ical-cache';
import type { EventRecord } from '../../../lib/events/event-record';
import { countVeventRenders, renderVeventEntry, VEVENT_FORMAT, type VeventOptions } from '../../../lib/ical/render-vevent';
import { VeventCache } from '../../../lib/ical/vevent-cache';
import { buildFixtureEvents } from './fixture-events';
import { makeEvent, RUTTE, TRUMP } from './make-event';

// The VEVENT cache's second layer: a SQLite file beside the database. A fresh VeventCache on the
// same file is what a restarted server has; renders are counted by the renderer itself.

const dir = mkdtempSync(join(tmpdir(), 'summitry-ical-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newStore = () => openVeventStore(join(dir, `cache-${++files}.sqlite`));

const OPTIONS: VeventOptions = { host: 'summitry.example.org', baseUrl: 'https://summitry.example.org', parentTitle: 'Rutte visits Washington' };

describe('a VEVENT cache persisted in its own SQLite file', () => {
  it('lives beside the database file, or in memory for an in-memory database', () => {
    expect(resolveIcalCachePath('data/summitry.db')).toBe('data/summitry.db.ical-cache.sqlite');
    expect(resolveIcalCachePath(':memory:')).toBe(':memory:');
  });

  it('serves what an earlier process rendered without rendering again, byte for byte', () => {
    const store = newStore();
    const events = buildFixtureEvents();
    const first = new VeventCache(undefined, store);
    const texts = first.batch(() => events.map((event) => first.render(event, OPTIONS).text));
    expect(first.misses).toBe(events.length);
    expect(store.count()).toBe(events.length);

    const restarted = new VeventCache(undefined, store);
    const before = countVeventRenders();
    expect(events.map((event) => restarted.render(event, OPTIONS).text)).toEqual(texts);
    expect(countVeventRenders() - before).toBe(0);
    expect([restarted.loads, restarted.misses]).toEqual([events.length, 0]);
  });

  const base = makeEvent({ id: 7, participants: [RUTTE, TRUMP] });
  it.each<[string, EventRecord, VeventOptions]>([
    ['a participant renamed', { ...base, participants: [RUTTE, { ...TRUMP, name: 'Donald J. Trump' }] }, OPTIONS],
    ['the place renamed', { ...base, place: { ...base.place!, city: 'Washington, D.C.' } }, OPTIONS],
    ['a source moved', { ...base, sources: [{ ...base.sources[0], url: 'https://www.ansa.it/moved.html' }] }, OPTIONS],
    ['another event under the same id and version (a restored or new database)', makeEvent({ id: 7, kind: 'call', title: 'Another call', participants: [] }), OPTIONS],
    ['the parent visit retitled', base, { ...OPTIONS, parentTitle: 'Rutte in Washington' }],
    ['another host', base, { ...OPTIONS, host: 'calendar.example.org', baseUrl: 'https://calendar.example.org' }],
  ])('never serves a stored VEVENT after %s without a new version', (_what, changed, options) => {
    const store = newStore();
    new VeventCache(undefined, store).render(base, OPTIONS);
    const restarted = new VeventCache(undefined, store);
    const before = countVeventRenders();
    expect(restarted.render(changed, options).text).toBe(renderVeventEntry(changed, options).text);
    expect(countVeventRenders() - before).toBe(2);
    // What it rendered is what the next process gets.
    expect(new VeventCache(undefined, store).render(changed, options).text).toBe(renderVeventEntry(changed, options).text);
  });

  it('keeps one version per event: a new version replaces the old row', () => {
    const store = newStore();
    const cache = new VeventCache(undefined, store);
    cache.render(base, OPTIONS);
    cache.render({ ...base, version: 2, title: 'Moved' }, OPTIONS);
    const versions = store.sqlite.prepare('select version from vevents where event_id = 7').pluck().all();
    expect(versions).toEqual([2]);
  });

  it('still renders every feed when its file fails', () => {
    const store = newStore();
    store.close();
    const cache = new VeventCache(undefined, store);
    expect(cache.render(base, OPTIONS).text).toBe(renderVeventEntry(base, OPTIONS).text);
    expect(cache.misses).toBe(1);
  });

  it('names its format, so a release that renders other bytes does not reuse the old ones', () => {
    // When this fails, the VEVENT bytes changed: bump VEVENT_FORMAT (render-vevent.ts), then the hash.
    const bytes = buildFixtureEvents().map((event) => renderVeventEntry(event, OPTIONS).text).join('');
    expect({ format: VEVENT_FORMAT, sha256: createHash('sha256').update(bytes).digest('base64url') }).toEqual({ format: 'ical-generator@10/2', sha256: 'CWdth6Fulk-LokZN8VaWLIqg0T_r2VraEeEllp8yNk4' });
  });
});
