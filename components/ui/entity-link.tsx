import Link from 'next/link';
import { formatCountryName } from '@/lib/events/countries';
import { slugify } from '@/lib/events/slug';

export type EntityLinkProps =
  | { person: { slug: string; name: string } }
  | { country: string }
  | { organisation: string }
  /** a place: its city, then its country linked */
  | { place: { city: string | null; country: string } };

/**
 * A person, country or organisation named anywhere, linked to its page (issue 15): one place that
 * knows the three addresses, `/people/{slug}`, `/countries/{CC}` and `/organisations/{slug}`.
 */
export function EntityLink(props: EntityLinkProps) {
  if ('person' in props) return <Link href={`/people/${props.person.slug}`}>{props.person.name}</Link>;
  if ('place' in props) {
    return (
      <>
        {props.place.city && `${props.place.city}, `}
        <EntityLink country={props.place.country} />
      </>
    );
  }
  if ('country' in props) return <Link href={`/countries/${props.country}`}>{formatCountryName(props.country)}</Link>;
  return <Link href={`/organisations/${slugify(props.organisation)}`}>{props.organisation}</Link>;
}
