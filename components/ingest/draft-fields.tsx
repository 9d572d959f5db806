import type { DraftEvent, EventCertainty } from '@/lib/events/event-record';
import { EVENT_CERTAINTIES, EVENT_KINDS, EVENT_STATUSES } from '@/lib/events/event-record';

interface DraftFieldsProps {
  /** the form's own prefix for ids ("draft-0") */
  id: string;
  /** the card's accessible name, which names the fields that have no visible label of their own */
  label: string;
  draft: DraftEvent;
  parentChoices: Array<{ id: string; title: string }>;
  setDraft: (patch: Partial<DraftEvent>) => void;
}

/** A labelled choice among `values`, shown as they are. */
function DraftSelect<V extends string>({ label, value, values, onChange }: { label: string; value: V; values: readonly V[]; onChange: (value: V) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A draft's own fields as the extractor read them, each editable: title, kind, status, certainty, dates, place, parent. */
export function DraftFields({ id, label, draft, parentChoices, setDraft }: DraftFieldsProps) {
  return (
    <>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ title: e.target.value })} />
      <div className="row">
        <DraftSelect label="Kind" value={draft.kind} values={EVENT_KINDS} onChange={(kind) => setDraft({ kind })} />
        <DraftSelect label="Status" value={draft.status} values={EVENT_STATUSES} onChange={(status) => setDraft({ status })} />
        <DraftSelect<EventCertainty> label="Certainty" value={draft.certainty ?? 'confirmed'} values={EVENT_CERTAINTIES} onChange={(certainty) => setDraft({ certainty })} />
      </div>
      <div className="row">
        <label>
          Start <input aria-label={`${label} start`} value={draft.start ?? ''} onChange={(e) => setDraft({ start: e.target.value })} size={26} />
        </label>
        <label>
          End <input aria-label={`${label} end`} value={draft.end ?? ''} onChange={(e) => setDraft({ end: e.target.value })} size={22} />
        </label>
      </div>
      <div className="row">
        <label>
          City{' '}
          <input value={draft.location?.city ?? ''} onChange={(e) => setDraft({ location: { city: e.target.value || null, country: draft.location?.country ?? null } })} />
        </label>
        <label>
          Country{' '}
          <input size={3} maxLength={2} value={draft.location?.country ?? ''} onChange={(e) => setDraft({ location: { city: draft.location?.city ?? null, country: e.target.value.toUpperCase() || null } })} />
        </label>
        <span className="zone">{draft.timezone ?? 'no zone'}</span>
      </div>
      {(parentChoices.length > 0 || draft.parent) && (
        <label>
          Part of{' '}
          <select aria-label={`${label}: part of`} value={draft.parent ?? ''} onChange={(e) => setDraft({ parent: e.target.value || null })}>
            <option value="">(nothing: stands alone)</option>
            {parentChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
