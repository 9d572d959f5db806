import { openDatabase, resolveDatabasePath } from '../client';
import { loadDemoData } from '../seed/load-demo-data';

const db = openDatabase();
const created = loadDemoData(db);
db.$client.close();
console.log(
  created > 0
    ? `Loaded ${created} demo events into ${resolveDatabasePath()}.`
    : `${resolveDatabasePath()} already has events: demo data not loaded.`,
);
