import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { findOrCreatePerson, readGazetteerPeopleJson, recordOffice } from '../../db/queries/people';
import { extractOffMainThread, stopExtractionPool } from '../../lib/extract-pool/extract-pool';
import { createTempDatabase } from '../support/temp-database';

const temp = createTempDatabase();
afterAll(async () => {
  await stopExtractionPool();
  temp.cleanup();
});

const TEXT = 'ROME (Reuters) - Roberto Gualtieri will meet Anne Hidalgo in Rome on Friday. Gualtieri said the talks would cover tourism.';

/** A thread's nice value, from its /proc stat line (the 19th field, counted after the name). */
function niceOf(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe('extraction in the worker pool', () => {
  it('reads the saved people once per database change and extracts with them', async () => {
    const db = temp.db();
    const hidalgo = findOrCreatePerson(db, 'Anne Hidalgo');
    recordOffice(db, hidalgo.id, { title: 'Mayor of Paris', organization: null, country: 'FR' });
    const before = readGazetteerPeopleJson(db);
    expect(readGazetteerPeopleJson(db)).toBe(before);

    const gualtieri = findOrCreatePerson(db, 'Roberto Gualtieri');
    recordOffice(db, gualtieri.id, { title: 'Mayor of Rome', organization: null, country: 'IT' });
    const after = readGazetteerPeopleJson(db);
    expect(after.id).not.toBe(before.id);
    expect(JSON.parse(after.json)).toContainEqual({ name: 'Roberto Gualtieri', aliases: [], role: 'Mayor of Rome', organization: null, country: 'IT' });

    for (const round of [1, 2]) {
      const result = await extractOffMainThread(TEXT, { published: '2026-03-02', language: 'en' }, after);
      expect(result.events[0]?.participants, `round ${round}`).toContainEqual({ name: 'Roberto Gualtieri', role: 'Mayor of Rome', organization: null, country: 'IT' });
    }
  });

  it.runIf(process.platform === 'linux')('runs below the priority of the thread that answers requests', async () => {
    await extractOffMainThread(TEXT, { published: '2026-03-02', language: 'en' }, readGazetteerPeopleJson(temp.db()));
    const nices = readdirSync('/proc/self/task').map((task) => niceOf(`/proc/self/task/${task}/stat`));
    expect(niceOf('/proc/thread-self/stat')).toBe(0);
    expect(nices).toContain(10);
  });
});
