import { z } from 'zod';
import { openDatabase } from '../client';
import { createApiToken } from '../queries/api-tokens';
import { fail, parseFlags } from './parse-args';

// npm run --silent token:create -- --role editor --name nightly-import
// The token is printed alone on the last line, so scripts can take it with `tail -n 1`.
const schema = z.object({
  role: z.enum(['viewer', 'editor', 'admin'], { error: '--role must be viewer, editor or admin' }),
  name: z.string({ error: '--name is required' }).trim().min(1, '--name is required').max(100, '--name must be at most 100 characters'),
});

const parsed = schema.safeParse(parseFlags(process.argv.slice(2), ['role', 'name']));
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '));
const db = openDatabase();
const { token, record } = createApiToken(db, { ...parsed.data, createdBy: 'cli' });
db.$client.close();
console.error(`Created ${record.role} token "${record.name}". It is shown once; keep it secret:`);
console.log(token);
