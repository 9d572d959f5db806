import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = path.resolve(ROOT, '../shared/seeds/000_b8096001e4abbe8a.txt');
const cli = (args: string[], input?: string) => spawnSync('npx', ['tsx', 'lib/cli/extract-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

describe('extract CLI', () => {
  it('prints one result for a file', () => {
    const r = cli([SEED, '--published', '2026-04-03', '--lang', 'it']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.language).toBe('it');
    expect(out.events.length).toBe(4);
  });

  it('prints one line per JSONL input, in order, and keeps a bad line as an error line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Trump will meet Xi Jinping in Beijing on April 3.', published: '2026-03-20' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Il presidente Sergio Mattarella ha incontrato ieri a Roma il re Felipe VI.', published: '2026-03-20' }),
    ].join('\n');
    const r = cli(['--jsonl'], input + '\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[1]).toMatchObject({ events: [], language: null, published: null });
    expect(lines[0].events.length).toBeGreaterThan(0);
    expect(lines[2].language).toBe('it');
  });

  it('exits 2 with a message on bad arguments or an unreadable file', () => {
    for (const args of [[], ['--published', 'yesterday', SEED], ['--lang', 'xx', SEED], ['/no/such/file.txt'], ['--bogus']]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/extract:/);
    }
  });
});
