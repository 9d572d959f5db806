/**
 * Runs a calendar through libical (Debian's ICalGLib binding, via the system python) and returns
 * its verdict. Exported for the route tests.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../fixtures/libical-check.py', import.meta.url));

export interface LibicalVerdict {
  errorCount: number;
  errors: string[];
}

export function checkWithLibical(text: string): LibicalVerdict {
  const run = spawnSync('/usr/bin/python3', [SCRIPT], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`libical check failed to run: ${run.stderr || run.error?.message}`);
  const [count, ...errors] = run.stdout.trimEnd().split('\n');
  return { errorCount: Number(count), errors };
}
