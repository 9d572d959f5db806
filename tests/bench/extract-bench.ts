/**
 * Extractor benchmark (not a test): median time per typical 2-4 KB article after warm-up, the
 * time of 1 MB of text, and the whole dev corpus through the --jsonl CLI with start-up.
 *   npx tsx tests/bench/extract-bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { extractEvents } from '../../lib/extract';

const ROOT = path.resolve(__dirname, '../..');
const DEV = path.resolve(ROOT, '../shared/extraction/dev');

const golds = readdirSync(DEV).filter((f) => f.endsWith('.gold.json')).sort();
const docs = golds.map((f) => {
  const g = JSON.parse(readFileSync(path.join(DEV, f), 'utf8')) as { published: string | null };
  return { id: f.replace('.gold.json', ''), text: readFileSync(path.join(DEV, f.replace('.gold.json', '.txt')), 'utf8'), published: g.published };
});

// Typical wire copy is 2-4 KB: pad shorter dev articles with a second article of the same language.
const articles = docs.map((d, i) => {
  let text = d.text;
  for (let k = 1; text.length < 2048 && k < docs.length; k++) {
    const other = docs[(i + k) % docs.length];
    if (other.id.slice(0, 2) === d.id.slice(0, 2)) text += '\n\n' + other.text;
  }
  return { ...d, text: text.slice(0, 4096) };
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

for (let i = 0; i < 5; i++) for (const a of articles) extractEvents(a.text, { published: a.published });
const times: number[] = [];
const cpu0 = process.cpuUsage();
for (let round = 0; round < 20; round++)
  for (const a of articles) {
    const t0 = performance.now();
    extractEvents(a.text, { published: a.published });
    times.push(performance.now() - t0);
  }
const sizes = articles.map((a) => a.text.length);
console.log(`articles: ${articles.length}, ${Math.min(...sizes)}-${Math.max(...sizes)} chars`);
const cpu = process.cpuUsage(cpu0);
console.log(`median per 2-4 KB article: ${median(times).toFixed(3)} ms (p90 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)].toFixed(3)} ms)`);
// CPU time is steadier than wall time on a shared machine (it includes GC threads).
console.log(`mean CPU per article: ${((cpu.user + cpu.system) / 1000 / times.length).toFixed(3)} ms`);

const mb = docs.map((d) => d.text).join('\n\n');
const big = mb.repeat(Math.ceil(1_000_000 / mb.length)).slice(0, 1_000_000);
let t0 = performance.now();
extractEvents(big, { published: '2026-03-01' });
console.log(`1 MB of text: ${(performance.now() - t0).toFixed(0)} ms`);

const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published })).join('\n') + '\n';
t0 = performance.now();
const run = spawnSync('sh', ['-c', 'npm run --silent extract -- --jsonl'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
const cliMs = performance.now() - t0;
const lines = run.stdout.trim().split('\n').length;
console.log(`dev corpus through the CLI (${docs.length} articles, ${lines} lines, exit ${run.status}), start-up included: ${(cliMs / 1000).toFixed(2)} s`);

// Quality beside speed: every corpus through the shared scorer. The real-news splits need their
// texts (not committed; `node tests/fixtures/extraction-real/corpus.mjs restore` brings them back).
const SCORER = path.resolve(ROOT, '../shared/extraction/score.mjs');
const CORPORA: Array<[string, string]> = [
  ['dev (shared, rules written against it)', DEV],
  ['written holdout (used for rules)', path.join(ROOT, 'tests/fixtures/extraction-holdout')],
  ['written sealed', path.join(ROOT, 'tests/fixtures/extraction-sealed')],
  ['real news, rules split', path.join(ROOT, 'tests/fixtures/extraction-real/rules')],
  ['real news, validation split (read only in aggregate)', path.join(ROOT, 'tests/fixtures/extraction-real/validation')],
  ['real news, sealed split (never used for rules)', path.join(ROOT, 'tests/fixtures/extraction-real/sealed')],
];
console.log('\n| corpus | articles | headline | people | appearances | meetings | by language |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [label, dir] of CORPORA) {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
  } catch {
    /* the folder is absent */
  }
  const missing = names.filter((f) => {
    try {
      readFileSync(path.join(dir, f.replace('.gold.json', '.txt')));
      return false;
    } catch {
      return true;
    }
  });
  if (!names.length || missing.length) {
    console.log(`| ${label} | ${names.length} | texts missing: ${missing.length} | | | | |`);
    continue;
  }
  const score = spawnSync('node', [SCORER, dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const head = /extraction score: ([\d.]+) \(people ([\d.]+), appearances ([\d.]+), meetings ([\d.]+)\)/.exec(score.stdout);
  const langs = [...score.stdout.matchAll(/^(\w\w): people ([\d.]+), appearances ([\d.]+), meetings ([\d.]+)/gm)]
    .map((m) => `${m[1]} ${((Number(m[2]) + Number(m[3]) + Number(m[4])) / 3).toFixed(2)}`)
    .join(', ');
  console.log(head ? `| ${label} | ${names.length} | ${head[1]} | ${head[2]} | ${head[3]} | ${head[4]} | ${langs} |` : `| ${label} | ${names.length} | scorer failed | | | | |`);
}
