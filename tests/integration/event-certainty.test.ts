import { afterAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { GET as listRoute, POST as createRoute } from '../../app/api/events/route';
import { PATCH as patchRoute } from '../../app/api/events/[id]/route';
import { GET as revisionsRoute } from '../../app/api/events/[id]/revisions/route';
import { GET as viewFeed } from '../../app/feeds/view.ics/route';
import { GET as daybookCsvRoute } from '../../app/daybook.csv/route';
import { createTempDatabase, dumpDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';
import { describeRevision } from '../../lib/events/describe-revision';
import { checkWithLibical } from '../unit/ical/libical-check';
import { lintIcal } from '../unit/ical/lint-ical';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const json = async (response: Response): Promise<Json> => (await response.json()) as Json;
const get = (path: string) => new Request(`http://summitry.test${path}`);

async function create(body: Json): Promise<Response> {
  return createRoute(jsonRequest('POST', '/api/events', body));
}

const visit = {
  kind: 'visit',
  title: 'Lula visits Madrid',
  start: '2027-03-14',
  end: '2027-03-15',
  location: { city: 'Madrid', country: 'ES' },
  participants: [{ name: 'Luiz Inácio Lula da Silva', role: 'President', country: 'BR' }],
};

describe('how certain an event is (issue 16)', () => {
  let id: number;

  it('saves a new event as confirmed unless told otherwise, and keeps the certainty it is given', async () => {
    const plain = await json(await create({ ...visit, title: 'Lula visits Lisbon', location: { city: 'Lisbon', country: 'PT' } }));
    expect(plain.event.certainty).toBe('confirmed');
    const expected = await json(await create({ ...visit, certainty: 'expected' }));
    expect(expected.event.certainty).toBe('expected');
    id = expected.event.id;
  });

  it('refuses a certainty it does not know, naming the choices, and saves nothing', async () => {
    const before = dumpDatabase(database.db());
    const response = await create({ ...visit, certainty: 'likely' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await json(response))).toContain('Certainty must be one of confirmed, expected, unconfirmed');
    expect(dumpDatabase(database.db())).toEqual(before);
  });

  it('filters by certainty in the API, and refuses an unknown one', async () => {
    const expectedOnly = await json(await listRoute(get('/api/events?from=2027-03-01&to=2027-03-31&certainty=expected')));
    expect(expectedOnly.events.map((e: Json) => e.title)).toEqual(['Lula visits Madrid']);
    const bad = await listRoute(get('/api/events?certainty=maybe'));
    expect(bad.status).toBe(400);
  });

  it('puts an expected event in feeds as TENTATIVE, read by ical.js, node-ical and libical', async () => {
    const text = await (await viewFeed(get('/feeds/view.ics?from=2027-03-01&to=2027-03-31&past=3650'))).text();
    expect(lintIcal(text)).toEqual([]);
    expect(checkWithLibical(text).errorCount).toBe(0);
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const byTitle = (title: string) => vevents.find((v) => String(v.getFirstPropertyValue('description')).startsWith(title))!;
    expect(byTitle('Lula visits Madrid').getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(String(byTitle('Lula visits Madrid').getFirstPropertyValue('description'))).toContain('Status: Scheduled (expected: announced, not confirmed by the hosts)');
    expect(byTitle('Lula visits Lisbon').getFirstPropertyValue('status')).toBe('CONFIRMED');
    const parsed = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as Array<{ status?: string; description?: string }>;
    expect(parsed.map((e) => e.status).sort()).toEqual(['CONFIRMED', 'TENTATIVE']);
  });

  it('records a change of certainty in the history in words, and the feed follows it', async () => {
    const patched = await patchRoute(jsonRequest('PATCH', `/api/events/${id}`, { certainty: 'confirmed', version: 1, reason: 'Moncloa confirmed' }), routeContext(id));
    expect(patched.status).toBe(200);
    const { revisions } = await json(await revisionsRoute(jsonRequest('GET', `/api/events/${id}/revisions`), routeContext(id)));
    expect(revisions[1].changes).toEqual({ certainty: ['expected', 'confirmed'] });
    expect(describeRevision(revisions[1])).toEqual(['certainty changed from expected to confirmed']);
    const text = await (await viewFeed(get('/feeds/view.ics?from=2027-03-01&to=2027-03-31&past=3650'))).text();
    expect(text).not.toContain('STATUS:TENTATIVE');
  });

  it('gives the certainty its own column in the daybook CSV', async () => {
    await create({ ...visit, title: 'Lula visits Porto', location: { city: 'Porto', country: 'PT' }, certainty: 'unconfirmed', start: '2027-03-20', end: '2027-03-20' });
    const csv = await (await daybookCsvRoute(get('/daybook.csv?date=2027-03-20'))).text();
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    const cells = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
    expect([cells.title, cells.certainty]).toEqual(['Lula visits Porto', 'unconfirmed']);
  });
});
