import { EntityLink } from '@/components/ui/entity-link';
import type { ParticipantDraft } from '@/lib/events/event-record';
import type { SavedNameLookup } from './use-saved-names';

interface DraftParticipantProps {
  person: ParticipantDraft;
  /** what the name is among saved people, once looked up */
  lookup: SavedNameLookup | undefined;
  onShowPerson: (name: string) => void;
  onRename: (name: string) => void;
  onRemove: () => void;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Role, then the organisation or country the person speaks for, linked to its page. */
function ParticipantRole({ person }: { person: ParticipantDraft }) {
  const body = person.organization ? <EntityLink organisation={person.organization} /> : person.country && COUNTRY_CODE.test(person.country) ? <EntityLink country={person.country} /> : person.country;
  if (!person.role && !body) return null;
  return (
    <span className="role">
      {' — '}
      {person.role}
      {person.role && body && ', '}
      {body}
    </span>
  );
}

/**
 * One participant of a draft: a saved person's name links to their page (with a button for the
 * sentence that names them); a new name is the button itself. A name that looks like a saved person
 * spelt another way offers that person's name instead (issue 15).
 */
export function DraftParticipant({ person, lookup, onShowPerson, onRename, onRemove }: DraftParticipantProps) {
  const saved = lookup?.saved;
  const suggestion = lookup?.suggestion;
  return (
    <li>
      {saved ? (
        <>
          <EntityLink person={{ slug: saved.slug, name: person.name }} />{' '}
          <button type="button" className="link-button" onClick={() => onShowPerson(person.name)} aria-label={`Show the sentence that names ${person.name}`} title="Show the sentence that names them">
            ¶
          </button>
        </>
      ) : (
        <button type="button" className="link-button" onClick={() => onShowPerson(person.name)} title="Show the sentence that names them">
          {person.name}
        </button>
      )}
      <ParticipantRole person={person} />
      <button type="button" aria-label={`Remove ${person.name}`} className="link-button" onClick={onRemove}>
        ✕
      </button>
      {suggestion && (
        <div className="notice name-suggestion" role="group" aria-label={`${person.name}: a saved person?`} style={{ margin: '0.25rem 0 0.5rem' }}>
          Saved as <EntityLink person={suggestion} />?{' '}
          <button type="button" onClick={() => onRename(suggestion.name)} aria-label={`Use this name: ${suggestion.name} for ${person.name}`}>
            Use this name
          </button>
        </div>
      )}
    </li>
  );
}
