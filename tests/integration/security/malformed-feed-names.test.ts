import { describe, expect, it } from 'vitest';
import { GET as personFeed } from '../../../app/feeds/person/[file]/route';
import { startProductionServerForFile } from '../../support/production-server-fixture';

// Finding 8 of issue 13: a feed name with malformed percent-encoding answered 500 (Next's params
// and then our handler each decoded it, and a URIError escaped).
const MALFORMED = ['%25.ics', '%ff.ics', '%E0%A4%A.ics'];
const KINDS = ['person', 'org', 'country', 't'];
const app = startProductionServerForFile();

describe('feed names with malformed percent-encoding', () => {
  it.each(KINDS.flatMap((kind) => MALFORMED.map((name) => [kind, name])))('/feeds/%s/%s answers 404 from the production server', async (kind, name) => {
    const response = await fetch(`${app.url}/feeds/${kind}/${name}`);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });

  it('answers 404, not a URIError, when the route is handed a lone percent sign', async () => {
    const response = await personFeed(new Request('http://localhost/feeds/person/%25.ics'), { params: Promise.resolve({ file: '%.ics' }) });
    expect(response.status).toBe(404);
  });
});
