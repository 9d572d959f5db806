import type { LastSave } from '../events/save-summary';

// Handed from /ingest to the timeline it opens, once: a message for this tab, not part of the URL
// (a reload or a shared link should not announce the save again).
const KEY = 'summitry.lastSave';

export function rememberLastSave(save: LastSave): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(save));
  } catch {
    // Storage full or disabled: the timeline still opens on the saved events' dates.
  }
}

/** The last save, removed from storage as it is read. */
export function takeLastSave(): LastSave | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const save = raw ? (JSON.parse(raw) as LastSave) : null;
    return save && Array.isArray(save.created) && Array.isArray(save.merged) ? save : null;
  } catch {
    return null;
  }
}
