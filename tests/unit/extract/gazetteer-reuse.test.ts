import { describe, expect, it } from 'vitest';
import { getGazetteer, type GazetteerPerson } from '../../../lib/extract/people/gazetteer';

describe('the gazetteer with saved people', () => {
  it('indexes one array of saved people once, and a new array afresh', () => {
    const saved: GazetteerPerson[] = [{ name: 'Roberto Gualtieri', aliases: ['Gualtieri'], role: 'Mayor of Rome', country: 'IT' }];
    const first = getGazetteer(saved);
    expect(getGazetteer(saved)).toBe(first);
    const other = getGazetteer([{ name: 'Anne Hidalgo', role: 'Mayor of Paris', country: 'FR' }]);
    expect(other).not.toBe(first);
    expect(other.byFirst.get('anne')?.some((candidate) => candidate.entry.name === 'Anne Hidalgo')).toBe(true);
    expect(first.byFirst.get('anne')?.some((candidate) => candidate.entry.name === 'Anne Hidalgo') ?? false).toBe(false);
  });
});
