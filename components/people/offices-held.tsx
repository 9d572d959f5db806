import Link from 'next/link';
import type { OfficeTerm } from '@/lib/extract/people/office-history';
import { formatCountryName } from '@/lib/events/countries';
import { slugify } from '@/lib/events/slug';
import { TitledSection } from '../ui/titled-section';

/** The offices the gazetteer of office holders gives the person, with their dates ("since" while in office). */
export function OfficesHeld({ terms }: { terms: OfficeTerm[] }) {
  if (!terms.length) return null;
  return (
    <TitledSection id="offices-held" title="Offices held">
      <ul className="plain-list">
        {terms.map((t) => (
          <li key={`${t.role}|${t.country}|${t.organization}|${t.from}`}>
            {t.role}
            {t.organization ? (
              <>
                , <Link href={`/organisations/${slugify(t.organization)}`}>{t.organization}</Link>
              </>
            ) : (
              t.country && (
                <>
                  , <Link href={`/countries/${t.country}`}>{formatCountryName(t.country)}</Link>
                </>
              )
            )}{' '}
            <span className="muted">{t.to ? `${t.from} – ${t.to}` : `since ${t.from}`}</span>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
