/** `--email a@b --role admin` -> { email: 'a@b', role: 'admin' }; a flag without a value is an error. */
export function parseFlags(argv: string[], allowed: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !allowed.includes(match[1])) fail(`Unknown argument: ${argv[i]} (expected ${allowed.map((a) => `--${a}`).join(', ')})`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) fail(`--${match[1]} needs a value`);
    flags[match[1]] = value;
  }
  return flags;
}

export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}
