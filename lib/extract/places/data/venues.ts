/**
 * Where leaders meet outside capitals: summit resorts, castles, estates and retreats, and the
 * towns that hosted G7/G8, G20, NATO and regional summits since 2000. Same shape as the city
 * table ("Canonical|CC|IANA zone|variants"); a venue inside a capital is a landmark instead.
 * Names that are also common surnames or words (Crawford, Newport, Hillsborough) are left out:
 * the locative rule finds such towns when the text puts them after "in", "à", "nach".
 */
export const VENUES = [
  // G7 / G8 summit towns and resorts
  'Elmau|DE|Europe/Berlin|Schloss Elmau;Krün;Kruen',
  'Heiligendamm|DE|Europe/Berlin|',
  'Gleneagles|GB|Europe/London|',
  'Lough Erne|GB|Europe/London|Enniskillen',
  'Carbis Bay|GB|Europe/London|',
  'Sea Island|US|America/New_York|',
  'Tōyako|JP|Asia/Tokyo|Toyako;Lake Toya;Lago Toya;Lac Toya;Toya-See',
  'Ise-Shima|JP|Asia/Tokyo|Ise Shima;Kashikojima',
  'Charlevoix|CA|America/Toronto|La Malbaie',
  'Muskoka|CA|America/Toronto|Huntsville',
  'Deauville|FR|Europe/Paris|',
  'Évian-les-Bains|FR|Europe/Paris|Évian;Evian;Evian-les-Bains',
  'Biarritz|FR|Europe/Paris|',
  'Taormina|IT|Europe/Rome|',
  "L'Aquila|IT|Europe/Rome|L’Aquila;Coppito",
  'Genoa|IT|Europe/Rome|Genova;Gênes;Genua;Génova',
  // G20 and regional summit towns
  'Pittsburgh|US|America/New_York|',
  'Cannes|FR|Europe/Paris|',
  'Los Cabos|MX|America/Mazatlan|San José del Cabo',
  'Cancún|MX|America/Cancun|Cancun',
  'Brisbane|AU|Australia/Brisbane|',
  'Belek|TR|Europe/Istanbul|',
  'Hangzhou|CN|Asia/Shanghai|',
  'Nusa Dua|ID|Asia/Makassar|',
  'Mar del Plata|AR|America/Argentina/Buenos_Aires|',
  'Punta del Este|UY|America/Montevideo|',
  'Santa Marta|CO|America/Bogota|',
  // Retreats, castles and estates
  'Meseberg|DE|Europe/Berlin|Schloss Meseberg',
  'Schleswig|DE|Europe/Berlin|Schloss Gottorf',
  'Rancho Mirage|US|America/Los_Angeles|Sunnylands',
  'Kennebunkport|US|America/New_York|',
  'Castel Gandolfo|IT|Europe/Rome|',
  'Pratica di Mare|IT|Europe/Rome|',
  "Cernobbio|IT|Europe/Rome|Villa d'Este",
  'Caserta|IT|Europe/Rome|Reggia di Caserta',
  'Brdo pri Kranju|SI|Europe/Ljubljana|Brdo;Schloss Brdo',
  'Rambouillet|FR|Europe/Paris|Château de Rambouillet',
  'Bormes-les-Mimosas|FR|Europe/Paris|Fort de Brégançon;Brégançon;Bregancon',
  'Versailles|FR|Europe/Paris|Château de Versailles',
];
