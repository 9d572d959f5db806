import { openDatabase, resolveDatabasePath } from '../client';
import { loadDemoData } from '../seed/load-demo-data';

// Run by `npm start`: migrate, then give an empty database the demo calendar.
const db = openDatabase();
const created = loadDemoData(db);
db.$client.close();
console.log(`Database ${resolveDatabasePath()} migrated${created ? `; loaded ${created} demo events` : ''}.`);
