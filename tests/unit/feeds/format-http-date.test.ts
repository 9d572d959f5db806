import { describe, expect, it } from 'vitest';
import { formatHttpDate } from '../../../lib/feeds';

describe('formatHttpDate', () => {
  it('turns an ISO instant into an IMF-fixdate in GMT, whatever its offset', () => {
    expect(formatHttpDate('2026-04-08T14:30:05Z')).toBe('Wed, 08 Apr 2026 14:30:05 GMT');
    expect(formatHttpDate('2026-04-08T16:30:05+02:00')).toBe('Wed, 08 Apr 2026 14:30:05 GMT');
  });

  it('keeps an HTTP-date as it is, and reads the obsolete forms into the preferred one', () => {
    expect(formatHttpDate('Wed, 08 Apr 2026 14:30:05 GMT')).toBe('Wed, 08 Apr 2026 14:30:05 GMT');
    expect(formatHttpDate('Wednesday, 08-Apr-26 14:30:05 GMT')).toBe('Wed, 08 Apr 2026 14:30:05 GMT');
  });

  it('answers null for text that is no date', () => {
    expect(formatHttpDate('yesterday')).toBeNull();
    expect(formatHttpDate('Wed, 08 Apr 2026 14:30:05')).toBeNull();
  });
});
