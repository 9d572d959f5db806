import { openDatabase, resolveDatabasePath } from '../client';
import { loadDemoData } from '../seed/load-demo-data';
import { getAuth } from '../auth';

// Run by `npm start`: migrate, then give an empty database the demo calendar (unless
// DEMO_DATA=none: an install that starts empty).
const db = openDatabase();
const created = process.env.DEMO_DATA === 'none' ? 0 : loadDemoData(db);
// Creates the session-signing secret now, so no read request ever has to write it.
getAuth(db);
db.$client.close();
console.log(`Database ${resolveDatabasePath()} migrated${created ? `; loaded ${created} demo events` : ''}.`);
