/**
 * Timeline benchmark (not a test): 10,000 events over 500 people lanes across two years, served by
 * the production build, measured in headless Chromium at 1440×900 beside vis-timeline 8.5.4
 * rendering the same events in the same run. Loopback only, fixed step counts.
 *
 *   npx tsx tests/bench/timeline-bench.ts            (builds with `next build` if .next is missing)
 *   npx tsx tests/bench/timeline-bench.ts --build    (always rebuilds first)
 *
 * Prints a markdown table and writes it to tests/bench/results/timeline.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { createEventBatch } from '../../db/queries/events';
import { buildBenchDrafts, BENCH_EVENTS, BENCH_PEOPLE } from './timeline/seed-bench-events';
import { visPageHtml } from './timeline/vis-page';

const VIEW = { from: '2026-04-01', to: '2026-06-30' };
const VIS_WINDOW = { start: '2026-04-01T00:00:00', end: '2026-07-01T00:00:00' };
const DRAG_STEPS = 30;
const ZOOM_STEPS = 10;
const MEMORY_STEPS = 100;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function seed(path: string): number {
  const db = openDatabase(path);
  const started = performance.now();
  let count = 0;
  for (const batch of buildBenchDrafts()) count += createEventBatch(db, batch, 'bench').length;
  db.$client.close();
  console.error(`seeded ${count} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return count;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Two animation frames: the step's input, React's (or vis') work, style, layout and paint are done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function observeLongTasks(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named functions in __name(); give the page that helper.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // Key press to next paint (Event Timing, as INP measures it): only presses of 16 ms or more are reported.
    const k = window as unknown as { __slowKeys: number[] };
    k.__slowKeys = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') k.__slowKeys.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

function keyToPaintStats(reported: number[], presses: number): { p50: number; p95: number; max: number } {
  const all = [...reported, ...Array<number>(Math.max(0, presses - reported.length)).fill(16)].sort((a, b) => a - b);
  const at = (q: number) => all[Math.min(all.length - 1, Math.floor(all.length * q))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: all[all.length - 1] ?? 0 };
}

/** Key presses whose next paint came 16 ms or more after the press, since `index`. */
async function slowKeysSince(page: Page, index: number): Promise<number[]> {
  return page.evaluate((from) => (window as unknown as { __slowKeys: number[] }).__slowKeys.slice(from), index);
}

async function longTasksSince(page: Page, index: number): Promise<number[]> {
  return page.evaluate((from) => (window as unknown as { __longTasks: number[] }).__longTasks.slice(from), index);
}

async function longTaskCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
}

interface StepStats {
  mean: number;
  p95: number;
  max: number;
  longTasks: number;
  longestTask: number;
  /** every step's time, in order (ms) */
  times: number[];
}

/** Main-thread task time per step from CDP's TaskDuration, the step settled by two frames. */
async function measureSteps(page: Page, cdp: CDPSession, steps: number, step: (i: number) => Promise<void>): Promise<StepStats> {
  const before = await longTaskCount(page);
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const a = (await metrics(cdp)).TaskDuration;
    await step(i);
    await settle(page);
    const b = (await metrics(cdp)).TaskDuration;
    times.push((b - a) * 1000);
  }
  const long = await longTasksSince(page, before);
  const sorted = [...times].sort((x, y) => x - y);
  return {
    mean: times.reduce((s, t) => s + t, 0) / times.length,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
    max: sorted[sorted.length - 1],
    longTasks: long.length,
    longestTask: long.length ? Math.max(...long) : 0,
    times: times.map((t) => Math.round(t * 10) / 10),
  };
}

interface SettleStats {
  ms: number;
  longest: number;
  count: number;
}

/** Main-thread task time and long tasks in the 600 ms after a gesture's last step. */
async function settleWork(page: Page, cdp: CDPSession): Promise<SettleStats> {
  const before = await longTaskCount(page);
  const a = (await metrics(cdp)).TaskDuration;
  await page.waitForTimeout(600);
  const ms = ((await metrics(cdp)).TaskDuration - a) * 1000;
  const long = await longTasksSince(page, before);
  return { ms, longest: long.length ? Math.max(...long) : 0, count: long.length };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize / 1_048_576;
}

async function dragSteps(page: Page, cdp: CDPSession, area: { x: number; y: number }, steps: number): Promise<StepStats> {
  await page.mouse.move(area.x, area.y);
  await page.mouse.down();
  let x = area.x;
  const stats = await measureSteps(page, cdp, steps, async (i) => {
    // back and forth, 40 px a step, so the drag stays over loaded data
    x += Math.floor(i / 10) % 2 === 0 ? -40 : 40;
    await page.mouse.move(x, area.y);
  });
  await page.mouse.up();
  return stats;
}

async function zoomSteps(page: Page, cdp: CDPSession, area: { x: number; y: number }, steps: number): Promise<StepStats> {
  await page.mouse.move(area.x, area.y);
  await page.keyboard.down('Control');
  const stats = await measureSteps(page, cdp, steps, async (i) => {
    await page.mouse.wheel(0, i % 2 === 0 ? 100 : -100);
  });
  await page.keyboard.up('Control');
  return stats;
}

interface SideResult {
  firstRenderMs: number;
  firstRenderLongest: number;
  loadToRenderMs: number;
  drag: StepStats;
  zoom: StepStats;
  key?: StepStats;
  /** main-thread time of the work done once a drag or zoom gesture has settled (Summitry only) */
  dragSettle?: SettleStats;
  zoomSettle?: SettleStats;
  /** arrow-key press to next paint: median, p95, slowest (presses under 16 ms are not reported: counted as 16) */
  keyToPaint?: { p50: number; p95: number; max: number };
  heapBefore: number;
  heapAfter: number;
  domNodes: number;
  itemsInDom: number;
  lanesInDom: number;
  itemsLoaded: number;
}

const TRACE = process.argv.includes('--trace');
const PROFILE = process.argv.includes('--profile');

/** With --profile, a V8 CPU profile of `run`: self time per function, to find which script a step spends on. */
async function profiled<T>(page: Page, label: string, run: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>; samples: number[]; timeDeltas: number[] };
  };
  writeFileSync(join(tmpdir(), `timeline-${label}.cpuprofile`), JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].filter(([key]) => !key.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.error(`profile ${label}, self ms per function:\n${top.map(([n, t]) => `  ${t.toFixed(1).padStart(8)}  ${n}`).join('\n')}`);
  return result;
}

/**
 * With --trace, records a Chrome trace around `run` and prints where the main thread's time went
 * (self time per trace event name), to find what a step spends on script, style, layout, paint.
 */
async function traced<T>(page: Page, label: string, run: () => Promise<T>): Promise<T> {
  if (PROFILE) return profiled(page, label, run);
  if (!TRACE) return run();
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'v8.execute', 'blink'] });
  const result = await run();
  const buffer = await browser.stopTracing();
  const path = join(tmpdir(), `timeline-${label}.trace.json`);
  writeFileSync(path, buffer);
  const parsed = JSON.parse(buffer.toString()) as { traceEvents: Array<{ name: string; ph: string; dur?: number; tid: number; pid: number; args?: { data?: { frame?: string } } }> };
  const events = parsed.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.error(`trace ${label} (${path}), inclusive ms per event name on the main thread:\n${top.map(([n, t]) => `  ${t.toFixed(1).padStart(8)}  ${n}`).join('\n')}`);
  return result;
}

async function measureSummitry(baseUrl: string): Promise<SideResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await observeLongTasks(page);
  // Data arrival: the end of the last response for the visible chunks. Rendered: two frames after
  // the frame in which the page first reports all of the view's events (the count replaces "Loading").
  await page.addInitScript(() => {
    const w = window as unknown as { __bench: Record<string, number> };
    w.__bench = {};
    const check = () => {
      const text = document.querySelector('.count')?.textContent ?? '';
      if (text.includes(' events from ') && document.querySelector('.tl-item')) {
        requestAnimationFrame(() => {
          w.__bench.rendered = performance.now();
        });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/?from=${VIEW.from}&to=${VIEW.to}`);
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { rendered?: number } }).__bench.rendered !== undefined, null, { timeout: 60_000 });
  } catch (error) {
    const state = await page.evaluate(() => ({ count: document.querySelector('.count')?.textContent, items: document.querySelectorAll('.tl-item').length, bench: JSON.stringify((window as unknown as { __bench: unknown }).__bench) }));
    await browser.close();
    throw new Error(`the timeline did not render: ${JSON.stringify(state)} ${errors.join('; ')}`, { cause: error });
  }
  const timing = await page.evaluate(() => {
    const rendered = (window as unknown as { __bench: { rendered: number } }).__bench.rendered;
    const chunks = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/events?') && (e as PerformanceResourceTiming).responseEnd < rendered) as PerformanceResourceTiming[];
    const visible = chunks.filter((e) => /from=2026-0[456]-01/.test(e.name));
    return { rendered, dataArrived: Math.max(...visible.map((e) => e.responseEnd)), requests: chunks.map((e) => e.name.replace(/^.*\?/, '')) };
  });
  const longDuringLoad = await longTasksSince(page, 0);
  console.error(`summitry: first render requests ${timing.requests.join(' | ')}`);
  const itemsLoaded = await page.evaluate(async (url) => (await (await fetch(url)).json()).events.length, `${baseUrl}/api/events?from=${VIEW.from}&to=${VIEW.to}`);
  const body = (await page.locator('.tl-body').boundingBox())!;
  const area = { x: body.x + body.width / 2, y: body.y + body.height / 2 };
  await page.waitForTimeout(1500); // let the neighbour prefetch land, as it would while the analyst reads
  const drag = await traced(page, 'drag', () => dragSteps(page, cdp, area, DRAG_STEPS));
  // Summitry re-centres its held months and re-draws the lanes for a new zoom once a gesture has
  // settled (180–300 ms after its last step): that work is in no step, so it is measured here.
  const dragSettle = await settleWork(page, cdp);
  const zoom = await traced(page, 'zoom', () => zoomSteps(page, cdp, area, ZOOM_STEPS));
  const zoomSettle = await settleWork(page, cdp);
  await page.locator('.tl-body').focus();
  const heapBefore = await heapAfterGc(cdp);
  const slowKeysBefore = (await slowKeysSince(page, 0)).length;
  const key = await traced(page, 'key', () =>
    measureSteps(page, cdp, MEMORY_STEPS, async (i) => {
      await page.keyboard.press(Math.floor(i / 10) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    }),
  );
  const slowKeys = await slowKeysSince(page, slowKeysBefore);
  const heapAfter = await heapAfterGc(cdp);
  const dom = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    items: document.querySelectorAll('.tl-item').length,
    lanes: document.querySelectorAll('section.lane').length,
  }));
  await browser.close();
  return {
    firstRenderMs: timing.rendered - timing.dataArrived,
    firstRenderLongest: longDuringLoad.length ? Math.max(...longDuringLoad) : 0,
    loadToRenderMs: timing.rendered,
    drag,
    zoom,
    key,
    keyToPaint: keyToPaintStats(slowKeys, MEMORY_STEPS),
    dragSettle,
    zoomSettle,
    heapBefore,
    heapAfter,
    domNodes: dom.nodes,
    itemsInDom: dom.items,
    lanesInDom: dom.lanes,
    itemsLoaded,
  };
}

async function measureVis(baseUrl: string, query = ''): Promise<SideResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await observeLongTasks(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${baseUrl}/vis.html${query}`);
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { rendered?: number } }).__bench?.rendered !== undefined, null, { timeout: 120_000 });
  } catch (error) {
    await browser.close();
    throw error;
  }
  const bench = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
  const longDuringLoad = await longTasksSince(page, 0);
  const box = (await page.locator('.vis-center').first().boundingBox())!;
  const area = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 400) };
  await page.waitForTimeout(500);
  const drag = await dragSteps(page, cdp, area, DRAG_STEPS);
  const zoom = await zoomSteps(page, cdp, area, ZOOM_STEPS);
  const heapBefore = await heapAfterGc(cdp);
  // vis-timeline has no keyboard panning: the memory run drags instead, the same number of steps.
  await dragSteps(page, cdp, area, MEMORY_STEPS);
  const heapAfter = await heapAfterGc(cdp);
  const dom = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    items: document.querySelectorAll('.vis-item').length,
    lanes: document.querySelectorAll('.vis-label').length,
  }));
  await browser.close();
  return {
    firstRenderMs: bench.rendered - bench.dataReady,
    firstRenderLongest: longDuringLoad.length ? Math.max(...longDuringLoad) : 0,
    loadToRenderMs: bench.rendered,
    drag,
    zoom,
    heapBefore,
    heapAfter,
    domNodes: dom.nodes,
    itemsInDom: dom.items,
    lanesInDom: dom.lanes,
    itemsLoaded: bench.items,
  };
}

function serveVis(port: number, allEvents: string, windowEvents: string): Server {
  const visJs = readFileSync(join(process.cwd(), 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'));
  const visCss = readFileSync(join(process.cwd(), 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'));
  const html = visPageHtml(VIS_WINDOW);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/vis.html') send('text/html; charset=utf-8', html);
    else if (url.pathname === '/vis.js') send('text/javascript', visJs);
    else if (url.pathname === '/vis.css') send('text/css', visCss);
    else if (url.pathname === '/data.json') send('application/json', url.searchParams.get('scope') === 'window' ? windowEvents : allEvents);
    else {
      response.writeHead(404);
      response.end();
    }
  });
  server.listen(port, '127.0.0.1');
  return server;
}

const f = (n: number, digits = 1) => n.toFixed(digits);
const ratio = (theirs: number, ours: number) => (ours > 0 ? `${(theirs / ours).toFixed(1)}×` : '∞');

function table(ours: SideResult, vis: SideResult, visWindow: SideResult): string {
  const rows: string[] = [];
  rows.push('| Measure | Summitry | vis-timeline 8.5.4 (all 10,000 items) | ratio | vis-timeline (3 months\' items only) | target |');
  rows.push('|---|---|---|---|---|---|');
  rows.push(`| First render of the 3-month view after its data arrived (ms) | ${f(ours.firstRenderMs)} | ${f(vis.firstRenderMs)} | ${ratio(vis.firstRenderMs, ours.firstRenderMs)} | ${f(visWindow.firstRenderMs)} | ≤ 500 ms, ≥ 2.5× |`);
  rows.push(`| Longest task while loading (ms) | ${f(ours.firstRenderLongest)} | ${f(vis.firstRenderLongest)} | | ${f(visWindow.firstRenderLongest)} | |`);
  rows.push(`| Pan step (drag 40 px): main-thread task time, mean / p95 / max (ms) | ${f(ours.drag.mean)} / ${f(ours.drag.p95)} / ${f(ours.drag.max)} | ${f(vis.drag.mean)} / ${f(vis.drag.p95)} / ${f(vis.drag.max)} | ${ratio(vis.drag.mean, ours.drag.mean)} | ${f(visWindow.drag.mean)} / ${f(visWindow.drag.p95)} / ${f(visWindow.drag.max)} | ≤ 15 ms, ≥ 2× |`);
  rows.push(`| Zoom step (Ctrl+wheel): mean / p95 / max (ms) | ${f(ours.zoom.mean)} / ${f(ours.zoom.p95)} / ${f(ours.zoom.max)} | ${f(vis.zoom.mean)} / ${f(vis.zoom.p95)} / ${f(vis.zoom.max)} | ${ratio(vis.zoom.mean, ours.zoom.mean)} | ${f(visWindow.zoom.mean)} / ${f(visWindow.zoom.p95)} / ${f(visWindow.zoom.max)} | ≤ 15 ms |`);
  if (ours.dragSettle && ours.zoomSettle) {
    const settle = (s: SettleStats) => `${f(s.ms)} ms, ${s.count} long (longest ${f(s.longest)} ms)`;
    rows.push(`| Work once a gesture has settled (600 ms after the last step), after the drag / after the zoom | ${settle(ours.dragSettle)} / ${settle(ours.zoomSettle)} | (none: re-draws in every step) | | | no long task |`);
  }
  if (ours.key) rows.push(`| Pan step (arrow key, ${MEMORY_STEPS} steps): mean / p95 / max (ms) | ${f(ours.key.mean)} / ${f(ours.key.p95)} / ${f(ours.key.max)} | (no keyboard pan) | | | ≤ 15 ms |`);
  if (ours.keyToPaint) rows.push(`| Arrow-key press to next paint (Event Timing, as INP): median / p95 / max (ms) | ${f(ours.keyToPaint.p50)} / ${f(ours.keyToPaint.p95)} / ${f(ours.keyToPaint.max)} | (no keyboard pan) | | | |`);
  const longs = (s: SideResult) => `${s.drag.longTasks + s.zoom.longTasks + (s.key?.longTasks ?? 0)} (longest ${f(Math.max(s.drag.longestTask, s.zoom.longestTask, s.key?.longestTask ?? 0))} ms)`;
  rows.push(`| Long tasks (> 50 ms) during the steps | ${longs(ours)} | ${longs(vis)} | | ${longs(visWindow)} | none |`);
  rows.push(`| JS heap after GC, before → after ${MEMORY_STEPS} pan steps (MB) | ${f(ours.heapBefore)} → ${f(ours.heapAfter)} | ${f(vis.heapBefore)} → ${f(vis.heapAfter)} | | ${f(visWindow.heapBefore)} → ${f(visWindow.heapAfter)} | flat |`);
  rows.push(`| DOM elements on the page | ${ours.domNodes} | ${vis.domNodes} | | ${visWindow.domNodes} | |`);
  rows.push(`| Event elements in the DOM / events in the 3-month range | ${ours.itemsInDom} / ${ours.itemsLoaded} | ${vis.itemsInDom} / ${vis.itemsLoaded} loaded | | ${visWindow.itemsInDom} / ${visWindow.itemsLoaded} loaded | only what is visible |`);
  rows.push(`| Lane elements in the DOM / lanes | ${ours.lanesInDom} / ${BENCH_PEOPLE} | ${vis.lanesInDom} / ${BENCH_PEOPLE} | | ${visWindow.lanesInDom} | only what is visible |`);
  return rows.join('\n');
}

async function main() {
  const root = process.cwd();
  if (process.argv.includes('--build') || !existsSync(join(root, '.next', 'BUILD_ID'))) {
    console.error('building (next build)…');
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'summitry-timeline-bench-'));
  const dbPath = join(dir, 'bench.db');
  let server: ChildProcess | null = null;
  let visServer: Server | null = null;
  try {
    const count = seed(dbPath);
    const port = await freePort();
    server = spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, DATABASE_PATH: dbPath, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${baseUrl}/api/events?from=2026-01-01&to=2026-01-02`, 60_000);
    const allEvents = await (await fetch(`${baseUrl}/api/events?from=2026-01-01&to=2027-12-31`)).text();
    const windowEvents = await (await fetch(`${baseUrl}/api/events?from=${VIEW.from}&to=${VIEW.to}`)).text();
    const visPort = await freePort();
    visServer = serveVis(visPort, allEvents, windowEvents);
    const visUrl = `http://127.0.0.1:${visPort}`;
    // warm the server's code paths once, as a running server would be
    await fetch(`${baseUrl}/?from=${VIEW.from}&to=${VIEW.to}`);

    const ours = await measureSummitry(baseUrl);
    if (process.argv.includes('--ours-only')) {
      console.log(JSON.stringify(ours, null, 1));
      return;
    }
    const vis = await measureVis(visUrl);
    const visWindow = await measureVis(visUrl, '?scope=window');

    const summary = [
      `## Timeline benchmark`,
      '',
      `${count.toLocaleString('en')} events over ${BENCH_PEOPLE} people lanes, 2026–2027; a 3-month view (${VIEW.from} to ${VIEW.to}); headless Chromium (Debian) at 1440×900 on this machine; ` +
        `${DRAG_STEPS} drag steps, ${ZOOM_STEPS} zoom steps, ${MEMORY_STEPS} pan steps for memory. Step time is CDP's main-thread TaskDuration from the input to two frames later (script, style, layout, paint). ` +
        `Summitry fetches the view's months from the API (the server returns only the range); vis-timeline is given all ${BENCH_EVENTS.toLocaleString('en')} items as it usually is, and, in the last column, only the view's items.`,
      '',
      table(ours, vis, visWindow),
      '',
      `Run: \`npx tsx tests/bench/timeline-bench.ts\` (${new Date().toISOString().slice(0, 10)}).`,
      '',
    ].join('\n');
    console.log(summary);
    mkdirSync(join(root, 'tests/bench/results'), { recursive: true });
    writeFileSync(join(root, 'tests/bench/results/timeline.md'), summary);
  } finally {
    visServer?.close();
    if (server?.pid) server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
