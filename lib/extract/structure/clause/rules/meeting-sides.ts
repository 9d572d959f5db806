/**
 * The two sides of a meeting word: the subject (who meets or receives) and the objects (who is
 * met), from word order, "with"/"by", pronouns, verb-final clauses and the person followed.
 */
import type { Person, PersonMention } from '../../../people/find-people';
import type { PhraseHit } from '../../../text/phrase-matcher';
import { TITLE_WORDS } from '../../../people/title-words';
import type { Clause } from '../clause';
import { OPENING_PHRASE, WITH_WORDS } from '../clause-words';
import { hits } from '../triggers';

/** German articles and possessives of an accusative or dative object: "den Präsidenten", "seinem Amtskollegen". */
const GERMAN_OBJECT = /(?:^|\s)(?:den|dem|einen|einem|seinen|seinem|ihren|ihrem|unseren|deren|dessen)\s/;
/** A pronoun subject right after the verb: "Dort trifft er Präsident X". */
const GERMAN_PRONOUN_SUBJECT = /(?:^|\s)(?:er|sie|wir)\s/;

/** "welcomed Macron's proposal", "la proposta di Macron", "la décision d'Olaf Scholz": a possessor, not the person met. */
const OF_A_THING = /(?:^|\s)(?:the|la|le|il|lo|el|los|las|les|der|die|das|den|un|una|une|a)\s+([\p{L}-]+)\s+(?:of|di|de|du|des|del|della|dello|von|d')\s*$/u;

function possessed(c: Clause, p: PersonMention): boolean {
  const f = c.r.a.folded;
  if (/^['’]s(?:\s|$)/.test(f.slice(p.end, p.end + 3))) return true;
  const thing = OF_A_THING.exec(f.slice(Math.max(c.seg.start, p.start - 40), p.start));
  return !!thing && !TITLE_WORDS.has(thing[1]);
}

/** A side met in spite of a topic word before it: "talked about trade with Macron". */
const WITH = new RegExp(`(?:^|\\s)(?:${WITH_WORDS})\\s`);

/**
 * "welcomed X and criticised Putin", "Bei den Gesprächen ging es um ... den Wahlsieg Trumps":
 * people after a word of taking a stand, or in what the talks were about, are not met.
 */
function stanceBefore(c: Clause, meetHit: PhraseHit, p: PersonMention): boolean {
  const f = c.r.a.folded;
  return (
    hits(c.seg, 'stance').some((h) => h.start > meetHit.end && h.end <= p.start) ||
    hits(c.seg, 'topic').some((h) => h.end <= p.start && !WITH.test(f.slice(h.end, p.start)))
  );
}

/** "todos ellos", "all of them", "tutti loro", "tous", "alle": everyone of the event just told, as the subject. */
const GROUP_SUBJECT = /(?:^|\s)(?:todos ellos|todas ellas|all of them|they all|tutti loro|tutti e|tous|toutes|sie alle|alle)\s+(?:\S+\s+){0,2}$/;

export interface MeetingSides {
  subj: Person[];
  objects: PersonMention[];
  /** "between A and B": the objects are all the sides */
  between: boolean;
}

export function meetingSides(c: Clause, meetHit: PhraseHit): MeetingSides {
  const { r, seg, folded } = c;
  const acc = c.accompanyHit;
  const before = c.subjectBefore(meetHit.start).filter((p) => c.notCompanion(p) || (p.person === c.pronounCompanion && !!acc && p.end <= acc.start && acc.end < meetHit.start));
  let objects = c.after(meetHit.end).filter((p) => c.notCompanion(p) && !stanceBefore(c, meetHit, p) && !possessed(c, p));
  let subj: Person[] = before.length ? r.coordinated(before) : [];
  // "Après avoir reçu Theresa May au fort de Brégançon, Emmanuel Macron a appelé...": an opening
  // phrase with a non-finite verb has the subject of the main clause, after its comma.
  const opening = OPENING_PHRASE.exec(folded);
  const comma = opening ? folded.indexOf(',', meetHit.end - seg.start) : -1;
  if (!subj.length && opening && comma > 0 && !folded.slice(0, meetHit.start - seg.start).includes(',')) {
    const main = c.people.find((p) => p.start > seg.start + comma && !c.isOther(p));
    if (main) {
      subj = [main.person];
      objects = objects.filter((o) => o.start < seg.start + comma);
    }
  }
  // "où le président Macron la recevra", "wo ihn Präsident Macron empfängt", "where Hu and Wu will
  // meet with him": a pronoun object is the person the report follows, met by each subject.
  const pronounHost = !objects.length && before.length >= 1 && r.pronounObject(seg, meetHit, before[before.length - 1]) ? c.latter ?? c.prevSubject ?? r.state.focus : null;
  if (pronounHost && !before.some((p) => p.person === pronounHost)) {
    subj = [pronounHost];
    objects = before;
  } else if (!objects.length && before.length >= 2 && (subj.length === 1 || !subj.includes(before[0].person))) {
    // Verb-final clauses ("Merz hat ... den Premierminister Carney empfangen", "wird Kurz noch
    // Schäuble und am Donnerstag Steinmeier treffen"): first named is the subject.
    subj = [before[0].person];
    objects = before.slice(1);
  }
  objects = objects.filter((o) => !subj.includes(o.person));
  const between = objects.length >= 2 && /(?:^|\s)(?:entre|between|tra|fra|zwischen)\s/.test(r.a.folded.slice(Math.max(seg.start, objects[0].start - 60), objects[0].start));
  // "Después, todos ellos han saludado al resto", "all of them then met": everyone of the event just told.
  const group = !subj.length && GROUP_SUBJECT.test(r.a.folded.slice(seg.start, meetHit.start)) ? r.state.lastEvent : null;
  if (group && 'people' in group && group.people.length >= 2) subj = group.people.filter((p) => !objects.some((o) => o.person === p));
  if (!subj.length && !between) ({ subj, objects } = subjectAmongObjects(c, meetHit, objects));
  if (!subj.length && !between) {
    const fallback = c.latter ?? r.titledSubject(seg, seg.start, meetHit.start) ?? (c.subject && !objects.some((o) => o.person === c.subject) ? c.subject : null) ?? c.prevSubject ?? r.state.focus;
    if (fallback && !objects.some((o) => o.person === fallback)) subj = [fallback];
  }
  if (!objects.length && subj.length === 1 && before.length === 1) ({ subj, objects } = pronounSubject(c, subj, before[0]));
  if (!objects.length && subj.length === 1) objects = unnamedTitledObject(c, meetHit, subj[0]);
  return { subj, objects, between };
}

/**
 * "l'incontro che X ha avuto con Y": the first person not introduced by "with" is the subject.
 * "Recibió el rey Felipe VI al presidente Boric": Spanish marks a person object with "a".
 */
function subjectAmongObjects(c: Clause, meetHit: PhraseHit, objects: PersonMention[]): { subj: Person[]; objects: PersonMention[] } {
  const { r, seg } = c;
  const personalA = (o: PersonMention) => r.a.lex.lang === 'es' && /(?:^|\s)(?:a|al)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(r.a.folded.slice(Math.max(seg.start, o.start - 40), o.start));
  const plain = objects.filter((o) => !c.isOther(o) && !personalA(o) && o.start >= meetHit.end);
  if (plain.length && objects.some((o) => o.start > plain[0].start && (c.isOther(o) || personalA(o)))) return { subj: [plain[0].person], objects: objects.filter((o) => o.person !== plain[0].person) };
  // "Bereits am Dienstag traf Außenminister X seine Amtskollegen": in German the verb comes second,
  // and the first person after it is the subject unless an article marks it as the object or a
  // pronoun is the subject ("Dort trifft er Präsident X").
  if (r.a.lex.lang === 'de' && plain.length && objects.length >= 2 && !GERMAN_OBJECT.test(r.a.folded.slice(meetHit.end, plain[0].start)) && !GERMAN_PRONOUN_SUBJECT.test(r.a.folded.slice(meetHit.end, plain[0].start)))
    return { subj: [plain[0].person], objects: objects.filter((o) => o.person !== plain[0].person) };
  return { subj: [], objects };
}

/** "Er wollte dort Präsident X treffen": a pronoun subject, the named person is the other side. */
function pronounSubject(c: Clause, subj: Person[], only: PersonMention): { subj: Person[]; objects: PersonMention[] } {
  const head = c.r.a.folded.slice(c.seg.start, only.start);
  const other = c.latter ?? c.prevSubject ?? c.r.state.focus;
  if (/(?:^|[\s,])(?:he|she|er|sie|il|elle|lui|lei|egli|ella|el|ella)\s/.test(head) && other && other !== subj[0]) return { subj: [other], objects: [only] };
  return { subj, objects: [] };
}

/** "recibirá al mandatario": an unnamed titled object after the verb is the person followed. */
function unnamedTitledObject(c: Clause, meetHit: PhraseHit, subject: Person): PersonMention[] {
  const tail = c.r.a.folded.slice(meetHit.end, Math.min(c.seg.end, meetHit.end + 40));
  const titled = tail.split(/[^\p{L}-]+/u).some((w) => TITLE_WORDS.has(w));
  const other = c.latter ?? c.prevSubject ?? c.r.state.focus;
  return titled && other && other !== subject ? [{ person: other, start: meetHit.end, end: meetHit.end, tokenStart: -1, tokenEnd: -1 }] : [];
}
