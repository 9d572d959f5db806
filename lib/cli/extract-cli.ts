/**
 * CLI for the extractor (DESIGN.md contract):
 *   extract FILE [--published YYYY-MM-DD] [--lang xx]   one ExtractionResult as JSON
 *   extract --jsonl                                      {"id","text","published"} lines in, one result line out each
 * Bad arguments, an unreadable file or a bad JSON line: a message on stderr and exit code 2
 * (a bad line still gets an output line so the order of the others is kept).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractEvents } from '../extract';

const USAGE = 'usage: extract FILE [--published YYYY-MM-DD] [--lang en|it|fr|de|es]\n       extract --jsonl < lines of {"id","text","published"}';
const LANG_RE = /^(?:en|it|fr|de|es)$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  jsonl: boolean;
  file: string | null;
  published: string | null;
  lang: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { jsonl: false, file: null, published: null, lang: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--published' || a === '--lang') {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      if (a === '--published') {
        if (!DATE_RE.test(v)) fail(`--published must be YYYY-MM-DD, got "${v}"`);
        args.published = v;
      } else {
        if (!LANG_RE.test(v)) fail(`--lang must be one of en, it, fr, de, es, got "${v}"`);
        args.lang = v;
      }
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (args.file) fail(`only one FILE, got "${args.file}" and "${a}"`);
    else args.file = a;
  }
  if (args.jsonl && args.file) fail('--jsonl reads stdin; do not pass a FILE');
  if (!args.jsonl && !args.file) fail('missing FILE (or --jsonl)');
  return args;
}

async function runJsonl(): Promise<number> {
  let status = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const obj = JSON.parse(line) as { id?: unknown; text?: unknown; published?: unknown; lang?: unknown };
      if (!obj || typeof obj !== 'object') throw new Error('not a JSON object');
      id = obj.id ?? null;
      if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
      const published = typeof obj.published === 'string' && DATE_RE.test(obj.published) ? obj.published : null;
      const lang = typeof obj.lang === 'string' && LANG_RE.test(obj.lang) ? obj.lang : null;
      const result = extractEvents(obj.text, { published, language: lang });
      out.push(JSON.stringify({ id, ...result }) + '\n');
    } catch (err) {
      status = 2;
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`extract: line ${lineNo}: ${message}\n`);
      out.push(JSON.stringify({ id, error: message, language: null, published: null, events: [] }) + '\n');
    }
    if (out.length >= 64) flush();
  }
  flush();
  return status;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.jsonl) {
    process.exitCode = await runJsonl();
    return;
  }
  let text: string;
  try {
    text = readFileSync(args.file!, 'utf8');
  } catch (err) {
    fail(`cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const result = extractEvents(text, { published: args.published, language: args.lang });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
