import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { nowUtcIso } from '../../../lib/time/zones';

describe('nowUtcIso', () => {
  it('reads the clock as a UTC instant with milliseconds and Z, whatever the machine zone', () => {
    const before = Date.now();
    const now = nowUtcIso();
    const after = Date.now();
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const instant = DateTime.fromISO(now, { setZone: true });
    expect(instant.offset).toBe(0);
    expect(instant.toMillis()).toBeGreaterThanOrEqual(before);
    expect(instant.toMillis()).toBeLessThanOrEqual(after);
  });
});
