import { describe, expect, it } from 'vitest';
import { suggestTitle } from '../../../lib/events/suggest-title';
import { describeViewerTime } from '../../../lib/events/viewer-time';

describe('suggestTitle', () => {
  it.each([
    [{ kind: 'visit' as const, participants: ['Mark Rutte'], city: 'Washington' }, 'Mark Rutte visits Washington'],
    [{ kind: 'meeting' as const, participants: ['Mark Rutte', 'Donald Trump'], city: 'Washington' }, 'Rutte meets Trump in Washington'],
    [{ kind: 'meeting' as const, participants: ['Emmanuel Macron', 'Lee Jae-myung', 'Xi Jinping'], city: null }, 'Macron meets Lee and Xi'],
    [{ kind: 'call' as const, participants: ['Felipe VI', 'Abdullah II'], city: null }, 'Felipe VI – Abdullah II call'],
    [{ kind: 'summit' as const, participants: [], city: 'Évian-les-Bains' }, 'Summit in Évian-les-Bains'],
    [{ kind: 'visit' as const, participants: [], city: 'Rome' }, ''],
  ])('%j → %s', (input, expected) => {
    expect(suggestTitle(input)).toBe(expected);
  });
});

describe('describeViewerTime', () => {
  it('gives the viewer’s own clock for a time typed in the place’s zone', () => {
    expect(describeViewerTime('2026-04-21', '15:00', 'Asia/Seoul', 'Europe/Paris')).toBe('= 08:00 your time (Europe/Paris)');
  });

  it('names the day when it differs', () => {
    expect(describeViewerTime('2026-04-21', '08:00', 'Asia/Seoul', 'America/New_York')).toBe('= 20 Apr, 19:00 your time (America/New_York)');
  });

  it('says nothing for the same zone, an unknown zone or a missing time', () => {
    expect(describeViewerTime('2026-04-21', '15:00', 'Asia/Seoul', 'Asia/Seoul')).toBeNull();
    expect(describeViewerTime('2026-04-21', '15:00', 'Mars/Base', 'Europe/Paris')).toBeNull();
    expect(describeViewerTime('2026-04-21', '', 'Asia/Seoul', 'Europe/Paris')).toBeNull();
  });
});
