import { openDatabase, resolveDatabasePath } from '../client';

// Opening the database applies any pending migration.
openDatabase().$client.close();
console.log(`Database ${resolveDatabasePath()} is up to date.`);
