/**
 * A byte-level lint for iCalendar output, stricter than the parsers (which forgive a lot): CRLF
 * everywhere including the last line, no physical line over 75 octets, folds that split neither a
 * UTF-8 sequence nor an escape, UTC stamps with Z, no floating times, a VTIMEZONE for every TZID,
 * unique UIDs, DTEND after DTSTART. Returns the problems found; [] means clean.
 * Exported for the route tests: `expect(lintIcal(body)).toEqual([])`.
 */
export interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Splits "NAME;A=b;C="d:e":value" respecting quoted parameter values. */
export function parseContentLine(line: string): ContentLine | null {
  let inQuotes = false;
  let colon = -1;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === ':' && !inQuotes) {
      colon = index;
      break;
    }
  }
  if (colon < 0) return null;
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const raw of rawParams) {
    const equals = raw.indexOf('=');
    if (equals > 0) params[raw.slice(0, equals).toUpperCase()] = raw.slice(equals + 1).replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

/** Unfolds CRLF-separated physical lines into content lines. */
export function unfoldLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.length > 0);
}

const UTC_STAMP = /^\d{8}T\d{6}Z$/;
const DATE_VALUE = /^\d{8}$/;
const LOCAL_DATE_TIME = /^\d{8}T\d{6}$/;

export function lintIcal(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the last line does not end in CRLF');
  if (/\r(?!\n)/.test(text)) problems.push('bare CR');
  if (/(?<!\r)\n/.test(text)) problems.push('bare LF');

  const bytes = Buffer.from(text, 'utf8');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const physical = text.split('\r\n');
  if (physical[physical.length - 1] === '') physical.pop();
  let offset = 0;
  physical.forEach((line, index) => {
    const length = Buffer.byteLength(line, 'utf8');
    if (length > 75) problems.push(`line ${index + 1} has ${length} octets: ${line.slice(0, 40)}…`);
    // Each physical line must be valid UTF-8 on its own, or a fold split a multi-octet character.
    try {
      decoder.decode(bytes.subarray(offset, offset + length));
    } catch {
      problems.push(`line ${index + 1} is not valid UTF-8 on its own (a fold split a character)`);
    }
    offset += length + 2;
    if (line.includes('\uFFFD')) problems.push(`line ${index + 1} contains U+FFFD (a split surrogate pair?)`);
    const next = physical[index + 1];
    if (next !== undefined && /^[ \t]/.test(next)) {
      const trailing = /\\+$/.exec(line)?.[0].length ?? 0;
      if (trailing % 2 === 1) problems.push(`line ${index + 1} folds inside a backslash escape`);
    }
    if (index === 0 && /^[ \t]/.test(line)) problems.push('the first line is a continuation');
  });

  const stack: string[] = [];
  const tzidsDeclared = new Set<string>();
  const tzidsUsed = new Set<string>();
  const uids = new Map<string, number>();
  let event: Record<string, ContentLine> | null = null;
  let calendarProps = new Set<string>();
  for (const raw of unfoldLines(text)) {
    const line = parseContentLine(raw);
    if (!line || !/^[A-Z0-9-]+$/.test(line.name)) {
      problems.push(`not a content line: ${raw.slice(0, 60)}`);
      continue;
    }
    if (line.name === 'BEGIN') {
      stack.push(line.value);
      if (line.value === 'VEVENT') event = {};
      continue;
    }
    if (line.name === 'END') {
      const open = stack.pop();
      if (open !== line.value) problems.push(`END:${line.value} closes ${open ?? 'nothing'}`);
      if (line.value === 'VEVENT' && event) {
        checkEvent(event, problems, uids);
        event = null;
      }
      continue;
    }
    const where = stack[stack.length - 1];
    if (where === 'VCALENDAR') calendarProps.add(line.name);
    if (where === 'VTIMEZONE' && line.name === 'TZID') tzidsDeclared.add(line.value);
    if (line.params.TZID) tzidsUsed.add(line.params.TZID);
    if (['DTSTAMP', 'CREATED', 'LAST-MODIFIED'].includes(line.name) && !UTC_STAMP.test(line.value)) {
      problems.push(`${line.name} is not UTC with Z: ${line.value}`);
    }
    if (where === 'VEVENT' && event) {
      if (event[line.name] && !['CATEGORIES', 'ATTENDEE', 'COMMENT'].includes(line.name)) problems.push(`VEVENT repeats ${line.name}`);
      event[line.name] = line;
    }
  }
  if (stack.length > 0) problems.push(`unclosed components: ${stack.join(', ')}`);
  for (const required of ['VERSION', 'PRODID']) if (!calendarProps.has(required)) problems.push(`VCALENDAR lacks ${required}`);
  for (const tzid of tzidsUsed) if (!tzidsDeclared.has(tzid)) problems.push(`TZID ${tzid} has no VTIMEZONE`);
  for (const [uid, count] of uids) if (count > 1) problems.push(`UID ${uid} appears ${count} times`);
  calendarProps = new Set();
  return problems;
}

function describeTime(line: ContentLine | undefined, problems: string[], uid: string): { kind: string; value: string } | null {
  if (!line) return null;
  if (line.params.VALUE === 'DATE') {
    if (!DATE_VALUE.test(line.value)) problems.push(`${uid}: ${line.name} is not a DATE: ${line.value}`);
    return { kind: 'date', value: line.value };
  }
  if (line.params.TZID) {
    if (!LOCAL_DATE_TIME.test(line.value)) problems.push(`${uid}: ${line.name} with TZID is not a local DATE-TIME: ${line.value}`);
    return { kind: `tz:${line.params.TZID}`, value: line.value };
  }
  if (UTC_STAMP.test(line.value)) return { kind: 'utc', value: line.value };
  problems.push(`${uid}: ${line.name} is a floating time: ${line.value}`);
  return null;
}

function checkEvent(event: Record<string, ContentLine>, problems: string[], uids: Map<string, number>): void {
  const uid = event.UID?.value ?? '(no UID)';
  for (const required of ['UID', 'DTSTAMP', 'DTSTART']) if (!event[required]) problems.push(`${uid}: VEVENT lacks ${required}`);
  uids.set(uid, (uids.get(uid) ?? 0) + 1);
  const start = describeTime(event.DTSTART, problems, uid);
  const end = describeTime(event.DTEND, problems, uid);
  if (start && end) {
    if (start.kind !== end.kind) problems.push(`${uid}: DTSTART and DTEND use different forms (${start.kind}, ${end.kind})`);
    else if (!(end.value > start.value)) problems.push(`${uid}: DTEND ${end.value} is not after DTSTART ${start.value}`);
  }
}
