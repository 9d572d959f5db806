/**
 * `npm run bench`: every benchmark in turn (they are not tests and never gate CI). Each prints its
 * own table; run one alone with `npx tsx tests/bench/<name>.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCHES = ['extract-bench.ts', 'feed-bench.ts', 'timeline-bench.ts', 'load-bench.ts', 'map-bench.ts', 'clash-bench.ts'];
const only = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (only.length && !only.some((name) => bench.startsWith(name))) continue;
  const path = join('tests', 'bench', bench);
  if (!existsSync(path)) continue;
  console.log(`\n## ${bench}\n`);
  const run = spawnSync('npx', ['tsx', path], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
