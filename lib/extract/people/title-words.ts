/**
 * Words that introduce a person: offices, ranks, honorifics, "counterpart". Folded. German
 * compounds ("Bundesaußenminister", "Nato-Generalsekretär") are caught by their suffix.
 */
export const TITLE_WORDS = new Set([
  'president', 'presidente', 'presidenta', 'prasident', 'prasidentin', 'vicepresident', 'vice-president', 'vicepresidente', 'vizeprasident',
  'prime', 'premier', 'premiere', 'premierminister', 'minister', 'ministre', 'ministro', 'ministra', 'ministerin', 'ministers',
  'chancellor', 'cancelliere', 'chancelier', 'chanceliere', 'kanzler', 'kanzlerin', 'canciller',
  'secretary', 'segretario', 'segretaria', 'secretaire', 'sekretar', 'sekretarin', 'secretario', 'secretaria', 'secretary-general', 'secretario general', 'generalsekretar',
  'king', 're', 'roi', 'konig', 'rey', 'queen', 'regina', 'reine', 'konigin', 'reina', 'emperor', 'imperatore', 'empereur', 'kaiser', 'emperador',
  'pope', 'papa', 'papst', 'pontefice', 'prince', 'principe', 'prinz', 'crown', 'emir', 'emiro', 'sheikh', 'sceicco', 'cheikh', 'scheich', 'jeque', 'sultan', 'sultano',
  'governor', 'governatore', 'gouverneur', 'gobernador', 'gobernadora', 'mayor', 'sindaco', 'sindaca', 'maire', 'burgermeister', 'burgermeisterin', 'alcalde', 'alcaldesa',
  'ambassador', 'ambasciatore', 'ambassadeur', 'botschafter', 'botschafterin', 'embajador', 'embajadora',
  'commissioner', 'commissario', 'commissaria', 'commissaire', 'kommissar', 'kommissarin', 'comisario', 'comisaria',
  'chairperson', 'chairman', 'chairwoman', 'chair', 'envoy', 'inviato', 'envoye', 'enviado', 'sondergesandter',
  'general', 'generale', 'marshal', 'maresciallo', 'marechal', 'admiral', 'ammiraglio', 'amiral', 'admiral', 'almirante',
  'cardinal', 'cardinale', 'kardinal', 'senator', 'senatore', 'senateur', 'senadora', 'senador',
  'taoiseach', 'counterpart', 'counterparts', 'omologo', 'omologa', 'homologue', 'homologo', 'homologa', 'amtskollege', 'amtskollegin', 'amtskollegen', 'kollege', 'kollegen', 'kollegin',
  'mandatario', 'mandataria', 'leader', 'dirigeant', 'dirigente', 'head', 'chief', 'capo', 'chef', 'cheffe', 'jefe', 'jefa', 'titolare', 'monarch', 'sovrano', 'monarca',
  'director', 'director-general', 'directeur', 'direttore', 'direttrice', 'direktor', 'managing', 'vicepremier', 'vice-premier', 'vize', 'deputy', 'vice', 'foreign', 'defence', 'defense',
  'ministerprasident', 'ministerprasidentin', 'staatschef', 'regierungschef', 'regierungschefin', 'staatsprasident', 'bundesprasident', 'bundeskanzler', 'bundeskanzlerin',
  'spokesman', 'spokeswoman', 'spokesperson', 'portavoce', 'porte-parole', 'portavoz', 'sprecher', 'sprecherin',
  'gouverneure', 'commander', 'comandante', 'commandant', 'kommandeur', 'economist', 'economista', 'economiste', 'okonom',
  // Speakers of parliaments, advisers, heads of regions, first ladies, princesses and prelates.
  'speaker', 'adviser', 'advisor', 'consigliere', 'consigliera', 'conseiller', 'conseillere', 'berater', 'beraterin', 'asesor', 'asesora', 'consejero', 'consejera',
  'landeshauptmann', 'landeshauptfrau', 'sottosegretario', 'sottosegretaria', 'undersecretary', 'lady', 'dama',
  'princess', 'principessa', 'princesse', 'prinzessin', 'princesa', 'infanta', 'duke', 'duca', 'duc', 'herzog', 'duque', 'duchess', 'duchessa', 'duchesse', 'herzogin', 'duquesa',
  'patriarch', 'patriarca', 'patriarche', 'archbishop', 'arcivescovo', 'archeveque', 'erzbischof', 'arzobispo', 'bishop', 'vescovo', 'eveque', 'bischof', 'obispo',
]);

/** German compound suffixes: "Außenministerin", "Nato-Generalsekretär", "US-Präsident". */
export const TITLE_SUFFIXES = ['minister', 'ministerin', 'kanzler', 'kanzlerin', 'prasident', 'prasidentin', 'sekretar', 'sekretarin', 'chef', 'chefin', 'kommissar', 'kommissarin', 'konig', 'konigin', 'sprecher', 'sprecherin', 'botschafter', 'kaiser', 'burgermeister', 'vorsitzender', 'vorsitzende', 'premier', 'berater', 'beraterin', 'hauptmann',
  // Weak and genitive forms: "den Präsidenten", "des Kanzlers" (otherwise "Obama den Präsidenten" reads as one name).
  'prasidenten', 'kanzlers', 'ministers', 'konigs', 'kaisers', 'sekretars', 'botschafters', 'chefs', 'kommissars', 'premiers', 'vorsitzenden'];

/** Titles whose holder speaks for others and never takes part. */
export const SPEAKER_TITLES = ['spokesman', 'spokeswoman', 'spokesperson', 'portavoce', 'porte-parole', 'portavoz', 'sprecher', 'sprecherin', 'economist', 'economista', 'economiste', 'okonom'];

// German capitalises the nouns of family: "seiner Lebensgefährtin Daniela Schadt" is not a three-word name.
export const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'dr', 'm', 'mme', 'herr', 'frau', 'ehefrau', 'ehemann', 'gattin', 'gatte', 'lebensgefahrtin', 'lebensgefahrte', 'partnerin', 'tochter', 'sohn', 'witwe', 'sr', 'sra', 'signor', 'signora', 'sig', 'don', 'dona', 'senor', 'senora', 'madame', 'monsieur']);

/** Lower-case words allowed inside names ("von der Leyen", "Lula da Silva", "bin Salman"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'du', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'ben', 'y', 'ter']);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set([
  'the', 'il', 'lo', 'la', 'le', 'les', 'los', 'las', 'el', 'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'un', 'una', 'une', 'a', 'an', 'i', 'gli', 'and', 'e', 'et', 'und', 'y',
  'he', 'she', 'it', 'they', 'we', 'his', 'her', 'lui', 'lei', 'il', 'elle', 'er', 'sie', 'es', 'ella', 'el',
  'union', 'unione', 'commission', 'commissione', 'kommission', 'comision', 'council', 'consiglio', 'conseil', 'rat', 'consejo', 'government', 'governo', 'gouvernement', 'regierung', 'gobierno',
  'ministry', 'ministero', 'ministere', 'ministerium', 'ministerio', 'house', 'palace', 'palazzo', 'palais', 'palast', 'palacio', 'street', 'via', 'rue', 'strasse', 'calle', 'casa', 'villa', 'maison',
  'republic', 'repubblica', 'republique', 'republik', 'republica', 'state', 'stato', 'etat', 'staat', 'estado', 'states', 'stati', 'nations', 'nazioni', 'european', 'europea', 'europeo', 'europeen', 'europeenne',
  'affairs', 'affari', 'affaires', 'asuntos', 'esteri', 'exteriores', 'etrangeres', 'foreign', 'defence', 'defense', 'difesa', 'nato', 'otan', 'un', 'onu', 'eu', 'ue', 'g7', 'g20', 'asean', 'imf', 'fmi',
  'summit', 'vertice', 'sommet', 'gipfel', 'cumbre', 'conference', 'forum', 'office', 'bureau', 'agency', 'press', 'news', 'reuters', 'afp', 'ansa', 'dpa', 'efe', 'ap', 'apa', 'agenzia', 'agence',
  'centre', 'center', 'centro', 'zentrum', 'university', 'universita', 'universite', 'universitat', 'universidad', 'bank', 'banca', 'banque', 'banco', 'party', 'partito', 'parti', 'partei', 'partido',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'sheikh', 'prince', 'king', 'emir', 'his', 'majesty', 'highness',
  // Regions, forces and forms of address: capitalised in names of bodies, never a person's.
  'asian', 'african', 'africain', 'africaine', 'africano', 'africana', 'afrikanisch', 'arab', 'arabe', 'arabo', 'araba', 'latin', 'latino', 'latinoamericano', 'caribbean', 'pacific', 'atlantic', 'nordic', 'baltic',
  // Rooms, buildings and squares, federations and alliances: "Sala del Tronetto", "Castello Svevo",
  // "National Gallery", "Independence Square", "Confederazione Elvetica", "Alleanza Atlantica".
  'sala', 'salle', 'saal', 'salon', 'castello', 'castle', 'chateau', 'schloss', 'castillo', 'gallery', 'galleria', 'galerie', 'museum', 'museo', 'musee',
  'square', 'piazza', 'plaza', 'platz', 'hall', 'confederazione', 'confederation', 'confederacion', 'eidgenossenschaft', 'federazione', 'federation', 'federacion',
  'alleanza', 'alliance', 'alianza', 'allianz', 'partners', 'heads', 'protocolo', 'protocollo', 'protocole', 'ceremonial', 'stampa', 'prensa',
  // Verbs a headline capitalises ("Donald Trump Cancels Visit").
  'visit', 'visits', 'meets', 'cancels', 'arrives', 'talks', 'calls', 'says', 'hosts', 'welcomes',
  // Airports, churches, stations and other places capitalised like names ("Tribhuvan International
  // Airport"), regions ("Medio Oriente", "Canton Ticino"), groups ("Quartetto"), a host ("Gastgeber").
  'airport', 'aeroporto', 'aeroport', 'flughafen', 'aeropuerto', 'international', 'internazionale', 'internacional', 'internationale',
  'cathedral', 'cattedrale', 'cathedrale', 'catedral', 'church', 'chiesa', 'eglise', 'kirche', 'iglesia', 'hotel', 'stadium', 'stadio', 'stade', 'stadion', 'estadio',
  'station', 'stazione', 'gare', 'bahnhof', 'estacion', 'canton', 'cantone', 'kanton', 'region', 'regione', 'provincia', 'province', 'provinz',
  'medio', 'oriente', 'orient', 'middle', 'east', 'quartet', 'quartetto', 'quartette', 'quartett', 'cuarteto', 'federale', 'gastgeber', 'gastgeberin',
  // Companies: "Nozomi Networks", "Siemens Energy", "Leonardo Group".
  'networks', 'network', 'systems', 'group', 'gruppo', 'groupe', 'gruppe', 'grupo', 'inc', 'ltd', 'llc', 'gmbh', 'spa', 'corp', 'corporation', 'holding', 'holdings',
  'technologies', 'technology', 'labs', 'solutions', 'industries', 'motors', 'airlines', 'airways', 'energy', 'pharma', 'foods', 'telecom', 'media',
  'air', 'force', 'forces', 'army', 'navy', 'excellence', 'excellency', 'eccellenza', 'excelencia', 'majestades', 'majestad', 'maesta', 'majeste', 'social', 'ejecutivo', 'executive', 'esecutivo', 'executif',
]);
