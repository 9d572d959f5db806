/**
 * DESCRIPTION: everything an analyst needs without opening Summitry — the full title, who took
 * part in which role, status, the visit it belongs to, and the sources with their links. Plain
 * text (clients render HTML inconsistently); the caller escapes it.
 */
import type { EventRecord, ParticipantRecord, SourceRecord } from '../events/event-record';
import { describeEventStatus } from './map-event-status';

function describeParticipant(participant: ParticipantRecord): string {
  const office = [participant.role, participant.organization].map((part) => part?.trim()).filter(Boolean).join(', ');
  const country = participant.country ? ` (${participant.country})` : '';
  return `- ${participant.name}${office ? `, ${office}` : ''}${country}`;
}

function describeSource(source: SourceRecord): string {
  const label = [source.publisher?.trim(), source.published].filter(Boolean).join(', ');
  const url = source.url?.trim();
  if (label && url) return `- ${label}: ${url}`;
  return `- ${label || url || 'Unnamed source'}`;
}

export function buildDescription(event: EventRecord, links: { eventUrl: string; parentTitle?: string | null }): string {
  const lines: string[] = [event.title, '', `Status: ${describeEventStatus(event)}`];
  if (links.parentTitle) lines.push(`Part of: ${links.parentTitle}`);
  if (event.participants.length > 0) {
    lines.push('', 'Participants:');
    for (const participant of event.participants) lines.push(describeParticipant(participant));
  }
  if (event.sources.length > 0) {
    lines.push('', 'Sources:');
    for (const source of event.sources) lines.push(describeSource(source));
  }
  lines.push('', `Summitry: ${links.eventUrl}`);
  return lines.join('\n');
}
