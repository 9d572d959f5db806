/**
 * People a report names by office or as a pair, resolved in the article: "the Japanese prime
 * minister", "il presidente francese", "der russische Präsident" (the office holder on the
 * publication day), "his Japanese counterpart" (the same office as the person before it, in the
 * other country), and "the two leaders", "les deux hommes", "i due leader", "die beiden Politiker",
 * "ambos mandatarios" (the last two people named).
 */
import type { Token } from '../text/tokenize';
import { countryOfAdjective, countryOfGenitive, countryOfName } from '../places/place-index';
import type { PlaceMention } from '../places/find-places';
import { consortAt, officeHolderAt } from './office-history/office-at';
import type { OfficeHolder } from './office-history/office-holder';
import { CLASS_OF_OFFICE, OFFICE_OF_CLASS, roleClasses, type RoleClass } from './role-classes';
import type { Person, PersonMention } from './find-people';
import { isGivenName } from './given-names';

const COUNTERPART = /^(?:counterpart|omolog[oa]|homologue|homolog[oa]|amtskolleg(?:e|in|en)?|kolleg(?:e|in|en)?|collega)$/;
/** Titles that are singular offices; plurals ("leaders", "ministri") name groups. */
const SINGLE_TITLE = /^(?:pope|pape|papst|papa|pontefice|chef|capo|jefe|jefa|president[ea]?|prasident(?:in|en)?|prime|premier|premiere|primo|prima|primer|primera|minister|ministre|ministro|ministra|ministerin|chancellor|cancelliere|cancelliera|chancelier|chanceliere|kanzler(?:in|s)?|canciller|cancillera|king|queen|re|regina|roi|reine|rey|reina|konig|konigin|emir|secretary|segretario|secretaire|secretario|taoiseach|\S*(?:ministers?|ministerin|prasident|prasidentin|kanzlers?|kanzlerin))$/;
/** Words that continue an office's title: "prime minister", "ministro degli Esteri", "ministre des Affaires étrangères". */
const ROLE_WORD = /^(?:minister|ministre|ministro|ministra|ministerin|secretary|secretaire|segretario|secretario|of|for|the|degli|dell|della|dello|del|de|des|du|la|of|foreign|affairs|esteri|exteriores|affaires|etrangeres|defence|defense|difesa|defensa|armees|state|stato|etat|estado|government|governo|gouvernement|gobierno|consiglio|conseil|diplomatie|diplomazia|diplomacia|diplomacy|'|d|l)$/;
const PAIR = /(?:^|\s)(?:the two (?:men|leaders|presidents|prime ministers|ministers|heads of state|sides)|both (?:leaders|men|presidents)|les deux (?:hommes|dirigeants|chefs d'etat|presidents|ministres|responsables)|les deux(?= (?:se|s'|ont|avaient) )|i due (?:leader|presidenti|premier|capi di stato|ministri)|i due(?= si )|entrambi i leader|die beiden (?:politiker|staatschefs|prasidenten|regierungschefs|minister|spitzenpolitiker)|die beiden(?= (?:hatten|haben|trafen|sind|waren|werden) )|beide (?:politiker|staatschefs)|(?:los dos|ambos) (?:mandatarios|presidentes|lideres|jefes de estado|cancilleres|ministros))(?=\s|[,.;:]|$)/g;

/** Words after which a clause (and its subject) begins. */
const CLAUSE_OPENER = /^(?:[,;:]|that|says|said|say|and|but|while|when|where|que|qu|et|mais|quand|ou|lorsque|che|e|ma|mentre|quando|dove|dass|und|aber|als|wahrend|wo|y|pero|cuando|donde|mientras)$/;

export interface ReferenceContext {
  /** ISO publication day, or null: offices without a day are not resolved */
  day: string | null;
  /** the people of the last sentence that named any: "the two men" are its two, or nobody */
  lastNamed: Person[];
  personForHolder(holder: OfficeHolder): Person | null;
  /** a person outside the gazetteer, by the full name the article implies */
  namedPerson(name: string, country: string | null): Person;
  /** the article's language: "los Reyes" in a Spanish report are Spain's */
  lang: string;
}

/** Punctuation and conjunctions: "der Kanzler und der russische Präsident" are two people. */
const WINDOW_END = /^(?:[,;:()."«»“”]|and|und|et|e|ed|y|sowie|or|oder|ou|o)$/;

/** The token range [a, b) around a title, within its phrase. */
function windowAround(tokens: Token[], i: number, before: number, after: number): [number, number] {
  let a = i;
  while (a > 0 && i - a < before && !WINDOW_END.test(tokens[a - 1].key)) a--;
  let b = i + 1;
  while (b < tokens.length && b - i <= after && !WINDOW_END.test(tokens[b].key)) b++;
  return [a, b];
}

/** Words that may stand between a title and the name in apposition to it. */
const TITLE_PART = /^(?:[,:()]|the|il|lo|la|le|l|el|der|die|das|des|del|della|dello|di|de|du|d|of|von|ministro|ministre|minister|ministra|ministerin|premier|prime|primo|primer|primera|prima|general|generale|repubblica|republique|republica|republic|consiglio|conseil|gobierno|governo|gouvernement|government|stato|state|etat|estado|federal|federale|foreign|affairs|esteri|exteriores|affaires|etrangeres|defence|defense|difesa|defensa|armees|secretary|segretario|secretaire|secretario|ceo|elect|elu|elue|electo|electa|eletto|eletta|gewahlte|gewahlter|designate|designato|designata|designado|designada|outgoing|sortant|sortante|uscente|saliente|scheidende|scheidender|acting|interim|interino|interina|ad)$/;

const POPE = /^(?:pope|pape|papst|papa|pontefice)$/;

/** Words before a title that make it someone other than the office's holder on the day. */
const NOT_THE_HOLDER = /^(?:vice|deputy|former|ex|late|ancien|ancienne|ehemalige[rn]?|fruhere[rn]?|ex-|expresidente|vize|stellvertretende[rn]?)$/;

/** Titles of one country's own offices, read in its language without a nationality. */
const HOME_TITLE: Record<string, [RegExp, string]> = {
  // Not "il Presidente del Consiglio di Stato del Canton Ticino", "del Consiglio europeo", "del Gobierno vasco",
  // "della Repubblica ceca", "el rey de Marruecos".
  it: [/^(?:presidente del consiglio|presidente della repubblica|capo dello stato)(?!\s+(?:di|d|dei|del|della|delle|degli|europeo|regionale|comunale|provinciale|federale|nazionale|supremo))(?:\s|$)/, 'IT'],
  es: [/^(?:presidente del gobierno(?!\s+(?:de|del|regional|vasco|autonomico|canario|central))|rey(?!\s+(?:de|del|emerito|saudi|marroqui|belga|britanico|holandes|jordano|noruego|sueco|danes))|reina(?!\s+(?:de|del|emerita|madre|consorte)))(?:\s|$)/, 'ES'],
  // Not "le président de la République tchèque", "du Congo", "centrafricaine", "islamique d'Iran".
  fr: [/^president de la republique(?!\s+(?:de|du|des|d|tcheque|centrafricaine|dominicaine|islamique|populaire|arabe|federale|democratique|gabonaise|slovaque|italienne|togolaise|guineenne|malienne|senegalaise|ivoirienne))(?:\s|$)/, 'FR'],
};

/** "of" before a country: "the president of France", "i presidenti di Francia", "il presidente della Francia", "de la France" */
const OF = /^(?:of|de|di|del|della|dei|degli|des|du|von|der|d|la)$/;

function officeReferences(tokens: Token[], mentions: PersonMention[], ctx: ReferenceContext): PersonMention[] {
  const out: PersonMention[] = [];
  if (!ctx.day) return out;
  const taken = (k: number) => mentions.some((m) => k >= m.tokenStart && k < m.tokenEnd);
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i].key;
    const counterpart = COUNTERPART.test(key);
    if ((!counterpart && !SINGLE_TITLE.test(key)) || taken(i)) continue;
    // "the Vice President", "the former French president", "l'ancien président": not the holder of the day.
    if (NOT_THE_HOLDER.test(tokens[i - 1]?.key ?? '') || NOT_THE_HOLDER.test(tokens[i - 2]?.key ?? '')) continue;
    const [a, b] = windowAround(tokens, i, 3, 4);
    // An apposition names the person itself: "the French president, Emmanuel Macron", with only
    // the title's own words between ("il presidente del Consiglio riceverà giovedì X" is no apposition).
    if (mentions.some((m) => m.start >= tokens[i].start && m.start - tokens[b - 1].end <= 3 && tokens.slice(i + 1, m.tokenStart).every((t) => TITLE_PART.test(t.key) || SINGLE_TITLE.test(t.key) || !!countryOfAdjective(t.key) || !!countryOfName(t.key)))) continue;
    let nation: string | null = null;
    let nationAt = -1;
    for (let k = a; k < b && !nation; k++) {
      nation = taken(k) ? null : countryOfAdjective(tokens[k].key) ?? (k > i && OF.test(tokens[k - 1].key) ? countryOfName(tokens[k].key) : null) ?? (k === i + 1 ? countryOfGenitive(tokens[k].key) : null);
      nationAt = k;
    }
    // "il presidente del Consiglio", "el presidente del Gobierno": titles only one country uses, in its own language.
    if (!nation && !counterpart) {
      const home = HOME_TITLE[ctx.lang];
      if (home && home[0].test(tokens.slice(i, Math.min(tokens.length, i + 4)).map((t) => t.key).join(' '))) {
        nation = home[1];
        nationAt = i;
      }
    }
    // "the Pope", "il Papa", "le pape", "der Papst": the Holy See's, whatever the article's language.
    if (!nation && POPE.test(key) && (key !== 'papa' || tokens[i].cap)) {
      nation = 'VA';
      nationAt = i;
    }
    if (!nation) continue;
    // The office is read from the title and its own role words only, not the rest of the clause.
    let last = Math.max(i, nationAt);
    while (last + 1 < tokens.length && ROLE_WORD.test(tokens[last + 1].key) && last + 1 - i < 5) last++;
    if (nationAt === last + 1) last++;
    const first = Math.min(i, nationAt);
    let cls: RoleClass | undefined = [...roleClasses(tokens.slice(first, last + 1).map((t) => t.key).join(' '))][0];
    if (counterpart) {
      // "his Japanese counterpart": the office of the person the clause is about.
      // The person before it, named or just read from an office ("le chef de la diplomatie française ... son homologue").
      const about = [...mentions, ...out].filter((m) => m.end <= tokens[i].start).sort((x, y) => x.end - y.end).pop()?.person ?? ctx.lastNamed[ctx.lastNamed.length - 1];
      cls = about?.office ? CLASS_OF_OFFICE[about.office] : cls;
      if (about?.country === nation) continue;
    }
    if (!cls) continue;
    const holder = officeHolderAt(OFFICE_OF_CLASS[cls], nation, ctx.day);
    const person = holder ? ctx.personForHolder(holder) : null;
    if (!person) continue;
    // The mention covers the title, its role words and the nationality, nothing of the clause around.
    out.push({ person, start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1 });
    i = last;
  }
  return out;
}

/** A phrase's matches in the sentence, each as its text span and first and last token. */
function* phraseMatches(tokens: Token[], folded: string, re: RegExp): Generator<{ start: number; end: number; first: number; last: number }> {
  if (!tokens.length) return;
  const from = tokens[0].start;
  const body = folded.slice(from, tokens[tokens.length - 1].end);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = from + m.index + (m[0].startsWith(' ') ? 1 : 0);
    const end = from + m.index + m[0].length;
    const first = tokens.findIndex((t) => t.start >= start);
    const last = tokens.findIndex((t) => t.end >= end);
    if (first >= 0 && last >= 0) yield { start, end, first, last };
  }
}

function pairReferences(tokens: Token[], folded: string, mentions: PersonMention[], ctx: ReferenceContext): PersonMention[] {
  const out: PersonMention[] = [];
  for (const { start, end, first, last } of phraseMatches(tokens, folded, PAIR)) {
    // Only as the subject that opens a clause ("The two men spoke by phone", "the office says the
    // two men met", ", and both leaders agreed"): as an object ("hosted the two men") it points to
    // any pair met earlier, which recency cannot tell.
    if (first > 4 && !CLAUSE_OPENER.test(tokens[first - 1].key)) continue;
    // The pair is the two people named just before: earlier in this sentence, else the last sentence naming anyone.
    const here = [...new Set(mentions.filter((x) => x.end <= start && !x.person.speaker).map((x) => x.person))];
    const distinct = here.length ? here : [...new Set(ctx.lastNamed)];
    if (distinct.length !== 2) continue;
    for (const person of distinct) out.push({ person, start, end, tokenStart: first, tokenEnd: last + 1, pair: true });
  }
  return out;
}

/** Plural titles followed by the countries they are of: "the presidents of Argentina, Paraguay and Uruguay". */
const PLURAL_TITLE = new Map<string, RoleClass>([
  ['presidents', 'state'], ['presidenti', 'state'], ['presidentes', 'state'], ['prasidenten', 'state'],
  ['premiers', 'government'], ['cancilleres', 'foreign'], ['regierungschefs', 'government'], ['staatschefs', 'state'],
]);
const LIST_JOINER = /^(?:,|and|e|ed|et|und|y|sowie|de|di|del|du|des|von|der|d|l|la|le|el|the|')$/;

/**
 * "Los presidentes de Argentina, Paraguay, Uruguay y Venezuela", "i presidenti di Francia e
 * Germania": each country's office holder on the publication day, unless the text names them.
 */
function pluralOfficeReferences(tokens: Token[], mentions: PersonMention[], places: PlaceMention[], ctx: ReferenceContext): PersonMention[] {
  const out: PersonMention[] = [];
  if (!ctx.day) return out;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const cls = PLURAL_TITLE.get(tokens[i].key);
    // "die Regierungschefs Deutschlands, Italiens und Spaniens": German genitives need no "of".
    const genitive = !!cls && !!countryOfGenitive(tokens[i + 1].key);
    if (!cls || (!OF.test(tokens[i + 1].key) && !genitive)) continue;
    const listed: { code: string; start: number; end: number }[] = [];
    let k = genitive ? i + 1 : i + 2;
    while (k < tokens.length) {
      while (k < tokens.length && LIST_JOINER.test(tokens[k].key) && !tokens[k].cap) k++;
      const country = places.find((p) => p.tokenStart === k && p.entry.type === 'country');
      const code = country?.entry.type === 'country' ? country.entry.country.code : genitive && k < tokens.length ? countryOfGenitive(tokens[k].key) : null;
      if (!code) break;
      listed.push({ code, start: k, end: country ? country.tokenEnd : k + 1 });
      k = listed[listed.length - 1].end;
    }
    // "de Bolivia, Evo Morales": the text names the holder itself; "de España y Francia, Pedro
    // Sánchez y Emmanuel Macron": an apposition after the list names them all.
    const namedAfter = (end: number) => mentions.some((m) => m.tokenStart >= end && m.tokenStart <= end + 1);
    if (listed.length > 1 && namedAfter(listed[listed.length - 1].end)) continue;
    for (const { code, start, end } of listed) {
      const holder = namedAfter(end) ? null : officeHolderAt(OFFICE_OF_CLASS[cls], code, ctx.day);
      const person = holder ? ctx.personForHolder(holder) : null;
      if (person) out.push({ person, start: tokens[start].start, end: tokens[end - 1].end, tokenStart: start, tokenEnd: end });
    }
  }
  return out;
}

/** Plural counterparts: "his counterparts", "ses homologues", "i suoi omologhi", "sus homólogos", "seine Amtskollegen". */
const PLURAL_COUNTERPART = /^(?:counterparts|omologhi|omologhe|homologues|homologos|homologas|amtskollegen|kollegen|colleghi|collegues)$/;
/** The word before the countries of plural counterparts: "from", "aus", "da", "de", "of". */
const FROM = /^(?:from|of|aus|von|da|dal|dalla|dallo|dai|di|del|della|de|des|du|d)$/;

/** The office of the person a clause is about, for their counterparts: from the gazetteer, else from the role's words. */
function officeClassOf(p: Person | undefined): RoleClass | undefined {
  if (!p) return undefined;
  const known = p.office ? CLASS_OF_OFFICE[p.office] : undefined;
  return known ?? [...roleClasses((p.role ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))][0];
}

/**
 * "seine Amtskollegen aus Tschechien, der Slowakei und Ungarn", "his counterparts from France and
 * Italy", "ses homologues tchèque, slovaque et hongrois", "i suoi omologhi di Francia e Germania":
 * each country's holder of the office of the person the clause is about, on the publication day.
 */
function pluralCounterpartReferences(tokens: Token[], mentions: PersonMention[], places: PlaceMention[], ctx: ReferenceContext): PersonMention[] {
  const out: PersonMention[] = [];
  if (!ctx.day) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!PLURAL_COUNTERPART.test(tokens[i].key)) continue;
    const about = [...mentions].reverse().find((m) => m.end <= tokens[i].start)?.person ?? ctx.lastNamed[ctx.lastNamed.length - 1];
    const cls = officeClassOf(about);
    if (!cls) continue;
    const countries: Array<{ code: string; first: number; end: number }> = [];
    // Adjectives before the noun ("seinen tschechischen und slowakischen Amtskollegen") or after it ("ses homologues tchèque et slovaque").
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      if (LIST_JOINER.test(tokens[k].key)) continue;
      const code = countryOfAdjective(tokens[k].key);
      if (!code) break;
      countries.push({ code, first: k, end: k + 1 });
    }
    let k = i + 1;
    if (k < tokens.length && FROM.test(tokens[k].key)) k++;
    while (k < tokens.length) {
      while (k < tokens.length && LIST_JOINER.test(tokens[k].key) && !tokens[k].cap) k++;
      if (k >= tokens.length) break;
      const country = places.find((p) => p.tokenStart === k && p.entry.type === 'country');
      const code = country?.entry.type === 'country' ? country.entry.country.code : countryOfAdjective(tokens[k].key);
      if (!code) break;
      const end = country ? country.tokenEnd : k + 1;
      countries.push({ code, first: k, end });
      k = end;
    }
    for (const { code, first, end } of countries) {
      if (code === about?.country) continue;
      // "de Bolivia, Evo Morales": the text names the holder itself.
      if (mentions.some((m) => m.tokenStart >= end && m.tokenStart <= end + 1)) continue;
      const holder = officeHolderAt(OFFICE_OF_CLASS[cls], code, ctx.day);
      const person = holder ? ctx.personForHolder(holder) : null;
      if (person) out.push({ person, start: tokens[first].start, end: tokens[end - 1].end, tokenStart: first, tokenEnd: end });
    }
  }
  return out;
}

/** "Los Reyes", "the King and Queen", "das Kaiserpaar": a reigning monarch and consort. */
const ROYAL_COUPLE = /(?:^|\s)(?:los reyes|los monarcas|i reali|i sovrani|la coppia (?:reale|imperiale)|gli imperatori|le couple (?:royal|imperial)|les souverains|le roi et la reine|l'empereur et l'imperatrice|(?:konigs|kaiser)paar(?:es|s)?|der konig und die konigin|der kaiser und die kaiserin|the (?:king and queen|royal couple|emperor and empress|imperial couple))(?=\s|[,.;:]|$)/g;
/** The monarchy a couple phrase means when it names no country: an empire is Japan's; a report's own. */
const HOME_MONARCHY: Record<string, string> = { es: 'ES' };

function royalCoupleReferences(tokens: Token[], folded: string, places: PlaceMention[], ctx: ReferenceContext, lang: string): PersonMention[] {
  if (!ctx.day) return [];
  const out: PersonMention[] = [];
  for (const { start, end, first, last } of phraseMatches(tokens, folded, ROYAL_COUPLE)) {
    // "los Reyes de España", "the King and Queen of Sweden", "das japanische Kaiserpaar".
    const after = places.find((p) => p.entry.type === 'country' && p.tokenStart > last && p.tokenStart <= last + 2);
    const adjective = [tokens[first - 1], ...tokens.slice(first, last + 1), tokens[last + 1]].map((t) => (t ? countryOfAdjective(t.key) : null)).find(Boolean);
    const country = (after?.entry.type === 'country' ? after.entry.country.code : null) ?? adjective ?? (/kaiser|imperial|emper|imperator/.test(folded.slice(start, end)) ? 'JP' : HOME_MONARCHY[lang]);
    if (!country) continue;
    const monarch = officeHolderAt('head-of-state', country, ctx.day);
    const consort = consortAt(country, ctx.day);
    if (!monarch || !consort) continue;
    // "los reyes Juan Carlos y Sofía": the names that follow are the couple's, not a city's.
    const consortKey = consort.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(' ')[0];
    const named = tokens.slice(last + 1, last + 7).findIndex((t) => t.key === consortKey);
    const to = named >= 0 ? last + 1 + named : last;
    for (const holder of [monarch, consort]) {
      const person = ctx.personForHolder(holder);
      if (person) out.push({ person, start, end: tokens[to].end, tokenStart: first, tokenEnd: to + 1 });
    }
  }
  return out;
}

/** Nouns of close family before a given name alone: "wife Laureen", "la figlia Laura", "seiner Frau Eva". */
const KIN = /^(?:wife|husband|daughter|son|moglie|consorte|marito|figlia|figlio|epouse|femme|mari|epoux|fille|fils|esposa|mujer|esposo|marido|hija|hijo|frau|ehefrau|gattin|mann|ehemann|tochter|sohn|partner|partnerin|lebensgefahrtin|lebensgefahrte|compagna|compagno|compagne|compagnon|companera|companero|pareja)$/;
/** German capitalises nouns: "Frau Eva" is a family member only after a possessive or an article. */
const GERMAN_KIN_DETERMINER = /^(?:seiner|seine|seinem|seines|ihrem|ihr|ihre|ihrer|ihres|der|die|dem|des)$/;

/**
 * "Köhler kommt in Begleitung seiner Frau Eva", "Harper and wife Laureen", "accompagnato dalla
 * figlia Laura": the relative's given name with the surname of the person the clause is about.
 */
function spouseReferences(tokens: Token[], text: string, mentions: PersonMention[], ctx: ReferenceContext): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    const kin = tokens[i - 1];
    if (!t.cap || !isGivenName(t.key) || tokens[i + 1]?.cap || !KIN.test(kin.key)) continue;
    if (ctx.lang === 'de' ? !GERMAN_KIN_DETERMINER.test(tokens[i - 2].key) : kin.cap) continue;
    if (mentions.some((m) => m.tokenStart <= i && m.tokenEnd > i)) continue;
    const partner = [...mentions].reverse().find((m) => m.end <= tokens[i - 2].start)?.person ?? ctx.lastNamed[ctx.lastNamed.length - 1];
    const surname = partner?.name.split(/\s+/).pop();
    if (!partner || !surname || partner.name.split(/\s+/).length < 2) continue;
    const person = ctx.namedPerson(`${text.slice(t.start, t.end)} ${surname}`, partner.country);
    person.partnerOf ??= partner;
    out.push({ person, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
  }
  return out;
}

/** Mentions by office and by pair in one sentence (its places given), beside the names already found in it. */
export function findReferences(tokens: Token[], text: string, folded: string, mentions: PersonMention[], places: PlaceMention[], ctx: ReferenceContext): PersonMention[] {
  const extra = [
    ...officeReferences(tokens, mentions, ctx),
    ...pluralOfficeReferences(tokens, mentions, places, ctx),
    ...pluralCounterpartReferences(tokens, mentions, places, ctx),
    ...pairReferences(tokens, folded, mentions, ctx),
    ...royalCoupleReferences(tokens, folded, places, ctx, ctx.lang),
    ...spouseReferences(tokens, text, mentions, ctx),
  ];
  return extra.length ? [...mentions, ...extra].sort((x, y) => x.start - y.start) : mentions;
}
