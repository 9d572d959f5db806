import type { DraftAction } from './draft-review';

const ACTIONS: DraftAction[] = ['create', 'merge', 'skip'];
const ACTION_WORDS: Record<DraftAction, string> = { create: 'Create new', merge: 'Merge into a saved event', skip: 'Skip' };

/** What to do with a draft: create it, merge it into a saved event (when one looks the same), or skip it. */
export function DraftActionChoice({ id, action, canMerge, onChange }: { id: string; action: DraftAction; canMerge: boolean; onChange: (action: DraftAction) => void }) {
  return (
    <fieldset className="draft-action">
      <legend>What to do</legend>
      {ACTIONS.map((choice) => (
        <label key={choice} className="check">
          <input type="radio" name={`${id}-action`} value={choice} checked={action === choice} disabled={choice === 'merge' && !canMerge} onChange={() => onChange(choice)} />{' '}
          {ACTION_WORDS[choice]}
        </label>
      ))}
    </fieldset>
  );
}
