import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The dev corpus scored by the shared scorer through the real CLI, as CI does. Floors sit just
// under the current figures so a regression fails the build.
const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(ROOT, '../shared/extraction');
const HEADLINE_FLOOR = 0.99;
const LANGUAGE_FLOOR: Record<string, number> = { de: 0.98, en: 0.98, es: 0.98, fr: 0.98, it: 0.98 };

describe('dev corpus score', () => {
  it('meets the headline and per-language floors', () => {
    const run = spawnSync('node', [path.join(SHARED, 'score.mjs'), path.join(SHARED, 'dev')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const headline = /extraction score: ([\d.]+)/.exec(run.stdout);
    expect(headline, run.stdout).not.toBeNull();
    expect(Number(headline![1])).toBeGreaterThanOrEqual(HEADLINE_FLOOR);
    for (const line of run.stdout.split('\n')) {
      const m = /^(\w\w): people ([\d.]+), appearances ([\d.]+), meetings ([\d.]+)/.exec(line);
      if (!m) continue;
      const mean = (Number(m[2]) + Number(m[3]) + Number(m[4])) / 3;
      expect(mean, line).toBeGreaterThanOrEqual(LANGUAGE_FLOOR[m[1]] ?? 0.8);
    }
  }, 120_000);
});
