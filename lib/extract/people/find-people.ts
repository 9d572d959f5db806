/**
 * People in the text: gazetteer names first (any spelling), then names introduced by a title
 * ("il Segretario di Stato, Marco Rubio", "Bundesaußenminister Heiko Maas") or an honorific
 * ("Ms Cooper"), then bare surnames resolved to the full names found anywhere in the text.
 */
import type { Token } from '../text/tokenize';
import { matchTokens } from '../text/match-tokens';
import { closeSpelling, entryAsOf, spellingVariantOf, surnameVariantOf, type GazetteerEntry, type GazetteerIndex } from './gazetteer';
import { holderBySurname, termCovers } from './office-history/office-at';
import { OFFICE_OF_CLASS, roleClasses } from './role-classes';
import { foldKey } from '../text/fold-text';
import type { OfficeKind } from './office-history';
import { countryOfAdjective, countryOfGenitive, splitKey } from '../places/place-index';
import { isGivenName } from './given-names';
import { TITLE_WORDS, TITLE_SUFFIXES, SPEAKER_TITLES, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS } from './title-words';

export interface Person {
  id: number;
  name: string;
  role: string | null;
  organization: string | null;
  country: string | null;
  /** folded tokens a later surname-only mention may use */
  keys: Set<string>;
  gazetteer: boolean;
  /** the kind of office held on the publication day, when the office history knows it */
  office: OfficeKind | null;
  /** a spokesperson or commentator: never a participant */
  speaker: boolean;
  /** the person this one is the spouse or relative of ("his wife Jill"): they travel together */
  partnerOf?: Person;
}

export interface PersonMention {
  person: Person;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** named as one of a pair ("the two leaders"): the two were together */
  pair?: true;
}

export interface SentenceTokens {
  tokens: Token[];
  /** token indexes already taken by places */
  blocked: Set<number>;
}

/** German articles: a capitalised run after one is a noun phrase, not a name */
const GERMAN_ARTICLE = /^(?:der|des|dem|den|die|das|eines|einer|einem|einen)$/;
const ROMAN = /^(?:[IVX]{1,5})\.?$/;
/**
 * German capitalises nouns and the adjectives of proper names, so a title may be followed by
 * "der Arabischen Liga" or "des Vorsitzenden": words with these endings are not a name unless a
 * given name leads them.
 */
const GERMAN_NOUN_ENDING = /(?:ung|ungen|schaft|heit|keit|isch|ische|ischen|ischer|lich|liche|lichen|licher|ismus|tion|itat|enden|ierte|ierten|sten)$/;

/** Words that go on a Maghreb name after "Ould" even where they are titles elsewhere ("Cheikh"). */
const OULD_CHAIN = /^(?:ould|cheikh|abdel)$/;

const titleCache = new Map<string, boolean>();

function isTitleToken(t: Token): boolean {
  const k = t.key;
  let v = titleCache.get(k);
  if (v === undefined) {
    v = TITLE_WORDS.has(k) || (k.length > 6 && TITLE_SUFFIXES.some((s) => k.endsWith(s)));
    if (titleCache.size > 20000) titleCache.clear();
    titleCache.set(k, v);
  }
  return v;
}

function isNameToken(t: Token, extraStop?: Set<string>): boolean {
  if (!t.cap || t.num) return false;
  if (NOT_NAME_WORDS.has(t.key) || (extraStop && extraStop.has(t.key))) return false;
  // "Mr", "Mme", "Herr" introduce a name and are no part of it.
  if (isTitleToken(t) || HONORIFICS.has(t.key)) return false;
  // "der Präsident Frankreichs": a country's genitive, not a surname.
  if (countryOfGenitive(t.key)) return false;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t.text);
}

export class PeopleFinder {
  persons: Person[] = [];
  private byKey = new Map<string, Person>();

  constructor(
    private gazetteer: GazetteerIndex,
    private stopWords: Set<string>,
    private lang: string,
    /** the publication day (ISO): offices are those held that day */
    private day: string | null = null,
  ) {}

  private personFor(name: string, known: GazetteerEntry | null, role: string | null, title: string | null): Person {
    const entry = known ?? this.variantOf(name);
    const key = entry ? 'g:' + entry.name : 'n:' + name.toLowerCase();
    let p = this.byKey.get(key);
    if (!p) {
      const office = entry ? entryAsOf(entry, this.day) : null;
      p = {
        id: this.persons.length,
        // A known person keeps the gazetteer's spelling unless the text gives a fuller form of it.
        name: entry && !(name.length > entry.name.length && name.startsWith(entry.name)) ? entry.name : name,
        role: office?.role ?? role,
        organization: office?.organization ?? null,
        country: office?.country ?? null,
        keys: new Set(),
        gazetteer: !!entry,
        office: office?.office ?? null,
        speaker: false,
      };
      const nameForms = entry ? [entry.name, ...entry.aliases] : [name];
      for (const form of nameForms)
        for (const part of form.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[\s]+/)) {
          const k = part.replace(/\.$/, '');
          if (k.length >= 3 && !NAME_PARTICLES.has(k) && !ROMAN.test(part.toUpperCase())) p.keys.add(k);
        }
      this.persons.push(p);
      this.byKey.set(key, p);
    }
    if (title && SPEAKER_TITLES.some((s) => title.endsWith(s))) p.speaker = true;
    if (!p.role && role) p.role = role;
    return p;
  }

  /** "Präsident Selenskij" after "Selenskyj": a titled surname spelt a letter or two apart from a known one. */
  private surnameVariant(t: Token): Person | null {
    if (t.key.length < 6) return null;
    const inArticle = this.persons.filter((p) => [...p.keys].some((k) => k !== t.key && k.length >= 6 && closeSpelling(k, t.key)));
    if (inArticle.length === 1) return inArticle[0];
    if (inArticle.length > 1) return null;
    let entry = this.variants.get(t.key);
    if (entry === undefined) this.variants.set(t.key, (entry = surnameVariantOf(this.gazetteer, t.key)));
    return entry ? this.personFor(entry.name, entry, null, null) : null;
  }

  // A name is looked up once per article however often it is mentioned.
  private variants = new Map<string, GazetteerEntry | null>();
  private variantOf(name: string): GazetteerEntry | null {
    let entry = this.variants.get(name);
    if (entry === undefined) this.variants.set(name, (entry = spellingVariantOf(this.gazetteer, name)));
    return entry;
  }

  /** First pass over one sentence: gazetteer names and titled names. */
  findInSentence(st: SentenceTokens, text: string): PersonMention[] {
    const { tokens, blocked } = st;
    const out: PersonMention[] = [];
    const used = new Set<number>();
    // Gazetteer, longest alias first; multi-token aliases beat places ("Israel Katz").
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const cands = this.gazetteer.byFirst.get(t.key);
      if (!cands) continue;
      for (const c of this.byDate(cands)) {
        const end = matchTokens(tokens, i, c.tokens);
        if (end < 0) continue;
        // Bare surnames wait for the second pass: a full name in the text wins ("Wong").
        if (c.tokens.length === 1) continue;
        if (!tokens[i].cap && !NAME_PARTICLES.has(tokens[i].key) && !/^(?:al|el|bin|ben)-/.test(tokens[i].key)) continue;
        if (!/\p{Lu}/u.test(text.slice(t.start, tokens[end - 1].end))) continue;
        // A lone first name of a longer alias ("Mark" Rutte) is not a match: require the full alias.
        let stop = end;
        // Regnal numbers and second surnames: "Felipe VI", "Claudia Sheinbaum Pardo".
        while (stop < tokens.length && stop - end < 2 && tokens[stop].cap && !blocked.has(stop) && isNameToken(tokens[stop], this.stopWords) && tokens[stop].start - tokens[stop - 1].end <= 1 && (c.tokens.length >= 2 || ROMAN.test(tokens[stop].text))) stop++;
        // "Alicia Bárcena Ibarra": the text's fuller form of a known name is the name (FORMAT.md, convention 3).
        const fuller = stop > end && !tokens.slice(end, stop).some((x) => ROMAN.test(x.text)) ? joinName(text, tokens, i, stop) : c.entry.name;
        const p = this.personFor(fuller, c.entry, null, null);
        out.push({ person: p, start: t.start, end: tokens[stop - 1].end, tokenStart: i, tokenEnd: stop });
        for (let k = i; k < stop; k++) used.add(k);
        i = stop - 1;
        break;
      }
    }
    // Titled names.
    for (let i = 0; i < tokens.length; i++) {
      if (!isTitleToken(tokens[i])) continue;
      const titleKey = tokens[i].key;
      const found = this.nameAfterTitle(tokens, i, used, blocked);
      if (!found) continue;
      const [a, b] = found;
      if (this.joinKnownAfter(out, tokens, text, a, b)) {
        for (let k = a; k < b; k++) used.add(k);
        i = b - 1;
        continue;
      }
      const name = joinName(text, tokens, a, b);
      const role = roleText(text, tokens, i, a);
      const known = b - a === 1 ? this.knownSingle(tokens[a]) ?? this.gazetteerSurname(tokens[a]) ?? this.holderOfTitle(tokens[a], role) ?? this.surnameVariant(tokens[a]) : null;
      const p = known ?? this.personFor(name, null, role, titleKey);
      if (!p.country && !p.organization) p.country = countryNear(tokens, i, a);
      out.push({ person: p, start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b });
      for (let k = a; k < b; k++) used.add(k);
      i = b - 1;
    }
    // Full names led by a given name anywhere in the sentence: "Alain Berset", "Gerhard Schröder".
    for (const [a, b] of this.givenNameRuns(tokens, used, blocked)) {
      if (this.joinKnownAfter(out, tokens, text, a, b)) {
        for (let k = a; k < b; k++) used.add(k);
        continue;
      }
      const p = this.personFor(joinName(text, tokens, a, b), null, null, null);
      if (!p.country && !p.organization) p.country = countryNear(tokens, a, a);
      out.push({ person: p, start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b });
      for (let k = a; k < b; k++) used.add(k);
    }
    // Honorifics: "Ms Cooper", "M. Barrot", "Herr Müller".
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!HONORIFICS.has(tokens[i].key) || !tokens[i].cap) continue;
      let b = i + 1;
      while (b < tokens.length && b - i <= 3 && !used.has(b) && !blocked.has(b) && isNameToken(tokens[b], this.stopWords)) b++;
      if (b === i + 1) continue;
      const name = joinName(text, tokens, i + 1, b);
      if (b - i - 1 >= 2) {
        const p = this.personFor(name, null, null, null);
        out.push({ person: p, start: tokens[i + 1].start, end: tokens[b - 1].end, tokenStart: i + 1, tokenEnd: b });
      } else {
        // A surname alone ("M. Barrot"): the second pass resolves it against full names.
        this.pendingSurnames.push({ tokens, index: i + 1 });
        continue;
      }
      for (let k = i + 1; k < b; k++) used.add(k);
    }
    for (const [a, b] of this.listedAfter(tokens, out, used, blocked)) {
      const p = this.personFor(joinName(text, tokens, a, b), null, null, null);
      out.push({ person: p, start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b });
      for (let k = a; k < b; k++) used.add(k);
    }
    this.usedBySentence.set(tokens, used);
    return out.sort((x, y) => x.start - y.start);
  }

  /**
   * "Brice Clotaire Oligui Nguema" where the gazetteer knows "Oligui Nguema": a run of name words
   * right before a known person's name is the start of that name, which the text gives in full.
   */
  private joinKnownAfter(out: PersonMention[], tokens: Token[], text: string, a: number, b: number): boolean {
    const known = out.find((m) => m.tokenStart === b && m.person.gazetteer);
    if (!known || tokens[b].start - tokens[b - 1].end > 1) return false;
    // Only name words: "U.S. Donald Trump", "Kenyan Uhuru Kenyatta" are a country and a name.
    if (tokens.slice(a, b).some((t) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(t.text) || countryOfAdjective(t.key))) return false;
    known.start = tokens[a].start;
    known.tokenStart = a;
    const full = joinName(text, tokens, a, known.tokenEnd);
    const have = splitKey(known.person.name);
    const fuller = splitKey(full);
    if (fuller.length > have.length && have.every((k) => fuller.includes(k))) known.person.name = full;
    return true;
  }

  /**
   * Names listed after a person: "Urmas Paet (Estland), Edgars Rinkēvičs (Lettland) und Audronius
   * Ažubalis (Litauen)", "A, B and C": after a comma or a conjunction, a run of two or three name
   * words continues the list, however unusual the names.
   */
  private listedAfter(tokens: Token[], found: PersonMention[], used: Set<number>, blocked: Set<number>): Array<[number, number]> {
    const runs: Array<[number, number]> = [];
    const isName = (k: number) => k < tokens.length && !used.has(k) && !blocked.has(k) && isNameToken(tokens[k], this.stopWords) && /^\p{Lu}\p{Ll}/u.test(tokens[k].text);
    let ends = found.map((m) => m.tokenEnd);
    for (let guard = 0; ends.length && guard < 20; guard++) {
      const next: number[] = [];
      for (let k of ends) {
        if (tokens[k]?.key === '(') {
          const close = tokens.findIndex((t, n) => n > k && t.key === ')');
          if (close < 0 || close - k > 5) continue;
          k = close + 1;
        }
        if (!tokens[k] || !/^(?:,|and|und|et|e|ed|y|sowie)$/.test(tokens[k].key)) continue;
        k++;
        if (tokens[k] && /^(?:and|und|et|e|ed|y|sowie)$/.test(tokens[k].key)) k++;
        let b = k;
        while (b - k < 3 && isName(b) && (b === k || tokens[b].start - tokens[b - 1].end <= 1)) b++;
        // A run followed by another capitalised word is something else ("Casa Rosada Palace").
        // ... or the head of an office ("International Trade Minister X").
        // ... or part of a body's name ("Japan Business Federation").
        if (b - k < 2 || (tokens[b] && ((tokens[b].cap && (isNameToken(tokens[b], this.stopWords) || NOT_NAME_WORDS.has(tokens[b].key))) || isTitleToken(tokens[b])))) continue;
        runs.push([k, b]);
        for (let n = k; n < b; n++) used.add(n);
        next.push(b);
      }
      ends = next;
    }
    return runs;
  }

  /** "Außenminister Fischer": the holder of the title's office on the day with that surname. */
  private holderOfTitle(t: Token, role: string | null): Person | null {
    if (!this.day || !role) return null;
    const offices = new Set([...roleClasses(foldKey(role))].map((c) => OFFICE_OF_CLASS[c]));
    const holder = offices.size ? holderBySurname(t.key, offices, this.day) : null;
    return holder ? this.personForHolder(holder) : null;
  }

  /** A person the text names in a form the finder does not read itself ("seiner Frau Eva" is Eva Köhler). */
  namedPerson(name: string, country: string | null): Person {
    const p = this.personFor(name, null, null, null);
    p.country ??= country;
    return p;
  }

  /**
   * The gazetteer's person for an office holder found by office, not by name: by the holder's name,
   * else by an alias (the office history's "Philippe of Belgium" is the list's "Philippe").
   */
  personForHolder(holder: { name: string; aliases: string[] }): Person | null {
    for (const form of [holder.name, ...holder.aliases]) {
      const tokens = splitKey(form);
      const cand = (this.gazetteer.byFirst.get(tokens[0]) ?? []).find((c) => c.entry.name === holder.name || (form !== holder.name && c.tokens.join(' ') === tokens.join(' ')));
      if (cand) return this.personFor(cand.entry.name, cand.entry, null, null);
    }
    return null;
  }

  /** A known office holder named by surname alone ("Schröder"), the one in office on the day first. */
  private gazetteerSurname(t: Token): Person | null {
    const single = this.byDate(this.gazetteer.byFirst.get(t.key) ?? []).find((c) => c.tokens.length === 1);
    return single ? this.personFor(single.entry.name, single.entry, null, null) : null;
  }

  /**
   * Candidates longest first and, among equally long ones, the person in office on the day first:
   * two people may share a spelling across the years.
   */
  private byDate<T extends { tokens: string[]; entry: GazetteerEntry }>(cands: T[]): T[] {
    const day = this.day;
    if (!day || cands.length < 2) return cands;
    // Sorted once per candidate list and article: this runs for every token the gazetteer knows.
    let sorted = this.sortedByDate.get(cands) as T[] | undefined;
    if (!sorted) {
      const inOffice = (c: T) => (c.entry.terms?.some((t) => termCovers(t, day)) ? 1 : 0);
      sorted = [...cands].sort((a, b) => b.tokens.length - a.tokens.length || inOffice(b) - inOffice(a));
      this.sortedByDate.set(cands, sorted);
    }
    return sorted;
  }

  private sortedByDate = new WeakMap<object, unknown[]>();

  /**
   * Runs of a given name, more given names or initials, and a surname: "Maria Corina Machado",
   * "George W. Bush", "Jean-Marc Ayrault", "Mark van der Linden". Outside German a second surname
   * may follow ("Enrique Peña Nieto"); German capitalises every noun, so there one surname ends it.
   */
  private givenNameRuns(tokens: Token[], used: Set<number>, blocked: Set<number>): Array<[number, number]> {
    const runs: Array<[number, number]> = [];
    const free = (k: number) => k < tokens.length && !used.has(k) && !blocked.has(k) && isNameToken(tokens[k], this.stopWords);
    const adjacent = (k: number) => tokens[k].start - tokens[k - 1].end <= 1;
    for (let i = 0; i < tokens.length; i++) {
      // Every part of a hyphenated given name is capitalised ("Frank-Walter"; not "Corona-bedingten").
      if (!free(i) || !isGivenName(tokens[i].key) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(tokens[i].text)) continue;
      // A capitalised word before it is part of something else ("Casa Bianca", "Premier Li").
      // A nationality noun is not: "le Béninois Patrice Talon", "der Franzose Emmanuel Macron".
      if (i > 0 && tokens[i - 1].cap && !/^[,;:("«“]$/.test(tokens[i - 1].text) && !isTitleToken(tokens[i - 1]) && !HONORIFICS.has(tokens[i - 1].key) && !countryOfAdjective(tokens[i - 1].key)) continue;
      let j = i + 1;
      // A second given name that is also a town ("Luis Santiago Malo", "Jorge Lima Souza") is still a name.
      const nameOrTown = (k: number) => free(k) || (k < tokens.length && blocked.has(k) && !used.has(k) && isNameToken(tokens[k], this.stopWords) && isGivenName(tokens[k].key) && free(k + 1) && adjacent(k + 1));
      while (j < tokens.length && j - i < 3 && nameOrTown(j) && adjacent(j) && (isGivenName(tokens[j].key) || /^\p{Lu}\.$/u.test(tokens[j].text))) j++;
      // "de la Vega", "van der Bellen": one or two particles before the surname.
      const particleThenName = (k: number) => free(k + 1) || (k + 2 < tokens.length && NAME_PARTICLES.has(tokens[k + 1].key) && !tokens[k + 1].cap && free(k + 2));
      // "y" joins two surnames ("José Ortega y Gasset"), never a given name to what follows ("Sánchez y Scholz").
      while (j < tokens.length && NAME_PARTICLES.has(tokens[j].key) && !tokens[j].cap && particleThenName(j) && adjacent(j) && !(tokens[j].key === 'y' && j - i < 2)) j++;
      let end: number;
      if (free(j) && adjacent(j) && !/^\p{Lu}\.$/u.test(tokens[j].text)) end = j + 1;
      // A surname that is also a given name somewhere ("Lucía Ferrer", "Paul Thomas") ends the run.
      else if (j - i >= 2 && !/^\p{Lu}\.$/u.test(tokens[j - 1].text)) end = j;
      // A lone given name: no surname, no person.
      else continue;
      if (this.lang !== 'de' && end > j && free(end) && adjacent(end) && !isGivenName(tokens[end].key)) end++;
      // Spanish compound surnames: "Soraya Sáenz de Santamaría", "Juan Fernández de la Vega".
      if (this.lang === 'es' && end > j && end < tokens.length && NAME_PARTICLES.has(tokens[end].key) && !tokens[end].cap && particleThenName(end)) {
        let k = end;
        while (k < tokens.length && NAME_PARTICLES.has(tokens[k].key) && !tokens[k].cap) k++;
        if (free(k) && !isGivenName(tokens[k].key)) end = k + 1;
      }
      // Maghreb names chain on with "Ould" ("Sidi Ould Cheikh Abdallahi", "Mohamed Ould Abdel Aziz").
      if (tokens.slice(i, end + 1).some((t) => t.key === 'ould')) {
        while (end < tokens.length && end - i < 6 && adjacent(end) && tokens[end].cap && !used.has(end) && (free(end) || OULD_CHAIN.test(tokens[end].key))) end++;
      }
      runs.push([i, end]);
      i = end - 1;
    }
    return runs;
  }

  private pendingSurnames: Array<{ tokens: Token[]; index: number }> = [];
  private owners: Map<string, Person | null> | null = null;
  private ownersFor = -1;

  /** Which person each name token points to (null: ambiguous); rebuilt only when people are added. */
  private keyOwners(): Map<string, Person | null> {
    if (this.owners && this.ownersFor === this.persons.length) return this.owners;
    const keyOwners = new Map<string, Person | null>();
    for (const p of this.persons)
      for (const k of p.keys) {
        const prev = keyOwners.get(k);
        keyOwners.set(k, prev === undefined || prev === p ? p : null);
      }
    this.owners = keyOwners;
    this.ownersFor = this.persons.length;
    return keyOwners;
  }
  private usedBySentence = new Map<Token[], Set<number>>();

  /**
   * Untitled full names next to a meeting or travel word ("Jens Stoltenberg met Erna Solberg"):
   * two or three capitalised words that are no place, office, month or organisation word.
   */
  findUntitled(st: SentenceTokens, text: string, eventSpans: Array<{ start: number; end: number }>, mentions: PersonMention[]): PersonMention[] {
    if (!eventSpans.length) return mentions;
    const { tokens, blocked } = st;
    const used = this.usedBySentence.get(tokens) ?? new Set<number>();
    const out = [...mentions];
    const ok = (k: number) => {
      const t = tokens[k];
      // Tokens of people already found ("Tajani") wait for the surname pass.
      return !!t && !used.has(k) && !blocked.has(k) && !HONORIFICS.has(t.key) && !this.knownSingle(t) && isNameToken(t, this.stopWords) && /^\p{Lu}\p{Ll}/u.test(t.text) && t.key.length >= 2;
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!ok(i) || (i > 0 && tokens[i - 1].cap && !/^[,;:(]$/.test(tokens[i - 1].key))) continue;
      let j = i;
      while (j < tokens.length && j - i < 3 && ok(j) && (j === i || tokens[j].start - tokens[j - 1].end <= 1)) j++;
      if (j - i < 2 || (tokens[j] && tokens[j].cap && tokens[j].key !== "'")) {
        i = j;
        continue;
      }
      // "his South Korean counterpart X", "the Japanese Foreign Minister": capitalised words before an
      // office noun modify it; they are not a name.
      if (tokens[j] && !tokens[j].cap && isTitleToken(tokens[j])) {
        i = j;
        continue;
      }
      // "alla Federal Reserve", "at the White House", "im Kanzleramt": a place or institution, not a person.
      const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.key).join(' ');
      if (AT_A_PLACE.test(before)) {
        i = j;
        continue;
      }
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      // Only right next to the verb: "X met", "met X", "talks with X".
      if (!eventSpans.some((e) => (e.start >= end && e.start - end <= 12) || (start >= e.end && start - e.end <= 15))) continue;
      const p = this.personFor(joinName(text, tokens, i, j), null, null, null);
      out.push({ person: p, start, end, tokenStart: i, tokenEnd: j });
      for (let k = i; k < j; k++) used.add(k);
      i = j - 1;
    }
    return out.sort((x, y) => x.start - y.start);
  }

  /**
   * "Le roi Salman appelle le roi Mohammed VI" in a headline, "Salman ben Abdelaziz Al Saoud" in
   * the body: a one-word name read after a title before the full name came up is that person, when
   * exactly one full name in the text has the word. Its mentions move to the full name.
   */
  mergeShortForms(mentionsBySentence: PersonMention[][]): void {
    const into = new Map<Person, Person>();
    for (const p of this.persons) {
      if (p.gazetteer || /\s/.test(p.name) || p.keys.size !== 1) continue;
      const [key] = p.keys;
      const fuller = this.persons.filter((q) => q !== p && /\s/.test(q.name) && q.keys.has(key));
      if (fuller.length === 1) into.set(p, fuller[0]);
    }
    if (!into.size) return;
    for (const ms of mentionsBySentence) for (const m of ms) m.person = into.get(m.person) ?? m.person;
    for (const p of into.keys()) p.keys.clear();
    this.owners = null;
  }

  /** Second pass: bare surnames and first tokens resolved to people found anywhere in the text. */
  resolveSurnames(st: SentenceTokens, mentions: PersonMention[]): PersonMention[] {
    const { tokens, blocked } = st;
    const used = this.usedBySentence.get(tokens) ?? new Set<number>();
    const keyOwners = this.keyOwners();
    const out = [...mentions];
    for (let i = 0; i < tokens.length; i++) {
      if (used.has(i) || blocked.has(i)) continue;
      const t = tokens[i];
      if (!t.cap || NOT_NAME_WORDS.has(t.key) || this.stopWords.has(t.key)) continue;
      let owner = keyOwners.get(t.key) ?? null;
      if (!owner && keyOwners.get(t.key) === undefined) {
        // A surname of a known office holder not named in full ("Trump", "Erdoğan").
        owner = this.gazetteerSurname(t);
      }
      if (!owner) continue;
      // "Carney's" and "Lee" resolve; a following capitalised word means a different name.
      const next = tokens[i + 1];
      if (next && next.cap && isNameToken(next, this.stopWords) && next.start - t.end <= 1 && !keyOwners.get(next.key)) continue;
      out.push({ person: owner, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
      used.add(i);
    }
    return out.sort((x, y) => x.start - y.start);
  }

  private nameAfterTitle(tokens: Token[], i: number, used: Set<number>, blocked: Set<number>): [number, number] | null {
    let commas = 0;
    let lower = 0;
    for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
      const t = tokens[j];
      if (used.has(j)) return null;
      if (t.key === ',') {
        if (++commas > 1) return null;
        continue;
      }
      if (t.key === '(' || t.key === ')' || t.key === ';' || t.key === ':' || t.key === '.' || t.key === '"') return null;
      if (blocked.has(j) || isTitleToken(t) || !t.cap || NOT_NAME_WORDS.has(t.key) || this.stopWords.has(t.key)) {
        if (!t.cap && !blocked.has(j) && !isTitleToken(t) && !/^(?:of|the|di|del|della|dello|dei|degli|de|des|du|la|le|l|der|den|dem|für|fur|von|el|los|las|and|e|et|und|y|ed|for|per|pour|para|da|dal|dalla|'|s|d|al|to|a|au|aux|en|in|im|zum|zur)$/.test(t.key)) {
          if (++lower > 2) return null;
        }
        continue;
      }
      // A run of name tokens.
      let b = j;
      while (b < tokens.length && b - j < 5 && !used.has(b) && !blocked.has(b)) {
        const tb = tokens[b];
        if (isNameToken(tb, this.stopWords) || ROMAN.test(tb.text)) {
          b++;
          continue;
        }
        if (NAME_PARTICLES.has(tb.key) && !tb.cap && tokens[b + 1] && isNameToken(tokens[b + 1], this.stopWords) && b > j) {
          b++;
          continue;
        }
        // "Sidi Ould Cheikh Abdallahi": after "Ould", "Cheikh" is part of the name, not a title.
        if (OULD_CHAIN.test(tb.key) && b > j && tokens[b - 1].key === 'ould' && tokens[b + 1] && isNameToken(tokens[b + 1], this.stopWords)) {
          b++;
          continue;
        }
        break;
      }
      // "la présidente de la Confédération Viktor Rossi": a run whose later word is a given name starts there.
      const given = tokens.slice(j, b - 1).findIndex((t) => isGivenName(t.key));
      if (given > 0 && !isGivenName(tokens[j].key)) j += given;
      // A run that a body's word continues is that body's name ("the Chairman of the Japan Business Federation").
      const bodyName = !!tokens[b]?.cap && NOT_NAME_WORDS.has(tokens[b].key);
      // German names take no article: "Präsident des Internationalen Währungsfonds Köhler" names a body first.
      const germanNoun = this.lang === 'de' && !isGivenName(tokens[j].key) && (tokens.slice(j, b).some((t) => GERMAN_NOUN_ENDING.test(t.key)) || GERMAN_ARTICLE.test(tokens[j - 1]?.key ?? ''));
      if (b - j >= 2 && !bodyName && !germanNoun) return [j, b];
      if (b - j === 1 && this.isKnownSingle(tokens[j])) return [j, b];
      // "el presidente Fox", "Premier Abe": a short surname right after the title of an office its
      // holder had on the day.
      if (b - j === 1 && j === i + 1 && this.holderOfTitle(tokens[j], tokens[i].key)) return [j, b];
      // "Chief Minister Siddaramaiah": one distinctive word right after the title is a single name.
      if (b - j === 1 && j === i + 1 && tokens[j].key.length >= 5 && !/^[A-Z.]+$/.test(tokens[j].text) && (!tokens[b] || !tokens[b].cap)) return [j, b];
      // A one-word capitalised token after a title and before a comma is an organisation or country.
      // A capitalised token that is no name ("G5") ends no run: step past it, never back.
      j = Math.max(j, b - 1);
      if (b - j > 4) return null;
    }
    return null;
  }

  private isKnownSingle(t: Token): boolean {
    return this.knownSingle(t) !== null;
  }

  private knownSingle(t: Token): Person | null {
    const owners = this.keyOwners();
    if (!owners.has(t.key)) return null;
    // An ambiguous token (null owner) still belongs to someone: the first person who has it.
    return owners.get(t.key) ?? this.persons.find((p) => p.keys.has(t.key)) ?? null;
  }
}

/** Words before a place or an institution: "alla", "nella", "at the", "à la", "en la", "im", "zur". */
const AT_A_PLACE = /(?:^|\s)(?:alla|allo|al|nella|nello|nel|sulla|presso|at the|in the|au|aux|dans|im|zur|zum|beim)$/;

/** Nationality or country named around a title ("il ministro degli Esteri giordano", "Kenya's"). */
function countryNear(tokens: Token[], titleIdx: number, nameIdx: number): string | null {
  for (let k = Math.max(0, titleIdx - 3); k < nameIdx; k++) {
    const c = countryOfAdjective(tokens[k].key);
    if (c) return c;
  }
  return null;
}

function joinName(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b - 1].end).replace(/\s+/g, ' ').replace(/[’']s$/, '');
}

function roleText(text: string, tokens: Token[], titleIdx: number, nameIdx: number): string | null {
  // The role is the title phrase up to the name, without trailing commas and articles.
  let a = titleIdx;
  while (a > 0 && tokens[a - 1].cap && isTitleToken(tokens[a - 1])) a--;
  const raw = text.slice(tokens[a].start, tokens[nameIdx].start).replace(/[\s,]+$/, '').trim();
  return raw.length > 0 && raw.length <= 80 ? raw : null;
}
