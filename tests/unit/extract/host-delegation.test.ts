import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// The hosts' delegation, named with the host country's adjective, sits at the meeting just told;
// it is not part of the travelling party. Sentences written here.
const MEETING = 'meeting 2026-03-17..2026-03-17 Berlin held Boris Pistorius + Friedrich Merz + Johann Wadephul + William Ruto';

describe("the hosts' delegation", () => {
  it('en: "The German delegation included" joins the meeting with the chancellor', () => {
    const text = 'Kenyan President William Ruto was received by Chancellor Friedrich Merz in Berlin on 17 March. The German delegation included Johann Wadephul and Boris Pistorius.';
    expect(run(text, '2026-03-18', 'en')).toEqual([MEETING]);
  });
  it('it: "La delegazione tedesca era composta da"', () => {
    const text = 'Il presidente keniano William Ruto è stato ricevuto dal cancelliere Friedrich Merz a Berlino il 17 marzo. La delegazione tedesca era composta da Johann Wadephul e Boris Pistorius.';
    expect(run(text, '2026-03-18', 'it')).toEqual([MEETING]);
  });
  it('fr: "La délégation allemande était composée de"', () => {
    const text = 'Le président kényan William Ruto a été reçu par le chancelier Friedrich Merz à Berlin le 17 mars. La délégation allemande était composée de Johann Wadephul et Boris Pistorius.';
    expect(run(text, '2026-03-18', 'fr')).toEqual([MEETING]);
  });
  it('de: "Zur deutschen Delegation gehörten"', () => {
    const text = 'Der kenianische Präsident William Ruto wurde am 17. März in Berlin von Bundeskanzler Friedrich Merz empfangen. Zur deutschen Delegation gehörten Johann Wadephul und Boris Pistorius.';
    expect(run(text, '2026-03-18', 'de')).toEqual([MEETING]);
  });
  it('es: "La delegación alemana estaba integrada por"', () => {
    const text = 'El presidente keniano William Ruto fue recibido por el canciller Friedrich Merz en Berlín el 17 de marzo. La delegación alemana estaba integrada por Johann Wadephul y Boris Pistorius.';
    expect(run(text, '2026-03-18', 'es')).toEqual([MEETING]);
  });
  it("en: the traveller's own delegation still travels with the traveller", () => {
    const text = 'Chancellor Friedrich Merz travelled to Nairobi on 17 March, where he met President William Ruto. The German delegation included Johann Wadephul.';
    const events = run(text, '2026-03-18', 'en');
    expect(events.find((e) => e.startsWith('visit'))).toContain('Johann Wadephul');
  });
});
