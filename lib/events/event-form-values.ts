import type { EventJson } from './event-json';
import type { EventInput } from './event-input-schema';
import type { EventCertainty, EventKind, EventStatus } from './event-record';
import type { FieldErrors } from './field-errors';

/** What the event form edits: flat strings, as the inputs hold them. */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  status: EventStatus;
  certainty: EventCertainty;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timezone: string;
  city: string;
  country: string;
  parentId: string;
  participants: Array<{ name: string; role: string; organization: string; country: string }>;
  sourceUrl: string;
  sourcePublisher: string;
  sourcePublished: string;
  sourceQuote: string;
  notes: string;
}

export function emptyFormValues(): EventFormValues {
  return {
    kind: 'meeting',
    title: '',
    status: 'scheduled',
    certainty: 'confirmed',
    allDay: true,
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timezone: '',
    city: '',
    country: '',
    parentId: '',
    participants: [{ name: '', role: '', organization: '', country: '' }],
    sourceUrl: '',
    sourcePublisher: '',
    sourcePublished: '',
    sourceQuote: '',
    notes: '',
  };
}

export function formValuesFromEvent(event: EventJson): EventFormValues {
  return {
    ...emptyFormValues(),
    kind: event.kind,
    title: event.title,
    status: event.status,
    certainty: event.certainty,
    allDay: event.allDay,
    startDate: event.start.slice(0, 10),
    startTime: event.allDay ? '' : event.start.slice(11, 16),
    endDate: event.end.slice(0, 10),
    endTime: event.allDay ? '' : event.end.slice(11, 16),
    timezone: event.timezone ?? '',
    city: event.place?.city ?? '',
    country: event.place?.country ?? '',
    parentId: event.parentId ? String(event.parentId) : '',
    participants: event.participants.map((p) => ({
      name: p.name,
      role: p.role ?? '',
      organization: p.organization ?? '',
      country: p.country ?? '',
    })),
    notes: event.notes ?? '',
  };
}

/** The API input for the form's values; blank rows and blank optional fields are left out. */
export function formValuesToInput(values: EventFormValues): EventInput {
  const join = (date: string, time: string) => (values.allDay || !time ? date : `${date}T${time}`);
  const hasSource = Boolean(values.sourceUrl || values.sourcePublisher || values.sourceQuote);
  return {
    kind: values.kind,
    title: values.title,
    status: values.status,
    certainty: values.certainty,
    start: values.startDate ? join(values.startDate, values.startTime) : null,
    end: values.endDate ? join(values.endDate, values.endTime || values.startTime) : null,
    timezone: values.timezone || null,
    location: values.city || values.country ? { city: values.city || null, country: values.country || null } : null,
    parentId: values.parentId ? Number(values.parentId) : null,
    participants: values.participants
      .filter((p) => p.name.trim() || p.role.trim() || p.organization.trim() || p.country.trim())
      .map((p) => ({ name: p.name, role: p.role || null, organization: p.organization || null, country: p.country || null })),
    sources: hasSource
      ? [{ url: values.sourceUrl || null, publisher: values.sourcePublisher || null, published: values.sourcePublished || null, quote: values.sourceQuote || null }]
      : [],
    notes: values.notes || null,
  };
}

const FIELD_FOR_PATH: Record<string, string> = {
  start: 'startDate',
  end: 'endDate',
  'location.city': 'city',
  'location.country': 'country',
  location: 'city',
  'sources.0.url': 'sourceUrl',
  'sources.0.publisher': 'sourcePublisher',
  'sources.0.published': 'sourcePublished',
  'sources.0.quote': 'sourceQuote',
};

/** Maps the schema's (or the server's) error paths onto the form's field names. */
export function mapErrorsToFormFields(fields: FieldErrors): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = FIELD_FOR_PATH[path] ?? path;
    mapped[field] ??= messages[0];
  }
  return mapped;
}
