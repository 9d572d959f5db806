/** Words more than one clause rule reads, in the five languages (folded). */
import type { TriggerKind } from '../analysis';

export const PREPOSITION_BETWEEN = /(?:^|\s)(?:with|con|avec|mit|by|da|dal|dalla|dallo|dai|par|por|von|vom|to|then|poi|puis|dann|luego|before|prima|avant|antes|al|au|a|à|y con|e con|et avec|und mit)(?:\s|$)/;

/** Verbs of hosting: their coordinated objects are one visiting party. */
export const HOST_VERB = /^(?:receiv|recev|recoi|recu|recib|ricev|empf|host|accueil|accogli|ospit|welcom|begru|dio la bienvenida|da la bienvenida|dara la bienvenida|dara il benvenuto|ha dato il benvenuto)/;

// Whole words only: "sunday" is no "un day".
export const DURATION = /(?<![a-z])(\d{1,2}|one|two|three|four|five|six|seven|uno|una|due|tre|quattro|cinque|sei|sette|un|une|deux|trois|quatre|cinq|sept|ein|zwei|drei|vier|funf|sechs|sieben|dos|tres|cuatro|cinco|seis|siete)[\s-]*(?:days?|giorni|jours|tagig\w*|tage\w*|dias)(?![a-z])|(?<![a-z])(?:di|de)\s+(\w+)\s+(?:giorni|jours|dias)(?![a-z])/;

/** Words of "with" that join a second person to the subject, in the five languages (folded). */
export const WITH_WORDS = 'with|con|avec|mit|insieme a|insieme alla|insieme al|en compagnie de|junto a|junto con|zusammen mit';

export const LOCATIVE = /(?:^|\s|')(?:in|at|to|into|hasta|fino a|a|ad|al|all'|alla|allo|ai|in die|in den|in der|in das|im|ins|nach|en|au|aux|à|dans|hacia|para|for|per|verso|nel|nello|nella|nei|negli|sul|sulla|zum|zur|vor|visit|visits|visiting|visited|visiter|visitera|visitare|visitar|besuchen|besucht)(?:\s+(?:the|il|lo|la|le|l'|el|los|der|die|das|den|dem|des|sede|seat|sede del|sede della))?(?:\s*(?:palacio|palazzo|palais|palace|residencia|residenza|residence|palacio real)\s+(?:de|del|della|di|du|of)(?:\s+(?:la|el|le|the))?)?\s*$/;

/** The work of a gathering goes on: "les travaux se poursuivent", "talks continue", "i lavori proseguono". */
export const CONTINUES = /(?:^|\s)(?:travaux|work|talks|discussions|deliberations|proceedings|lavori|colloqui|beratungen|gesprache|verhandlungen|trabajos|conversaciones|negociaciones|entretiens|pourparlers|negoziati|negotiations|deliberaciones|sesiones|debates)\s(?:[\p{L}']+\s){0,3}?(?:se poursuiv\w*|continu\w*|prosegu\w*|go on|goes on|resum\w*|reprend\w*|riprend\w*|(?:werden|wird)(?:\s+\S+){0,8}?\s+fortgesetzt|gehen(?:\s+\S+){0,3}\s+weiter)/u;

/** "here": the report's own town ("arrived here", "the summit beginning here"), by language. */
const HERE_WORD: Record<string, string> = { en: 'here', it: 'qui|qua', fr: 'ici', de: 'hier', es: 'aqui|aca' };

export const HERE_AFTER = Object.fromEntries(Object.entries(HERE_WORD).map(([k, w]) => [k, new RegExp(`^\\s*(?:${w})(?:\\s|[,.;]|$)`)]));

export const HERE_IN = Object.fromEntries(Object.entries(HERE_WORD).map(([k, w]) => [k, new RegExp(`(?:^|\\s)(?:${w})(?:\\s|[,.;]|$)`)]));

/** Event words that mark the sentence where a report's news begins. */
export const LEAD_EVENT: TriggerKind[] = ['meet', 'receive', 'travel', 'arrive', 'call', 'summit', 'attend'];

/** "..., where/dove/où he will meet": a clause that goes on at the place the previous one named. */
export const WHERE_CLAUSE = /^[\s,;]*(?:where|dove|ou|wo|donde)(?:\s|,|$)/;

/** A clause opening with a non-finite verb: "après avoir reçu", "after meeting", "dopo aver incontrato", "nachdem", "tras recibir". */
export const OPENING_PHRASE = /^[\s,]*(?:apres avoir|apres etre|after|dopo aver|dopo esser|nachdem|tras|despues de|avant de|before|prima di|antes de)\s/;

/** A bare coordination between two objects: "A and B", "A, B", "A, der B". */
export const COORDINATION = /^[\s,]*(?:(?:and|e|ed|et|und|y|sowie|as well as|nonche)\s[^,;.]*|,\s*(?:(?:the|der|die|das|den|la|le|les|el|los|las|il|lo|gli|i)\s+|l')?)$/;

/** a gathering ending: "wrapping up", "closes", "si chiude", "se clausura", "geht zu Ende" */
export const CLOSING = /(?:^|\s)(?:wrap\w*|clos\w*|conclud\w*|conclu\w*|end(?:s|ed|ing)?|chiud\w*|chius\w*|termin\w*|cloture\w*|clotur\w*|abschlie\w*|schlie\w*|beend\w*|achev\w*|zu ende|cierr\w*|clausur\w*|finaliz\w*)(?:\s|[,.;]|$)/;

/** a gathering starting: "opens", "begins", "si apre", "s'ouvre", "beginnt", "comienza", "comenzará", "débute" */
export const OPENING = /(?:^|\s)(?:open(?:s|ed|ing)?|begin(?:s|ning)?|began|kick(?:s|ed)? off|si apr\w*|apert[oa]|inizi\w*|s'ouvr\w*|ouvr\w*|ouvert\w*|commenc\w*|beginn\w*|eroffn\w*|comienz\w*|comenz\w*|empiez\w*|empez\w*|debut\w*|startet|inaugur\w*|abre|abrio|abrira|arranc\w*)(?:\s|[,.;]|$)/;

/** Arriving at an office, not a place: "l'arrivo alla presidenza", "came to power", "llegada al poder", "arrivée à l'Elysée" is not. */
export const TO_OFFICE = /^\s*(?:alla presidenza|al potere|al governo|to power|to office|to the presidency|au pouvoir|a la presidence|au gouvernement|a la presidencia|al poder|al gobierno|a la jefatura|an die macht|ins amt|an die regierung)(?=[\s,.;]|$)/;

/** Words of sequence that go on in the day and place just told: "later", "poi", "ensuite", "danach", "luego". */
export const LATER = /(?:^|\s)(?:later|afterwards|subsequently|poi|successivamente|piu tardi|in seguito|ensuite|plus tard|danach|spater|anschliessend|luego|despues|mas tarde|posteriormente)(?=\s|,|$)/;

/** A city named by pointing back: "aterrizó también en esta ciudad", "in this city", "in dieser Stadt". */
export const THIS_CITY = /(?:^|\s)(?:esta ciudad|this city|the same city|questa citta|cette ville|dieser stadt|diese stadt|la misma ciudad|la stessa citta|la meme ville|derselben stadt)(?:\s|,|\.|$)/;

/** An opening phrase of what came before: "Dopo la tappa di Tokyo,", "After talks in Ankara,", "Tras reunirse con X en Ankara,". */
export const AFTER_PHRASE = /^[\s,]*(?:after|following|dopo|apres|tras|despues de|al termine d\S*|a l'issue d\S*)\s/;

/** Words joining one side of a meeting to the next: "and", "e", "et", "und", "y", a comma. */
export const JOINING_WORD = /(?:\s(?:and|e|ed|et|und|y|sowie)\s|,\s)/;
