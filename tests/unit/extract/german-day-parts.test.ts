import { describe, it, expect } from 'vitest';
import { datesOf, run } from './helpers';

// German joins a weekday and a part of the day into one word; it is still that weekday.

describe('German weekday compounds', () => {
  it('reads "Donnerstagnachmittag" and "Montagabend" as their weekdays', () => {
    expect(datesOf('Am Donnerstagnachmittag trifft sie Borrell. Am Montagabend reist sie ab.', 'de', '2021-12-08')).toEqual(['Donnerstagnachmittag=2021-12-09', 'Montagabend=2021-12-13']);
  });
  it('dates a meeting told with one', () => {
    const text = 'Am Donnerstagvormittag trifft Außenministerin Annalena Baerbock in Paris den französischen Außenminister Jean-Yves Le Drian.';
    expect(run(text, '2021-12-08', 'de')).toContain('meeting 2021-12-09..2021-12-09 Paris scheduled Annalena Baerbock + Jean-Yves Le Drian');
  });
});
