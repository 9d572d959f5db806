/**
 * Buildings and seats that name a city: "name;variants|city (a key of the city table)". A leading
 * "!" marks a name several capitals use (Kanzleramt: Berlin or Vienna): it means the dateline's city
 * when the article has one, the listed city otherwise.
 */
export const LANDMARKS = [
  'White House;Casa Bianca;Maison Blanche;Weißen Haus;Weißes Haus;Weissen Haus;Casa Blanca;Oval Office;Studio Ovale;Bureau ovale|Washington',
  'Capitol Hill;Pentagon;Pentagono;Pentágono;State Department;Dipartimento di Stato;Département d\'État;Departamento de Estado;Foggy Bottom|Washington',
  'Élysée;Elysée;Eliseo;Élysée-Palast;Elysee-Palast;Elysee;Elíseo;Palais de l\'Élysée;Matignon;Hôtel de Matignon;Quai d\'Orsay;Hôtel Matignon|Paris',
  'Kremlin;Cremlino;Kreml;Kremlin|Moscow',
  'Downing Street;Lancaster House;Foreign Office;Whitehall;Buckingham Palace;Westminster|London',
  'Palazzo Chigi;Quirinale;Palazzo del Quirinale;Farnesina;Montecitorio;Palazzo Madama;Villa Madama|Rome',
  'Berlaymont;Justus Lipsius;Europa building;Palazzo Berlaymont|Brussels',
  'Zhongnanhai;Great Hall of the People;Grande Sala del Popolo;Grand Palais du Peuple;Großen Halle des Volkes;Große Halle des Volkes;Gran Salón del Pueblo;Diaoyutai|Beijing',
  '!Kanzleramt;!Bundeskanzleramt;Schloss Bellevue;Bellevue-Palast;Auswärtigen Amt;Auswärtiges Amt;Bendlerblock|Berlin',
  'Moncloa;Palacio de la Moncloa;Palacio Real;Palacio de Viana;Palacio de Santa Cruz;Zarzuela;Palacio de la Zarzuela|Madrid',
  '!Palacio Nacional|Mexico City',
  '!State House;!Presidential Palace;!Palazzo presidenziale;!palais présidentiel;!Präsidentenpalast;!Palacio Presidencial|',
  'Palacio de López|Asunción',
  'Casa Rosada|Buenos Aires',
  'Palácio do Planalto;Planalto;Itamaraty|Brasília',
  'Hyderabad House;Rashtrapati Bhavan;South Block|New Delhi',
  'Cheong Wa Dae;Blue House;Yongsan|Seoul',
  'Kantei;Imperial Palace;Palazzo Imperiale;Palais impérial;Kaiserpalast;Palacio Imperial|Tokyo',
  'Al-Yamamah Palace;Al Yamamah Palace;Yamamah Palace|Riyadh',
  'Palais des Nations;Palazzo delle Nazioni|Geneva',
  'Vatican;Vaticano;Vatikan;Apostolic Palace;Palazzo Apostolico;Santa Sede;Holy See|Vatican City',
  'Hofburg;Ballhausplatz|Vienna',
  'Bürgenstock|Bürgenstock',
  'Malacañang;Malacanang;Philippine International Convention Center|Manila',
  'Mariinsky Palace;Bankova|Kyiv',
  'Cancillería paraguaya|Asunción',
  'Ittihadiya|Cairo',
  'Istana|Singapore',
  'Binnenhof;Catshuis|The Hague',
  'Egmont Palace;Palais d\'Egmont;Egmontpalast|Brussels',
  'Rideau Hall;Parliament Hill|Ottawa',
];
