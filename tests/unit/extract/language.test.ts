import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../../lib/extract/language/detect-language';
import { extractEvents } from '../../../lib/extract';

describe('language detection', () => {
  it.each([
    ['en', 'The foreign minister will travel to Ottawa next week for talks with his Canadian counterpart.'],
    ['it', 'Il ministro degli Esteri sarà a Ottawa la prossima settimana per un colloquio con il suo omologo.'],
    ['fr', 'Le ministre des Affaires étrangères se rendra à Ottawa la semaine prochaine pour des entretiens.'],
    ['de', 'Der Außenminister reist nächste Woche zu Gesprächen mit seinem kanadischen Amtskollegen nach Ottawa.'],
    ['es', 'El ministro de Asuntos Exteriores viajará a Ottawa la próxima semana para reunirse con su homólogo.'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('uses the language the caller gives over detection', () => {
    expect(extractEvents('Merz trifft Macron.', { language: 'fr' }).language).toBe('fr');
    expect(extractEvents('Merz trifft Macron am Montag in Paris.', { language: 'xx' }).language).toBe('de');
  });
});
