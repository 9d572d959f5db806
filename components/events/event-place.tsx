import Link from 'next/link';
import { formatCountryName } from '@/lib/events/countries';
import type { EventRecord } from '@/lib/events/event-record';

/** Where an event is: its city, and its country linked to the country's page; `none` when no place is saved. */
export function EventPlace({ place, none }: { place: EventRecord['place']; none: string }) {
  if (!place) return <>{none}</>;
  return (
    <>
      {place.city && `${place.city}, `}
      <Link href={`/countries/${place.country}`}>{formatCountryName(place.country)}</Link>
    </>
  );
}
