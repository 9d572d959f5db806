/**
 * The words each language uses for the grammar the extractor reads. All entries are folded
 * (lower case, no accents). A trailing `*` marks a stem: "visit*" matches "visits", "visiting".
 */
export type Lang = 'en' | 'it' | 'fr' | 'de' | 'es';
export const LANGS: readonly Lang[] = ['en', 'it', 'fr', 'de', 'es'];

export interface Lexicon {
  lang: Lang;
  /** month names and abbreviations -> 1..12 */
  months: Record<string, number>;
  /** weekday names -> 1 (Monday) .. 7 (Sunday), luxon's numbering */
  weekdays: Record<string, number>;
  today: string[];
  tomorrow: string[];
  yesterday: string[];
  /** two days before the report: "the day before yesterday", "l'altro ieri", "vorgestern" */
  dayBeforeYesterday: string[];
  /** a count of days back from the report, N for the count: "N days ago", "hace N dias", "vor N Tagen" */
  daysAgo: string[];
  /** a count of days on from the report: "in N days", "tra N giorni", "dans N jours" */
  daysAhead: string[];
  dayAfterTomorrow: string[];
  /** words before or after a weekday that point forward / back / to this week */
  nextWords: string[];
  lastWords: string[];
  thisWords: string[];
  sameDay: string[];
  nextDay: string[];
  dayBefore: string[];
  /** "on the opening day", "nella prima giornata": the start of the enclosing event */
  firstDay: string[];
  /** connectors of a day range: "8 to 12", "dall'8 al 12", "du 8 au 10" */
  rangeWords: string[];
  /** connectors of two listed days: "7 and 8", "il 23 e 24" */
  andWords: string[];
  /** words of a time of day: "alle 11", "um 16 Uhr", "a las 11.30" */
  timeBefore: string[];
  timeAfter: string[];
  /** "four-day", "di tre giorni": number words 1..10 */
  numbers: Record<string, number>;
  dayWords: string[];

  travel: string[];
  arrive: string[];
  returnHome: string[];
  onward: string[];
  /** verbs of leaving whose object is where the trip starts: "left Paris", "lasciato Roma", "verließ Berlin" */
  leavePlace: string[];
  meet: string[];
  /** "received by X", "ricevuto da": the subject is the guest */
  receive: string[];
  /** plural meeting nouns: each person named is a separate bilateral */
  separate: string[];
  /** "X and Y met", "co-chair with": one meeting with everyone */
  joint: string[];
  call: string[];
  summit: string[];
  attend: string[];
  /** ceremonies guests travel to: "inauguration", "toma de posesión", "funérailles", "Amtseinführung" */
  ceremony: string[];
  accompany: string[];
  speech: string[];
  cancel: string[];
  postpone: string[];
  /** the event is presented as not happening or unconfirmed */
  denial: string[];
  /** the person will not take part */
  absent: string[];
  /** announced but not confirmed by the hosts: "is expected to", "dovrebbe", "soll": certainty expected */
  expected: string[];
  /** told on others' word: "according to sources", "secondo fonti", "angeblich": certainty unconfirmed */
  reported: string[];
  /** taking a stand on something or someone, not meeting them: "criticised", "condemned", "praised" */
  stance: string[];
  /** what talks were about, not who took part: "talked about", "ging es um", "la vittoria di" */
  topic: string[];
  sideline: string[];
  /** "the capital", and the seats of a government named with its nationality ("la Cancillería brasileña", "the Japanese foreign ministry") */
  capital: string[];
  /** "the meeting", "il colloquio", "das Gespräch" at sentence start: refers back */
  meetingAnaphor: string[];
  /** "will be in", "sarà a": a stay, with the place following */
  stay: string[];
  /** "will be", "sarà", "sera": a stay when a place follows within a few words ("sarà lunedì a Varsavia") */
  copula: string[];
  /** duration nouns: "visit", "trip", "missione" following "four-day" */
  tripNouns: string[];
}
