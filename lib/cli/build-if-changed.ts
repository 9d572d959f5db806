/**
 * `npm start`'s build step: runs `next build` only when the sources differ from those of the last
 * build. A fingerprint of every file the build reads is kept beside the build (`.next/SOURCE_HASH`),
 * so a second `npm start` on an unchanged tree starts in seconds instead of rebuilding for minutes.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `next build` reads: the app's folders and the files that configure the build. */
const SOURCE_DIRS = ['app', 'components', 'lib', 'db'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** A hash of the paths and contents of every source file under `root`. */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = [...SOURCE_DIRS.flatMap((d) => [...filesUnder(join(root, d))]), ...SOURCE_FILES.map((f) => join(root, f)).filter((f) => existsSync(f) && statSync(f).isFile())];
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const readBuildId = (root: string) => {
  const file = join(root, '.next', 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
};

/**
 * True when `root` holds a build made from exactly these sources: the stamp names the sources'
 * fingerprint and the build it made, so a later `next build` run by other means (the tests') is
 * not mistaken for it.
 */
export function buildIsCurrent(root: string, fingerprint: string): boolean {
  const stamp = join(root, '.next', 'SOURCE_HASH');
  const buildId = readBuildId(root);
  return !!buildId && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === `${fingerprint} ${buildId}`;
}

/** Records that the build now in `root` was made from these sources. */
export function stampBuild(root: string, fingerprint: string): void {
  writeFileSync(join(root, '.next', 'SOURCE_HASH'), `${fingerprint} ${readBuildId(root)}\n`);
}

function main(): void {
  const root = process.cwd();
  const fingerprint = sourceFingerprint(root);
  if (buildIsCurrent(root, fingerprint)) {
    console.log('Sources unchanged since the last build: starting it as it is.');
    return;
  }
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
  stampBuild(root, fingerprint);
}

if (process.argv[1] && /build-if-changed\.ts$/.test(process.argv[1])) main();
