import { z } from 'zod';
import { openDatabase, resolveDatabasePath } from '../client';
import { createUser, UserExistsError } from '../queries/users';
import { fail, parseFlags } from './parse-args';

// npm run user:create -- --email ann@example.org --password '…' --role admin [--name "Ann"]
const schema = z.object({
  email: z.email('--email must be an email address'),
  password: z.string().min(10, '--password must be at least 10 characters').max(200),
  role: z.enum(['viewer', 'editor', 'admin'], { error: '--role must be viewer, editor or admin' }),
  name: z.string().max(100).optional(),
});

const parsed = schema.safeParse(parseFlags(process.argv.slice(2), ['email', 'password', 'role', 'name']));
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '));
async function main(input: z.output<typeof schema>) {
  const db = openDatabase();
  try {
    const user = await createUser(db, input);
    console.log(`Created ${user.role} ${user.email} in ${resolveDatabasePath()}.`);
  } catch (error) {
    if (error instanceof UserExistsError) fail(error.message);
    throw error;
  } finally {
    db.$client.close();
  }
}

void main(parsed.data);
