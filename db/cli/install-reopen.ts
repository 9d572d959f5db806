import { openDatabase } from '../client';
import { reopenInstall } from '../queries/install';
import { fail, parseFlags } from './parse-args';

// npm run install:reopen -- --confirm reopen
// Opens a secured install to everyone again, as on first start (for an admin locked out of every
// account). The next account or token secures it again.
const flags = parseFlags(process.argv.slice(2), ['confirm']);
if (flags.confirm !== 'reopen') fail('this opens the install to everyone: pass --confirm reopen');
const db = openDatabase();
reopenInstall(db);
db.$client.close();
console.error('The install is open to everyone until the next account or token is made.');
