import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom } from '../../../lib/feeds/render-atom';

describe('renderAtom', () => {
  it('escapes markup and drops characters XML 1.0 forbids, keeping line breaks and emoji', () => {
    expect(escapeXml('Rutte <b>&</b> "Trump"\u0007\u0000 🇺🇸\nnext')).toBe('Rutte &lt;b&gt;&amp;&lt;/b&gt; &quot;Trump&quot; 🇺🇸\nnext');
  });

  it('writes a feed with its ids, links and entries in the order given', () => {
    const body = renderAtom({
      id: 'tag:summitry.test,2026:summitry/changes',
      title: 'Changes',
      self: 'http://summitry.test/feeds/changes.atom',
      alternate: 'http://summitry.test/changes',
      updated: '2026-04-09T10:00:00Z',
      entries: [
        { id: 'tag:summitry.test,2026:summitry/event/1/v2', title: 'B', updated: '2026-04-09T10:00:00Z', link: 'http://summitry.test/events/1', content: 'two' },
        { id: 'tag:summitry.test,2026:summitry/event/1/v1', title: 'A', updated: '2026-04-08T10:00:00Z', link: 'http://summitry.test/events/1', content: 'one' },
      ],
    });
    expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect([...body.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual(['tag:summitry.test,2026:summitry/event/1/v2', 'tag:summitry.test,2026:summitry/event/1/v1']);
    expect(body).toContain('<link rel="self" type="application/atom+xml" href="http://summitry.test/feeds/changes.atom"/>');
  });
});
