import { DateTime } from 'luxon';
import { buildItineraryMap, MAP_HEIGHT, MAP_WIDTH, type MapStop } from '@/lib/maps/itinerary-map';

function stopLabel(stop: MapStop): string {
  return `${DateTime.fromISO(stop.date).toFormat('d LLL yyyy')}, ${stop.city ?? stop.country}: ${stop.title}`;
}

/**
 * A world map of the stops in date order, drawn on the server (no tiles, nothing fetched): each
 * stop links to its event; the list under it says the same in words, for screen readers and print.
 */
export function ItineraryMapView({ stops, label }: { stops: MapStop[]; label: string }) {
  if (stops.length === 0) return null;
  const map = buildItineraryMap(stops);
  return (
    <figure className="itinerary-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={label}>
        <path d={map.land} className="map-land" />
        <path d={map.visited} className="map-visited" />
        {map.arcs.map((d, i) => (
          <path key={i} d={d} className="map-arc" />
        ))}
        {map.stops.map((s, i) => (
          <a key={`${s.eventId}-${i}`} href={`/events/${s.eventId}`} aria-label={stopLabel(s)}>
            <circle cx={s.x} cy={s.y} r={5} className="map-stop" />
            <title>{stopLabel(s)}</title>
          </a>
        ))}
      </svg>
      <figcaption>
        <details>
          <summary>{stops.length === 1 ? 'The one stop' : `The ${stops.length} stops in date order`}</summary>
          <ol>
            {stops.map((s, i) => (
              <li key={`${s.eventId}-${i}`}>{stopLabel(s)}</li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}
