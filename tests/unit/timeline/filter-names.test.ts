import { describe, expect, it } from 'vitest';
import { resolveFilterName, splitValues, urlForm } from '../../../lib/timeline/filter-names';

describe('what the timeline URL takes for a typed filter value', () => {
  it('keeps slugs and country codes as typed (codes in upper case)', () => {
    expect(urlForm('person', 'mark-rutte')).toBe('mark-rutte');
    expect(urlForm('org', 'nato')).toBe('nato');
    expect(urlForm('country', 'us')).toBe('US');
    expect(urlForm('person', 'Mark Rutte')).toBeNull();
    expect(urlForm('org', 'NATO')).toBeNull();
    expect(urlForm('country', 'United States')).toBeNull();
  });

  it('takes the option whose name is exactly the typed one, whatever the case and accents', () => {
    const options = [
      { value: 'mark-rutte', label: 'Mark Rutte' },
      { value: 'mark-carney', label: 'Mark Carney' },
    ];
    expect(resolveFilterName('person', 'mark RUTTE', options)).toEqual({ value: 'mark-rutte' });
    expect(resolveFilterName('person', 'Radoslaw Sikorski', [{ value: 'radoslaw-sikorski', label: 'Radosław Sikorski' }])).toEqual({ value: 'radoslaw-sikorski' });
  });

  it('takes the only option a name in another language found ("Stati Uniti" is the United States)', () => {
    expect(resolveFilterName('country', 'Stati Uniti', [{ value: 'US', label: 'United States' }])).toEqual({ value: 'US' });
  });

  it('says so when nothing or several things match, naming the candidates', () => {
    expect(resolveFilterName('person', 'Nobody Known', [])).toEqual({ error: expect.stringContaining('No person called “Nobody Known”') });
    const several = resolveFilterName('person', 'Mark', [
      { value: 'mark-rutte', label: 'Mark Rutte' },
      { value: 'mark-carney', label: 'Mark Carney' },
    ]);
    expect(several).toEqual({ error: expect.stringContaining('Several people match “Mark” (Mark Rutte, Mark Carney)') });
    expect(resolveFilterName('org', 'Union', [])).toEqual({ error: expect.stringContaining('No organisation called') });
  });

  it('splits comma-separated values and drops empty ones', () => {
    expect(splitValues(' Mark Rutte, ,Marco Rubio ,')).toEqual(['Mark Rutte', 'Marco Rubio']);
  });
});
