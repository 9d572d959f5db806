/**
 * Classes of office a title names, in the five languages (folded text): head of state, head of
 * government, foreign minister, defence minister. Shared by the people finder (who is "the French
 * president" on the publication day) and the clause reader (who is "the chancellor" in this text).
 */
import type { OfficeKind } from './office-history';

export type RoleClass = 'state' | 'government' | 'foreign' | 'defence';

const ROLE_CLASSES: Array<[RoleClass, RegExp]> = [
  ['foreign', /foreign|esteri|affaires etrangeres|au(?:ss|ß)enminister|auswartig|asuntos exteriores|external affairs|farnesina|quai d'orsay|diplomati|diplomacia|diplomatie|dfae|\beda\b|canciller(?! federal)|cancilleria|secretary of state|segretario di stato|secretaire d'etat|secretario de estado/],
  ['defence', /defen[cs]e|difesa|defensa|verteidigung|armees|armed forces|war\b|guerra/],
  ['government', /prime minister|premier|primo ministro|premier ministre|ministerprasident|presidente del consiglio|presidente del gobierno|chancellor|kanzler|cancelliere|canciller federal|chanceli|taoiseach|regierungschef|chef du gouvernement|capo del governo|head of government|jefe del gobierno|jefa del gobierno|jefe de gobierno|primer ministro|primera ministra|prima ministra|presidenta del gobierno|presidente del governo|regierungschefin/],
  ['state', /\bpope\b|\bpape\b|\bpapst\b|\bpapa\b|pontefice|president|presidente|prasident|capo dello stato|chef de l'etat|jefe de estado|staatschef|staatsoberhaupt|head of state|mandatari|king|\bre\b|\broi\b|konig|\brey\b|emperor|imperatore|empereur|kaiser|emir|sultan|monarch/],
];

export function roleClasses(folded: string): Set<RoleClass> {
  const out = new Set<RoleClass>();
  for (const [c, re] of ROLE_CLASSES) if (re.test(folded)) out.add(c);
  // "President of the Government" is a head of government, not of state.
  if (out.has('government') && /president[ea] del (?:consiglio|gobierno|governo)|president of the government/.test(folded)) out.delete('state');
  if (out.has('foreign') || out.has('defence')) {
    out.delete('state');
    out.delete('government');
  }
  // "Secretary of State" in the US is the foreign minister; "the state visit" names no office.
  if (out.has('foreign') && /secretary of state|segretario di stato/.test(folded)) out.delete('state');
  return out;
}

export const OFFICE_OF_CLASS: Record<RoleClass, OfficeKind> = {
  state: 'head-of-state',
  government: 'head-of-government',
  foreign: 'foreign-minister',
  defence: 'defence-minister',
};

export const CLASS_OF_OFFICE: Partial<Record<OfficeKind, RoleClass>> = {
  'head-of-state': 'state',
  'head-of-government': 'government',
  'foreign-minister': 'foreign',
  'defence-minister': 'defence',
};
