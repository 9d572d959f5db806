/**
 * The vis-timeline side of the benchmark: a static page that loads vis-timeline 8.5.4's standalone
 * build and renders the same events (one item per event, one group per person) in the same window.
 * `window.__bench` records when the data was ready and when the first frame after construction ran.
 */
export function visPageHtml(window: { start: string; end: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline bench</title>
<link rel="stylesheet" href="/vis.css">
<style>body{margin:0;font-family:system-ui,sans-serif} #tl{height:860px}</style>
</head><body><div id="tl"></div>
<script src="/vis.js"></script>
<script>
window.__bench = {};
(async () => {
  const response = await fetch('/data.json' + location.search);
  const data = await response.json();
  const groups = new Map();
  const items = [];
  for (const e of data.events) {
    const p = e.participants[0];
    if (!p) continue;
    if (!groups.has(p.slug)) groups.set(p.slug, { id: p.slug, content: p.name });
    const timed = !e.allDay && e.startUtc;
    items.push({
      id: e.id,
      group: p.slug,
      content: e.title,
      start: timed ? e.startUtc : e.startDate,
      end: timed ? e.endUtc : new Date(new Date(e.endDate + 'T00:00:00').getTime() + 86400000),
      type: 'range',
      className: 'st-' + e.status,
    });
  }
  const groupList = [...groups.values()].sort((a, b) => a.content.localeCompare(b.content));
  window.__bench.dataReady = performance.now();
  window.__bench.items = items.length;
  window.__bench.groups = groupList.length;
  const timeline = new vis.Timeline(document.getElementById('tl'), new vis.DataSet(items), new vis.DataSet(groupList), {
    start: '${window.start}', end: '${window.end}', stack: true, verticalScroll: true, height: '860px', zoomKey: 'ctrlKey', horizontalScroll: false,
  });
  window.__timeline = timeline;
  window.__bench.constructed = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench.rendered = performance.now(); }));
})();
</script></body></html>`;
}
