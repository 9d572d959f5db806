/**
 * Trip legs: each travel word (travel, arrive, stay, or a copula before a place: "sarà lunedì a
 * Varsavia") with the person named before it and the place after it ("mentre il Capo dello Stato
 * si sposterà a Hiroshima, Tajani resterà nella capitale"). The days come from leg-days.ts.
 */
import type { Person } from '../../../people/find-people';
import type { PhraseHit } from '../../../text/phrase-matcher';
import { placeKeyOf, type PlaceRef, type TravelAtom } from '../../atoms';
import type { AtomFrame, Clause } from '../clause';
import { countWord } from '../../../lexicon';
import { CLOSING, DURATION, HERE_AFTER, LATER, LOCATIVE, THIS_CITY, TO_OFFICE, WITH_WORDS } from '../clause-words';
import { hits } from '../triggers';
import { legDays } from './leg-days';

/**
 * From a travel noun to the person whose trip it is: "of"/"di"/"de"/"von"/"des" and at most four
 * words of title ("la visita a Roma del presidente francese X"), none of them "by" ("di due giorni
 * accompagnato dalla figlia Laura" names a companion).
 */
const GENITIVE_GAP = /(?:^|\s)(?:(?:of|di|del|della|dello|de|du|des|von|der)\s|(?:d|dell)'\s*)(?![^]*(?:\s|')(?:of|di|del|della|dello|de|du|des|von|der|d|dell)(?:\s|'))(?:[^\s]+\s+){0,4}$/;

/**
 * "his visit", "la sua visita", "sa visite", "su visita", "seines Besuchs", with at most two words
 * between ("his three-day visit", "seines zweitägigen Besuchs"): the trip of the clause's subject.
 * Spanish "su" is left out: it is "their" and "your" as well, so the subject does not say whose.
 */
const POSSESSIVE_BEFORE = /(?:^|\s)(?:his|her|sua|suo|sa|son|seine[sr]?|seinem|ihre[sr]?|ihrem)\s+(?:[^\s,]+\s+){0,2}$/;

/** Words that open a new clause: "une visite au Mali où il sera accompagné de X" is not X's visit. */
const CLAUSE_WORD = /(?:^|\s)(?:ou|where|dove|wo|donde|che|que|qui|which|who|dont|cui|welche[rsn]?|cuando|quando|when)\s|,/;

export function tripLegs(c: Clause): undefined {
  const { r, seg, folded } = c;
  const copulas = hits(seg, 'copula').filter((h) =>
    c.usable.some((p) => p.start > h.end && p.start - h.end <= 45 && LOCATIVE.test(r.a.folded.slice(Math.max(h.start, p.start - 18), p.start)) && !r.a.folded.slice(h.end, p.start).includes(',')),
  );
  // "will attend the inauguration of X in Mexico City", "nimmt an der Trauerfeier teil": a guest's journey.
  const ceremonies = c.attendHit ? hits(seg, 'ceremony') : [];
  c.travelHits = [...hits(seg, 'travel'), ...hits(seg, 'arrive'), ...hits(seg, 'stay'), ...copulas, ...ceremonies].sort((x, y) => x.start - y.start).filter((h, i, arr) => i === 0 || h.start >= arr[i - 1].end + 1).filter((h) => !TO_OFFICE.test(r.a.folded.slice(h.end, h.end + 24)));
  const usedLeads: Person[] = [];
  for (let ti = 0; ti < c.travelHits.length && !c.denial; ti++) {
    const travelHit = c.travelHits[ti];
    if (c.toldBefore(travelHit.start) && c.travelHits.some((h) => !c.toldBefore(h.start))) continue;
    const windowStart = ti > 0 ? c.travelHits[ti - 1].end : seg.start;
    const windowEnd = ti + 1 < c.travelHits.length ? c.travelHits[ti + 1].start : seg.end;
    const who = legLead(c, travelHit, ti > 0 && usedLeads.length > 0, windowStart, windowEnd);
    if (!who) continue;
    const { lead, named, namedMentions } = who;
    const b = c.base(travelHit.start, true);
    const where = legPlace(c, travelHit, windowEnd);
    let place = where.place;
    // "travel to X for a visit": a second travel word to the same place is the same leg.
    const prevLeg = r.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && x.seg === seg).pop();
    if (ti > 0 && usedLeads.includes(lead) && !named && (!place || !prevLeg?.place || placeKeyOf(prevLeg.place) === placeKeyOf(place))) continue;
    // "Peking und Shanghai besuchen": an itinerary without days is a country-level trip.
    const cities = new Set(c.usable.filter((p) => p.entry.type !== 'country').map((p) => (p.entry.type === 'city' || p.entry.type === 'landmark' ? p.entry.city.name : '')));
    if (!where.destination && cities.size >= 2 && seg.dates.filter((d) => d.range.end > d.range.start).length) place = place ? { city: null, country: place.country } : null;
    // "arrived here to attend the summit": the report's own town.
    if (!place && HERE_AFTER[r.a.lex.lang].test(r.a.folded.slice(travelHit.end, Math.min(windowEnd, travelHit.end + 12)))) place = r.reportTown();
    if (!place && THIS_CITY.test(r.a.folded.slice(travelHit.end, windowEnd))) place = c.cityToldBefore();
    // "BERNA (SVIZZERA) – Mattarella è giunto in Svizzera", "Pompeo cancels Berlin trip ... a trip
    // to Germany": a trip to the country of the report's town is to that town.
    const town = place && !place.city ? r.reportTown() : null;
    if (town && town.country === place!.country) place = town;
    const homeOnly = place && lead.country && place.country === lead.country && !(place.city && r.state.tripCountry === lead.country);
    if (!place) arrivedAtSummit(c);
    if (!place) continue;
    const { date, isRange } = legDays(c, travelHit);
    // A leg takes its day from its own sentence only: "visiterà un centro" later on is not dated by the previous sentence.
    // A trip the lead tells without a day ("effectue une visite d'Etat en France", "est arrivé à
    // Washington") is the news of the day.
    // "The French president later flew to Madrid": a word of sequence goes on in the story's day.
    const legDate = date ?? r.sentenceDate ?? (LATER.test(folded) ? c.fallbackDate : null) ?? r.newsDay(seg, travelHit.start, c.s);
    if (homeOnly) {
      hostTouringWithGuests(c, lead, travelHit, { ...b, date: legDate, place });
      continue;
    }
    const dur = DURATION.exec(folded);
    const duration = dur ? countWord(r.a.lex, dur[1] ?? dur[2] ?? '') : null;
    const durationEnds = !!duration && CLOSING.test(folded);
    c.stopLevelCompanions = c.stopLevelCompanions || !!(seg.dates.length && !isRange && c.companions.length && place.city);
    const travellers = partyOf(c, lead, named, namedMentions);
    const atom: TravelAtom = { kind: 'travel', travellers, isRange, duration, durationEnds, companions: c.stopLevelCompanions ? c.companions : [], ...b, date: legDate, place };
    recordLeg(c, lead, atom);
    // "Kagame, Fonseca and Ramaphosa arrived in Addis Ababa": every coordinated subject makes the
    // same trip, each as the head of a party of their own.
    const coTravellers = named && lead === named ? r.coordinated(namedMentions).filter((p) => p !== lead && !travellers.includes(p) && !(p.country && p.country === place.country)) : [];
    for (const p of coTravellers) r.atoms.push({ ...atom, travellers: [p], companions: [] });
    r.atoms.push(atom);
    usedLeads.push(lead);
    c.subject = c.subject ?? lead;
  }
  return undefined;
}

interface LegLead {
  lead: Person;
  /** the person named right before the travel word, if any */
  named: Person | undefined;
  namedMentions: Clause['people'];
}

/** Who travels: the person named before the word, a travel noun's genitive, a title, a subject after the verb, or the person followed. */
/** `later`: an earlier travel word of the clause already made a leg (its subject is taken). */
function legLead(c: Clause, travelHit: PhraseHit, later: boolean, windowStart: number, windowEnd: number): LegLead | null {
  const { r, seg, people } = c;
  const st = r.state;
  const namedMentions = people.filter((p) => p.end <= travelHit.start && p.start >= windowStart && !c.isOther(p) && c.notCompanion(p));
  const lastNamed = namedMentions[namedMentions.length - 1]?.person;
  // "Joe Biden and his wife Jill arrived": the relative travels with the partner, who leads.
  const named = lastNamed?.partnerOf && namedMentions.some((m) => m.person === lastNamed.partnerOf) ? lastNamed.partnerOf : lastNamed;
  const titled = named ? null : r.titledSubject(seg, windowStart, travelHit.start);
  // "la visita a Roma del presidente X": the traveller follows a travel noun.
  // German compounds end in the noun: "Antrittsbesuch", "Staatsbesuch".
  const isNoun = r.a.lex.tripNouns.some((n) => travelHit.phrase.startsWith(n) || (r.a.lex.lang === 'de' && travelHit.phrase.endsWith(n)));
  // Only someone the report knows in an office or follows: "il primo viaggio di Cristoforo Colombo" is history.
  const genitive = !isNoun ? undefined : people.find((p) => p.start >= travelHit.end && p.start - travelHit.end <= 60 && p.start < windowEnd && GENITIVE_GAP.test(r.a.folded.slice(travelHit.end, p.start)) && !CLAUSE_WORD.test(r.a.folded.slice(travelHit.end, p.start)) && (p.person.gazetteer || !!p.person.role || p.person === st.focus))?.person;
  // "Arrivé à Séoul le 8, Emmanuel Macron sera reçu...": a leading participle's subject follows the comma.
  const participial = travelHit.start - seg.start < 3 ? people.find((p) => p.start > travelHit.end && /,/.test(r.a.folded.slice(travelHit.end, p.start)) && !c.isOther(p))?.person : undefined;
  // "Macron met Ishiba on the second day of his visit", "On his visit to Tokyo, Macron met...":
  // a possessive travel noun is the trip of the clause's subject, before it or after the opening phrase.
  const ownTrip = isNoun && POSSESSIVE_BEFORE.test(r.a.folded.slice(Math.max(windowStart, travelHit.start - 40), travelHit.start)) ? possessorOf(c, travelHit) : undefined;
  // "Am Montag reist Kanzler Merz nach Paris", "È arrivato oggi a Roma il presidente Macron": a
  // subject after the verb, where the language allows it (not English).
  const postverbal = r.a.lex.lang === 'en' ? undefined : r.subjectAfter(seg, travelHit, windowEnd, people, (p) => c.isOther(p));
  // "Merkel sprach beim Besuch von Kurz": the person of a travel noun travels, not the clause's subject.
  const lead = genitive ?? ownTrip ?? named ?? titled ?? c.latterAt(travelHit.start) ?? (!later ? c.subjectBefore(travelHit.start).filter((p) => c.notCompanion(p)).pop()?.person : null) ?? participial ?? postverbal ?? c.prevSubject ?? st.focus;
  return lead ? { lead, named, namedMentions } : null;
}

/** "with" before a person, a title between: "in visita con la cancelliera Merkel", "toured the site with". */
const WITH_BEFORE = new RegExp(`(?:^|\\s)(?:${WITH_WORDS})\\s+(?:[^\\s,]+\\s+){0,4}$`);

/**
 * "Berlusconi era in visita con la cancelliera Angela Merkel tra le rovine di Onna": a host
 * touring home ground with a foreign leader receives a guest. The guest visits the place; the two meet.
 */
function hostTouringWithGuests(c: Clause, host: Person, travelHit: PhraseHit, leg: AtomFrame & { place: PlaceRef }): void {
  const { r } = c;
  const guests = c.people.filter((p) => p.start > travelHit.end && p.person !== host && p.person.country && p.person.country !== leg.place.country && WITH_BEFORE.test(r.a.folded.slice(Math.max(travelHit.end, p.start - 60), p.start)));
  if (!leg.date) return;
  for (const g of guests) {
    r.atoms.push({ kind: 'travel', travellers: [g.person], isRange: false, duration: null, companions: [], ...leg });
    r.atoms.push({ kind: 'meeting', people: [host, g.person], ...leg });
  }
}

function possessorOf(c: Clause, travelHit: PhraseHit): Person | undefined {
  const before = c.subjectBefore(travelHit.start).filter((p) => c.notCompanion(p));
  // "The President of the U.S. Donald Trump cancelled his visit": an office in apposition names the same subject.
  let k = 0;
  while (k + 1 < before.length && before[k + 1].start - before[k].end <= 3) k++;
  const possessor = before.length ? before[k].person : c.people.find((p) => p.start > travelHit.end && /,/.test(c.r.a.folded.slice(travelHit.end, p.start)) && !c.isOther(p))?.person;
  // As with a genitive, only someone the report knows in an office or follows makes a trip of their own.
  return possessor && (possessor.gazetteer || possessor.role || possessor === c.r.state.focus) ? possessor : undefined;
}

/** Where the leg goes: the place after the word, or the one after a place left ("von Berlin nach Prag"). */
function legPlace(c: Clause, travelHit: PhraseHit, windowEnd: number): { place: PlaceRef | null; destination: PlaceRef | null } {
  // German puts the place visited before a verb-final trip noun: "wird Deutschland vom 10. bis 12. Juni einen Staatsbesuch abstatten".
  // "Nach Gesprächen in Ankara reist Baerbock am Mittwoch weiter nach Athen": a place the travel
  // word leads to ("nach", "to", "a") before the next travel word is the stop, even further away
  // than one told before the word.
  const reach = Math.max(40, windowEnd - travelHit.end + 10);
  const place = c.r.placeNear(c.seg, travelHit.end, true, windowEnd - travelHit.end, true) ?? c.r.placeNear(c.seg, travelHit.end, true, reach) ?? (c.r.a.lex.lang === 'de' ? c.r.placeNear(c.seg, travelHit.start, false, 60) : null);
  // "von Berlin nach Prag", "from Rome to Paris", "da Roma a Parigi": the place left is no stop.
  const destination = c.r.destinationAfterSource(c.seg, travelHit.end, windowEnd);
  return { place: destination ?? place, destination };
}

/**
 * Who makes the leg: "Los Reyes han llegado", "the two leaders flew on" (one mention naming
 * several people makes them all travellers); "Es la primera parada de su visita" (the party the
 * report follows, when the lead is of it); relatives named in the clause ("accompanied by his
 * wife Jill", "con la moglie") travel with their partner.
 */
function partyOf(c: Clause, lead: Person, named: Person | undefined, namedMentions: Clause['people']): Person[] {
  const st = c.r.state;
  const leadMention = namedMentions[namedMentions.length - 1];
  const party = named && lead === named && leadMention.person === named ? namedMentions.filter((m) => m.start === leadMention.start).map((m) => m.person) : st.focusParty.includes(lead) ? [...st.focusParty] : [lead];
  return [...party, ...c.people.map((m) => m.person).filter((p, k, all) => p.partnerOf && party.includes(p.partnerOf) && !party.includes(p) && all.indexOf(p) === k)];
}

/** The trip being narrated: its country, the lead's day there, and whom the report follows. */
function recordLeg(c: Clause, lead: Person, atom: TravelAtom): void {
  const st = c.r.state;
  if (atom.place!.country) st.tripCountry = atom.place!.country;
  const legDate = atom.date;
  if (legDate && +legDate.start === +legDate.end) st.tripDay.set(lead, legDate);
  else if (legDate) st.tripDay.delete(lead);
  st.focus = lead;
  st.focusParty = atom.travellers;
}

/**
 * "A la cita llegaron el presidente de Guatemala, X, el de Honduras, Y", "Plusieurs chefs d'Etat
 * ont fait le déplacement : A, B, C": people arriving without a place of their own while a summit
 * is told arrive for it, and attend it. Only on the summit's days.
 */
function arrivedAtSummit(c: Clause): void {
  const { r, seg, s } = c;
  const summit = r.state.summit;
  if (!summit?.date || s.paragraph > r.state.summitParagraph + 1) return;
  const { start, end } = summit.date;
  if (seg.dates.some((d) => d.mention.kind !== 'anaphor' && (d.range.end < start || d.range.start > end))) return;
  const arriving = r.named(c.people.filter((p) => c.notCompanion(p) && !c.isOther(p))).map((p) => p.person);
  for (const p of arriving) if (!summit.attendees.includes(p)) summit.attendees.push(p);
  if (arriving.length) {
    summit.declared = true;
    r.addEvidence(summit, seg);
  }
}
