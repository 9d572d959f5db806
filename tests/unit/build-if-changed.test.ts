import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsCurrent, sourceFingerprint, stampBuild } from '../../lib/cli/build-if-changed';

// Issue 14 (the README, read by a newcomer): a second `npm start` on an unchanged tree does not rebuild.
const root = mkdtempSync(join(tmpdir(), 'summitry-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'app'), { recursive: true });
mkdirSync(join(root, '.next'), { recursive: true });
writeFileSync(join(root, 'app', 'page.tsx'), 'export default function Page() { return null; }\n');
writeFileSync(join(root, 'package.json'), '{"name":"x"}\n');

describe('whether npm start needs a new build', () => {
  it('needs one when there is no build, or no record of its sources', () => {
    expect(buildIsCurrent(root, sourceFingerprint(root))).toBe(false);
    writeFileSync(join(root, '.next', 'BUILD_ID'), 'build-1');
    expect(buildIsCurrent(root, sourceFingerprint(root))).toBe(false);
  });

  it('needs none for the sources it was made from, and one as soon as a file changes', () => {
    stampBuild(root, sourceFingerprint(root));
    expect(buildIsCurrent(root, sourceFingerprint(root))).toBe(true);
    writeFileSync(join(root, 'app', 'page.tsx'), 'export default function Page() { return "changed"; }\n');
    expect(buildIsCurrent(root, sourceFingerprint(root))).toBe(false);
  });

  it('needs one when another build replaced the stamped one, even from the same sources', () => {
    stampBuild(root, sourceFingerprint(root));
    writeFileSync(join(root, '.next', 'BUILD_ID'), 'build-2');
    expect(buildIsCurrent(root, sourceFingerprint(root))).toBe(false);
  });

  it('ignores files the build does not read (data, tests)', () => {
    writeFileSync(join(root, '.next', 'BUILD_ID'), 'build-3');
    stampBuild(root, sourceFingerprint(root));
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data', 'summitry.db'), 'rows');
    expect(buildIsCurrent(root, sourceFingerprint(root))).toBe(true);
  });
});
