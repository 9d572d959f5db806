/** "2 new events and 1 merge into saved events": what a save does (or did), merges not hidden in a count. */
export function saveCountsInWords(created: number, merged: number): string {
  return [created ? `${created} new event${created === 1 ? '' : 's'}` : '', merged ? `${merged} merge${merged === 1 ? '' : 's'} into saved events` : ''].filter(Boolean).join(' and ');
}

export interface SavedEventRef {
  id: number;
  title: string;
}

/** What the last save of an article did, told on the timeline it leads to. */
export interface LastSave {
  created: SavedEventRef[];
  merged: SavedEventRef[];
  skipped: number;
}

/** "Saved 2 new events and 1 merge into saved events; 3 drafts skipped." */
export function lastSaveMessage(save: LastSave): string {
  const done = saveCountsInWords(save.created.length, save.merged.length);
  const skipped = save.skipped ? `${save.skipped} draft${save.skipped === 1 ? '' : 's'} skipped` : '';
  if (!done) return skipped ? `Nothing saved; ${skipped}.` : 'Nothing saved.';
  return `Saved ${done}${skipped ? `; ${skipped}` : ''}.`;
}
