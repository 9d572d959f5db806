import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The holdout articles (written apart from the dev corpus, later used for rules) scored by the shared
// scorer through the real CLI. Like dev, a guard against breakage rather than a target to fit.
const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(ROOT, '../shared/extraction');
const HOLDOUT_FLOOR = 0.93;

describe('holdout corpus score', () => {
  it('meets the headline floor', () => {
    const run = spawnSync('node', [path.join(SHARED, 'score.mjs'), path.join(ROOT, 'tests/fixtures/extraction-holdout')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const headline = /extraction score: ([\d.]+)/.exec(run.stdout);
    expect(headline, run.stdout).not.toBeNull();
    expect(Number(headline![1])).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  }, 120_000);
});
