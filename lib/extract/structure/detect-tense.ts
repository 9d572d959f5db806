/**
 * Tense around a position: the nearest future or past marker in the sentence decides. Reporting
 * verbs ("said", "a indiqué", "informó") are ignored: their tense is the report's, not the event's.
 * Patterns run on the original text (accents matter: Spanish "recibió" vs "recibio").
 */
import type { Lang } from '../lexicon';

export type Tense = 'past' | 'future' | 'unknown';

interface TenseRules {
  future: RegExp;
  past: RegExp;
  speech: RegExp;
}

const L = '\\p{L}';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rules = new Map<Lang, TenseRules>();

function build(lang: Lang): TenseRules {
  const re = (s: string) => new RegExp(s, 'giu');
  switch (lang) {
    case 'en':
      return {
        future: re(`${B}(?:arrives|travels|meets|visits|heads(?!\\s+of)|flies|leaves|hosts|begins|opens|starts|kicks off|convenes|takes place|gets under way|will|'ll|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|plans? to|is set to|are set to|is to|are to|tomorrow|next|upcoming|going to|to visit|to travel|to meet)${E}`),
        past: re(`${B}(?:was|were|had|did|met|held|spoke|went|came|flew|took|gave|paid|made|left|led|saw|sat|brought|stood|won|lost|struck|kept|found|got|became|drove|swept|spent|sought|told|sent|yesterday|last|ago|began|ended|wrapped up|(?<!(?:be|been|being|will be)\\s)(?!(?:schedul|expect|plann|invit|confirm|propos|intend|unit|limit|relat|interest|concern|bas|need|hop|accompani|delay|postpon|cancel|wound|armed|shed|bed|red|speed|feed|follow)ed${E})${L}{3,}ed)${E}`),
        speech: re(`${B}(?:said|says|told|according to|announced|stated|added|confirmed)${E}`),
      };
    case 'it':
      return {
        future: re(`${B}(?:${L}{2,}(?:erà|irà|arà|eranno|iranno|aranno|rò)|inizia|si apre|si tiene|si svolge|prende il via|(?<!(?:pres[oaie]|prend${L}*)\\s)parte|arriva|incontra|riceve|vola|sarà|saranno|previst[oaie]|prevede|in programma|attes[oaie]|dovrebbe(?:ro)?|domani|prossim[oaie]|fissat[oa])${E}`),
        // Irregular participles too: "ha preso parte", "è giunto", "ha visto", "si è svolto" (not
        // "si è aperto": a gathering that opened is still going on).
        past: re(`${B}(?:ieri|scors[oaie]|aveva|avevano|fu|(?:ha|hanno|è|sono|era|erano|aveva|avevano)\\s+(?:${L}+\\s+)?(?:${L}+(?:at|ut|it|us|ss)|pres|vist|fatt|giunt|rimast|mess|svolt|scelt|accolt|sces|rispost)[oaie]|conclus[oa]|iniziat[oa])${E}`),
        speech: re(`${B}(?:ha|hanno)\\s+(?:detto|dichiarato|reso noto|annunciato|riferito|spiegato|precisato|aggiunto|sottolineato|commentato|comunicato)${E}`),
      };
    case 'fr':
      return {
        future: re(`${B}(?:${L}{2,}(?:era|ira|ra|ront)|s'ouvre|commence|débute|se tient|se déroule|se rend|arrive|rencontre|reçoit|sera|seront|doit|doivent|devrait|devraient|prévue?s?|attendue?s?|demain|prochaine?)${E}`),
        // Verbs of motion make their perfect with "être": "est arrivé", "sont repartis".
        past: re(`${B}(?:hier|dernière?|a été|ont été|avait|avaient|était|s'est|se sont|(?:a|ont)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+(?:é|ée|és|ées|u|ue|is|it|i|ie)|(?:est|sont)\\s+(?:\\p{Ll}+\\s+)?(?:re)?(?:arrivé|allé|parti|venu|rentré|retourné|passé|descendu|monté|resté|sorti|entré)(?:e|s|es)?)${E}`),
        speech: re(`${B}(?:a|ont)\\s+(?:indiqué|annoncé|déclaré|précisé|souligné|ajouté|affirmé|estimé|confirmé|expliqué|dit|fait savoir)${E}`),
      };
    case 'de':
      return {
        future: re(`${B}(?:reist|trifft|empfängt|kommt|fliegt|besucht|spricht|bleibt|beginnt|startet|tagt|folgt|wird|werden|soll|sollen|geplant${L}*|plant|planen|kommende[nrs]?|nächste[nrs]?|morgen|angesetzt|vorgesehen${L}*|will|wollen|bricht)${E}`),
        // "ist ... eingetroffen": verbs of motion make their perfect with "sein", the participle last.
        past: re(`${B}(?:hat|hatte|hatten|haben|war|waren|wurde|wurden|worden|gewesen|gestern|vergangene[nrs]?|letzte[nrs]?|traf|trafen|empfing|empfingen|reiste|reisten|sprach|sprachen|telefonierte|telefonierten|kam|kamen|flog|zuvor|führten?|besuchten?|bereisten?|hielten?|nahmen?|eröffneten?|leiteten?|landeten?|begrüßten?|diskutierten?|verhandelten?|berieten?|weilten?|absolvierten?|unterzeichneten?|legten?|stellten?|gingen?|(?:ist|sind)(?=[^.;]{0,80}?(?:ge(?:kommen|reist|flogen|landet|fahren)|eingetroffen|angekommen|aufgebrochen|zusammengekommen|zusammengetroffen)${E}))${E}`),
        speech: re(`${B}(?:teilte|mitteilte|sagte|erklärte|betonte|hieß es|hat\\s+(?:\\p{Ll}+\\s+)?(?:mitgeteilt|gesagt|erklärt))${E}`),
      };
    case 'es':
      return {
        future: re(`${B}(?:${L}{2,}(?:rá|rán|ré)|se inaugura|comienza|empieza|se celebra|arranca|viaja|llega|recibe|se reúne|va a|van a|previst[oa]s?|tiene previsto|mañana|próxim[oa])${E}`),
        // Irregular preterites too: "mantuvo", "sostuvieron", "hizo", "dio", "propuso", "intervino".
        past: re(`${B}(?:ayer|pasad[oa]|ha|han|había|habían|fue|fueron|${L}{3,}(?:ó|aron|ieron|ió)|${L}*(?:tuvo|tuvieron)|estuvo|estuvieron|hizo|hicieron|dijo|dijeron|${L}*(?:puso|pusieron)|(?:inter|con|pro)?vino|(?:inter|con|pro)?vinieron|pudo|pudieron|dio|dieron|vio|vieron|trajo|trajeron|${L}*(?:dujo|dujeron))${E}`),
        speech: re(`${B}(?:informó|dijo|señaló|explicó|indicó|anunció|aseguró|afirmó|declaró|precisó|añadió|informaron|indicaron|comunicó)${E}`),
      };
  }
}

export interface TenseMarker {
  pos: number;
  tense: 'past' | 'future';
}

/** Tense markers of the given spans of the text (sentences worth reading), in order. */
export function findTenseMarkersIn(text: string, lang: Lang, spans: Array<[number, number]>): TenseMarker[] {
  const out: TenseMarker[] = [];
  for (const [a, b] of spans) for (const m of findTenseMarkers(text.slice(a, b), lang)) out.push({ pos: m.pos + a, tense: m.tense });
  return out;
}

/** All tense markers of the text, in order. */
export function findTenseMarkers(text: string, lang: Lang): TenseMarker[] {
  let r = rules.get(lang);
  if (!r) {
    r = build(lang);
    rules.set(lang, r);
  }
  const speech: Array<[number, number]> = [];
  r.speech.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = r.speech.exec(text)) !== null) speech.push([m.index, m.index + m[0].length]);
  let si = 0;
  // Markers arrive in order per pattern; speech spans are sorted, so a moving pointer suffices.
  const inSpeech = (p: number) => {
    while (si > 0 && speech[si - 1][0] > p) si--;
    while (si < speech.length && speech[si][1] <= p) si++;
    return si < speech.length && p >= speech[si][0] && p < speech[si][1];
  };
  const out: TenseMarker[] = [];
  for (const [re, tense] of [
    [r.future, 'future'],
    [r.past, 'past'],
  ] as const) {
    re.lastIndex = 0;
    si = 0;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!inSpeech(m.index)) out.push({ pos: m.index, tense });
    }
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/**
 * Tense at `pos`: the nearest marker inside [from, to), preferring one in the same clause (no comma
 * or semicolon between): in "Kishida, who arrived on Monday, will address Congress" Monday is past.
 * Binary search keeps 1 MB inputs linear.
 */
export function tenseAt(markers: TenseMarker[], pos: number, from: number, to: number, text?: string): Tense {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].pos < pos) lo = mid + 1;
    else hi = mid;
  }
  const after = markers[lo];
  const before = markers[lo - 1];
  const a = after && after.pos < to ? after : null;
  const b = before && before.pos >= from ? before : null;
  if (a && b) {
    if (text) {
      const cutBefore = /[,;]/.test(text.slice(b.pos, pos));
      const cutAfter = /[,;]/.test(text.slice(pos, a.pos));
      if (cutBefore !== cutAfter) return cutBefore ? a.tense : b.tense;
    }
    return pos - b.pos <= a.pos - pos ? b.tense : a.tense;
  }
  return (a ?? b)?.tense ?? 'unknown';
}
