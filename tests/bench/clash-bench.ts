/**
 * `npx tsx tests/bench/clash-bench.ts` (also in `npm run bench`): checking one draft for clashes at
 * 100,000 events (issue 15's target: under 5 ms), through the function the form's warning and
 * POST /api/clashes/check call (db/queries/clashes.ts listDraftClashes) on a real SQLite file.
 * Prints a table with SQLite's plan for the candidate query and writes it to tests/bench/results/clashes.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { clashCandidatesQuery, listDraftClashes } from '../../db/queries/clashes';
import { clashBenchPersonName, seedClashEvents } from './clashes/seed-clash-events';

const EVENTS = 100_000;
const RUNS = 200;

const dir = mkdtempSync(join(tmpdir(), 'summitry-clash-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
const seedStart = performance.now();
const seeded = seedClashEvents(db, EVENTS);
const seedSeconds = (performance.now() - seedStart) / 1000;

const busiest = (index: number) => db.$client.prepare('select count(*) as n from event_participants where person_id = ?').get(seeded.personIds[index]) as { n: number };
const person = (index: number, role = 'Minister of Foreign Affairs') => ({ name: clashBenchPersonName(index), role, country: 'IT' });
const DRAFTS = [
  { label: 'a meeting of the two busiest people, one day', input: { kind: 'meeting', title: 'Draft meeting', start: '2025-03-12', location: { city: 'Rome', country: 'IT' }, participants: [person(0), person(1)] } },
  { label: 'a timed meeting of three, one hour', input: { kind: 'meeting', title: 'Draft timed meeting', start: '2025-03-12T10:00', end: '2025-03-12T11:00', timezone: 'Europe/Rome', location: { city: 'Rome', country: 'IT' }, participants: [person(0), person(40), person(900)] } },
  { label: 'a five-day visit of the busiest person', input: { kind: 'visit', title: 'Draft visit', start: '2027-09-06', end: '2027-09-10', location: { city: 'Tokyo', country: 'JP' }, participants: [person(0)] } },
  { label: 'a summit of eight people, three days', input: { kind: 'summit', title: 'Draft summit', start: '2024-06-13', end: '2024-06-15', location: { city: 'Geneva', country: 'CH' }, participants: Array.from({ length: 8 }, (_, i) => person(i * 37)) } },
];

const rows: string[] = [];
for (const { label, input } of DRAFTS) {
  const first = performance.now();
  const found = listDraftClashes(db, input, null);
  const cold = performance.now() - first;
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    listDraftClashes(db, input, null);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  rows.push(`| ${label} | ${found.length} | ${cold.toFixed(2)} ms | ${at(0.5)} ms | ${at(0.95)} ms | ${times.at(-1)!.toFixed(2)} ms |`);
}

const plan = db.all<{ detail: string }>(sql`explain query plan ${clashCandidatesQuery([seeded.personIds[0], seeded.personIds[1]], '2025-03-12', '2025-03-12', null)}`).map((r) => r.detail);
const table = [
  '| draft checked | clashes found | first call | median | p95 | slowest |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
const report = `# Clash check benchmark

\`npx tsx tests/bench/clash-bench.ts\` (also in \`npm run bench\`), ${new Date().toISOString().slice(0, 10)}: ${EVENTS.toLocaleString('en')} events over ten years,
${seeded.participations.toLocaleString('en')} participations of 3,000 people (the busiest in ${busiest(0).n.toLocaleString('en')} events, the second in ${busiest(1).n.toLocaleString('en')}), seeded in ${seedSeconds.toFixed(1)} s; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} when it ended (other work shares the cores: p95 and slowest move with it).
Each draft is checked ${RUNS} times through \`listDraftClashes\` (db/queries/clashes.ts) after a first, cold call. Target: under 5 ms.

${table}

SQLite's plan for the candidate query (the two busiest people, one day):

${plan.map((line) => `- \`${line}\``).join('\n')}
`;
console.log(report);
mkdirSync(join('tests', 'bench', 'results'), { recursive: true });
writeFileSync(join('tests', 'bench', 'results', 'clashes.md'), report);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
