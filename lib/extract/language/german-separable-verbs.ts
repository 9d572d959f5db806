/**
 * German separable verbs put their particle at the end of the clause: "May nimmt am Gipfel
 * teil", "Merkel traf am Abend mit Abe zusammen", "Putin trifft am Montag in Berlin ein". The
 * phrase index reads adjacent words only, so the finite verb is found here, with its particle
 * later in the same clause, and counts as the trigger of its infinitive ("teilnehmen" = attend).
 */
import type { Token } from '../text/tokenize';
import type { PhraseHit } from '../text/phrase-matcher';
import type { TriggerKind } from '../structure/analysis';

/** Finite forms (folded), their particle, and what the whole verb means. */
const SEPARABLE: Array<{ forms: string[]; particle: string; kind: TriggerKind }> = [
  { forms: ['nimmt', 'nehmen', 'nahm', 'nahmen'], particle: 'teil', kind: 'attend' },
  { forms: ['trifft', 'treffen', 'traf', 'trafen', 'kommt', 'kommen', 'kam', 'kamen'], particle: 'zusammen', kind: 'meet' },
  { forms: ['trifft', 'treffen', 'traf', 'trafen'], particle: 'ein', kind: 'arrive' },
  { forms: ['kommt', 'kommen', 'kam', 'kamen'], particle: 'an', kind: 'arrive' },
  { forms: ['bricht', 'brechen', 'brach', 'brachen'], particle: 'auf', kind: 'travel' },
  { forms: ['reist', 'reisen', 'reiste', 'reisten'], particle: 'weiter', kind: 'travel' },
  { forms: ['ruft', 'rufen', 'rief', 'riefen'], particle: 'an', kind: 'call' },
  { forms: ['tauscht', 'tauschen', 'tauschte', 'tauschten'], particle: 'aus', kind: 'meet' },
  { forms: ['stattet', 'statten', 'stattete', 'statteten'], particle: 'ab', kind: 'travel' },
];

/** Words that end the clause a particle must stand in (a full stop is a token with an empty key). */
const CLAUSE_END = /^(?:[,;:.!?()"«»“”–—-]|)$/;
const MAX_GAP = 20;

/** Ends the clause, unless it is the point of a German date's day ("am 1. Oktober", "vom 10. bis 12. Juni"). */
function endsClause(tokens: Token[], j: number): boolean {
  if (!CLAUSE_END.test(tokens[j].key)) return false;
  return !(tokens[j].text === '.' && j > 0 && j + 1 < tokens.length && /^\d{1,2}$/.test(tokens[j - 1].text) && tokens[j].start === tokens[j - 1].end);
}

/**
 * "Köhler kommt am Mittwoch zum zweiten Mal nach Wien": a verb of coming or going with its
 * destination ("nach" and a name) later in the same clause is travel, as "kommt nach" is.
 */
const MOTION = new Set(['kommt', 'kommen', 'kam', 'kamen', 'fahrt', 'fahren', 'fuhr', 'fuhren', 'geht', 'ging', 'gingen']);

function motionHit(tokens: Token[], i: number): PhraseHit | null {
  for (let j = i + 1; j + 1 < tokens.length && j - i <= MAX_GAP && !endsClause(tokens, j); j++)
    if (tokens[j].key === 'nach' && tokens[j + 1].cap) return { start: tokens[i].start, end: tokens[i].end, phrase: `${tokens[i].key} nach` };
  return null;
}

/** Trigger hits for separable verbs whose particle closes the same clause, and for verbs of motion with a destination. */
export function separableVerbHits(tokens: Token[]): Array<[TriggerKind, PhraseHit]> {
  const out: Array<[TriggerKind, PhraseHit]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const motion = MOTION.has(tokens[i].key) && tokens[i + 1]?.key !== 'nach' ? motionHit(tokens, i) : null;
    if (motion) out.push(['travel', motion]);
    const verbs = SEPARABLE.filter((v) => v.forms.includes(tokens[i].key));
    if (!verbs.length) continue;
    for (let j = i + 1; j < tokens.length && j - i <= MAX_GAP && !endsClause(tokens, j); j++) {
      // The particle is the clause's last word: followed by punctuation or nothing.
      const last = !tokens[j + 1] || endsClause(tokens, j + 1);
      const verb = last ? verbs.find((v) => v.particle === tokens[j].key) : undefined;
      if (!verb) continue;
      out.push([verb.kind, { start: tokens[i].start, end: tokens[i].end, phrase: `${tokens[i].key} ${verb.particle}` }]);
      break;
    }
  }
  return out;
}
