import type { Lexicon } from './lexicon';

/** German writes a weekday and a part of the day as one word: "Donnerstagvormittag", "Montagabend". */
function withDayParts(days: Record<string, number>): Record<string, number> {
  const out = { ...days };
  for (const [day, n] of Object.entries(days)) for (const part of ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht']) out[day + part] = n;
  return out;
}

export const de: Lexicon = {
  lang: 'de',
  months: { januar: 1, janner: 1, jan: 1, februar: 2, feber: 2, feb: 2, marz: 3, mrz: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12 },
  weekdays: withDayParts({ montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 }),
  today: ['heute', 'heute abend', 'heute morgen', 'heutige', 'heutigen', 'heutigem', 'heutiger'],
  tomorrow: ['morgen', 'morgige', 'morgigen', 'morgigem', 'morgiger'],
  yesterday: ['gestern', 'gestrige', 'gestrigen', 'gestrigem', 'gestriger'],
  dayBeforeYesterday: ['vorgestern'],
  daysAgo: ['vor N tagen', 'vor N tag'],
  daysAhead: ['in N tagen'],
  dayAfterTomorrow: ['ubermorgen'],
  nextWords: ['kommenden', 'kommender', 'nachsten', 'nachster'],
  lastWords: ['seit', 'vergangenen', 'vergangener', 'letzten', 'letzter', 'vorigen'],
  thisWords: ['diesen', 'dieser'],
  sameDay: ['im anschluss', 'danach', 'nach seiner ankunft', 'nach ihrer ankunft', 'bei seiner ankunft', 'bei ihrer ankunft', 'am selben tag', 'am gleichen tag', 'am selben abend', 'am abend', 'am nachmittag', 'am vormittag', 'am morgen', 'spater am tag', 'noch am selben tag'],
  nextDay: ['am nachsten tag', 'am folgenden tag', 'tags darauf', 'am tag darauf', 'einen tag spater', 'am folgetag'],
  dayBefore: ['am vortag', 'am vorabend', 'tags zuvor', 'einen tag zuvor'],
  firstDay: ['am ersten tag', 'zum auftakt', 'am eroffnungstag'],
  rangeWords: ['-', 'bis', 'bis zum', 'bis einschliesslich'],
  andWords: ['und'],
  timeBefore: ['um', 'gegen', 'ab'],
  timeAfter: ['uhr'],
  numbers: { ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
  dayWords: ['tage', 'tagen', 'tagig', 'tagige', 'tagigen'],

  travel: ['*besuch', '*besuchs', '*reise', 'folgt', 'nachste station', 'reist', 'reise', 'reisen', 'bricht', 'besuch*', 'fliegt', 'flog', 'fliegen', 'kommt nach', 'kommen nach', 'bleibt', 'bleiben', 'aufenthalt', 'visite', 'reiste', 'gereist', 'weiterreise', 'weiterreisen', 'weiterfliegen', 'fahrt', 'trip', 'abstecher', 'halt in', 'station'],
  arrive: ['ankunft', 'kommt an', 'trifft ein', 'eintreffen', 'eingetroffen', 'landet', 'angekommen', 'landete'],
  returnHome: ['ruckkehr', 'kehrt', 'zuruck', 'ruckreise', 'heimreise'],
  onward: ['weiter', 'anschliessend', 'danach', 'dann'],
  leavePlace: ['verließ', 'verliess', 'verlasst', 'verlassen', 'verlassen hat', 'abgereist aus', 'abflug aus', 'reiste aus', 'flog aus'],
  meet: ['empfing*', 'trafen', 'sprachen mit', 'hoflichkeitsbesuch', 'abendessen mit', 'mittagessen mit', 'einigten sich', 'einigung zwischen', 'trifft', 'treffen', 'treffens', 'treffe', 'konsultation*', 'regierungskonsultation*', 'zusammenkunft', 'traf', 'getroffen', 'zusammen*', 'empfang*', 'empfangt', 'empfing', 'gesprach*', 'spricht mit', 'sprach mit', 'gesprochen', 'unterred*', 'bilateral*', 'beraten mit', 'berat mit', 'begegnung', 'arbeitsessen', 'audienz', 'beriet', 'berieten', 'zu abend gegessen', 'zu mittag gegessen', 'arbeitsessen', 'unterzeichneten', 'unterschrieben', 'diskussion mit', 'gemeinsame pressekonferenz', 'gemeinsamen pressekonferenz', 'begegnet', 'begegnete', 'begegneten', 'begegnen', 'begegnen sich', 'begrusste', 'begrussten', 'begrusst', 'weihten', 'eroffneten gemeinsam'],
  receive: ['empfangen', 'wird von', 'von ihm empfangen', 'begrusst von', 'begrusste', 'begrussten'],
  separate: ['getrennt', 'gesprache mit', 'jeweils', 'separate', 'einzeln'],
  joint: ['trafen sich', 'treffen sich', 'trifft sich', 'kamen zusammen', 'kommen zusammen', 'dreiertreffen', 'trilateral*'],
  call: ['per video', 'videotelefonat', 'telefon*', 'telefonat', 'telefonierte', 'videoschalte', 'videokonferenz', 'am telefon'],
  summit: ['gipfel', '*gipfel', '*gipfels', 'gipfeltreffen', 'europaischer rat', 'europaischen rat', 'europaischen rates', 'g7', 'g20', 'g8', 'konferenz', '*konferenz', 'forum', 'ministertreffen', '*ministertreffen', '*ministertreffens', 'treffen der aussenminister', 'treffen der verteidigungsminister', 'aussenministerrat', 'rat der aussenminister'],
  attend: ['darunter', 'teilnahme', 'nimmt teil', 'nehmen teil', 'teilnehm*', 'gastgeber*', 'erwartet', 'dabei sein', 'zugesagt', 'leitet', 'vorsitz', 'eroffnet', 'vertreten', 'in anwesenheit', 'im beisein'],
  ceremony: ['amtseinfuhrung', 'vereidigung', 'amtseinsetzung', 'inauguration', 'trauerfeier', 'beisetzung', 'begrabnis', 'staatsbegrabnis', 'kronung', 'inthronisierung'],
  accompany: ['reist mit', 'mitreis*', 'begleitet', 'in begleitung', 'mit ihm', 'mit ihr', 'delegation', 'begleiten ihn', 'begleiten sie', 'begleitet ihn', 'begleitet sie', 'gemeinsam mit'],
  speech: ['sagte', 'sagt', 'teilte', 'mitteilte', 'sprecher*', 'nach angaben', 'erklarte', 'erklart', 'betonte', 'rechnet', 'warnt', 'warnte', 'kritisierte', 'forderte', 'zufolge', 'hiess es', 'so'],
  cancel: ['abgesagt', 'absage', 'sagt* ab', 'gestrichen', 'storniert', 'fallt aus', 'abgeblasen'],
  postpone: ['verschob*', 'verschieb*', 'verschoben', 'vertagt', 'aufgeschoben', 'verlegt'],
  denial: ['noch offen', 'ungewiss', 'kein treffen', 'keinen termin', 'nicht geplant', 'ausgeschlossen', 'nicht bestatigt', 'dementiert', 'unklar'],
  absent: ['nicht teilnehmen', 'nicht dabei', 'nicht eingeladen', 'ausgeschlossen', 'fernbleiben', 'verzichtet', 'noch offen', 'ob der', 'lasst sich vertreten', 'liess sich', 'lasst sich durch', 'vertreten lassen'],
  expected: ['soll', 'sollen', 'wird erwartet', 'werden erwartet', 'voraussichtlich', 'durfte', 'durften'],
  reported: ['aus diplomatenkreisen', 'aus regierungskreisen', 'aus kreisen', 'nach informationen', 'laut medienberichten', 'laut berichten', 'berichten zufolge', 'medienberichten zufolge', 'angeblich', 'hiess es aus', 'unbestatigten'],
  stance: ['kritisierte', 'kritisiert', 'verurteilte', 'verurteilt', 'lobte', 'forderte', 'warf', 'dankte', 'beschuldigte'],
  topic: ['ging es um', 'geht es um', 'drehte sich um', 'drehten sich um', 'sprachen uber', 'sprach uber', 'berieten uber', 'wahlsieg', 'wahlsieges', 'wahlsiegs', 'wahl von', 'tod von', 'festnahme von'],
  sideline: ['am rande', 'rande des', 'rande der'],
  capital: ['hauptstadt', 'aussenministerium', 'auswartige amt', 'auswartigen amt'],
  meetingAnaphor: ['das gesprach', 'das treffen', 'die gesprache', 'die unterredung', 'der gipfel', 'das telefonat', 'die begegnung'],
  stay: ['bleibt', 'bleiben', 'halt sich', 'aufhalten'],
  copula: ['weilt', 'halt sich', 'zu gast', 'wird', 'war', 'weilte', 'ist', 'hielt sich'],
  tripNouns: ['reise', 'besuch', 'visite', 'aufenthalt', 'gipfel', 'tour'],
};
