import { useState } from 'react';
import type { DraftEvent } from '@/lib/events/event-record';

interface DraftParticipantsProps {
  label: string;
  participants: DraftEvent['participants'];
  onChange: (participants: DraftEvent['participants']) => void;
  onShowPerson: (name: string) => void;
}

/** A draft's participants: each shows the sentence that names them and can be removed; a name can be added. */
export function DraftParticipants({ label, participants, onChange, onShowPerson }: DraftParticipantsProps) {
  const [newPerson, setNewPerson] = useState('');
  function addPerson() {
    const name = newPerson.trim().replace(/\s+/g, ' ');
    if (!name) return;
    // The same name twice is one participant.
    if (!participants.some((p) => p.name.toLowerCase() === name.toLowerCase())) onChange([...participants, { name, role: null, organization: null, country: null }]);
    setNewPerson('');
  }
  return (
    <>
      <ul className="draft-people" aria-label="Participants">
        {participants.map((person, i) => (
          <li key={`${person.name}-${i}`}>
            <button type="button" className="link-button" onClick={() => onShowPerson(person.name)} title="Show the sentence that names them">
              {person.name}
            </button>
            {[person.role, person.organization ?? person.country].filter(Boolean).length > 0 && (
              <span className="role"> — {[person.role, person.organization ?? person.country].filter(Boolean).join(', ')}</span>
            )}
            <button type="button" aria-label={`Remove ${person.name}`} className="link-button" onClick={() => onChange(participants.filter((_, j) => j !== i))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="row add-person">
        <label>
          Add a participant{' '}
          <input
            aria-label={`${label}: add a participant`}
            value={newPerson}
            onChange={(e) => setNewPerson(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              addPerson();
            }}
            placeholder="Full name"
          />
        </label>
        <button type="button" onClick={addPerson} disabled={!newPerson.trim()}>
          Add
        </button>
      </div>
    </>
  );
}
