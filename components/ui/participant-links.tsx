import { Fragment } from 'react';
import { EntityLink } from './entity-link';

interface Participant {
  personId: number;
  slug: string;
  name: string;
  role: string | null;
  organization: string | null;
}

/** "Mark Rutte (Secretary General, NATO); Donald Trump (President)", each name linked to its page. */
export function ParticipantLinks({ participants }: { participants: Participant[] }) {
  return (
    <>
      {participants.map((p, i) => (
        <Fragment key={p.personId}>
          {i > 0 && '; '}
          <EntityLink person={p} />
          {(p.role || p.organization) && (
            <>
              {' ('}
              {p.role}
              {p.role && p.organization && ', '}
              {p.organization && <EntityLink organisation={p.organization} />})
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
