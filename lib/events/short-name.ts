// Lower-case particles that belong to the surname: "von der Leyen", "da Silva", "de Croo".
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'al', 'el', 'ibn']);
// Press usage puts the family name first for these countries' leaders (Xi Jinping -> Xi).
const FAMILY_NAME_FIRST_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP']);
// When the country is not known, the commonest family names of those traditions say the same.
const FAMILY_NAME_FIRST_NAMES = new Set(['Xi', 'Li', 'Wang', 'Lee', 'Kim', 'Moon', 'Yoon', 'Park', 'Lai', 'Han', 'Zhao', 'Chen']);

/** The name a headline uses for a person: "Rutte", "Xi", "von der Leyen", "Felipe VI". */
export function shortName(name: string, country?: string | null): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ?? '';
  if ((country && FAMILY_NAME_FIRST_COUNTRIES.has(country)) || FAMILY_NAME_FIRST_NAMES.has(words[0])) return words[0];
  // Regnal names stay whole.
  if (words.length === 2 && /^[IVXL]+$/.test(words[1])) return words.join(' ');
  // The surname starts at the first particle after the given name, else it is the last word.
  for (let index = 1; index < words.length - 1; index++) {
    if (PARTICLES.has(words[index])) return words.slice(index).join(' ');
  }
  return words[words.length - 1];
}
