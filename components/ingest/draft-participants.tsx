import { useState } from 'react';
import type { DraftEvent } from '@/lib/events/event-record';
import { DraftParticipant } from './draft-participant';
import type { SavedNames } from './use-saved-names';

interface DraftParticipantsProps {
  label: string;
  participants: DraftEvent['participants'];
  onChange: (participants: DraftEvent['participants']) => void;
  onShowPerson: (name: string) => void;
  /** the participants' names among saved people */
  savedNames: SavedNames;
}

/** The participant at `index` called `name`; when the draft already has someone of that name, they are one participant. */
function renameParticipant(participants: DraftEvent['participants'], index: number, name: string): DraftEvent['participants'] {
  const twin = participants.findIndex((p, j) => j !== index && p.name.toLowerCase() === name.toLowerCase());
  if (twin >= 0) return participants.filter((_, j) => j !== index);
  return participants.map((p, j) => (j === index ? { ...p, name } : p));
}

/** A draft's participants: each shows the sentence that names them and can be removed; a name can be added. */
export function DraftParticipants({ label, participants, onChange, onShowPerson, savedNames }: DraftParticipantsProps) {
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
          <DraftParticipant
            key={`${person.name}-${i}`}
            person={person}
            lookup={savedNames.get(person.name.trim())}
            onShowPerson={onShowPerson}
            onRename={(name) => onChange(renameParticipant(participants, i, name))}
            onRemove={() => onChange(participants.filter((_, j) => j !== i))}
          />
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
