import type { EventInput } from '../../lib/events/event-input-schema';
import { shortName } from '../../lib/events/short-name';

/**
 * Demo data written for Summitry (not taken from any wire service): a plausible diplomatic
 * calendar from spring 2026 to early 2027, so a fresh install has a timeline worth reading.
 * Each entry is a batch: a top-level event and, for visits and summits, the meetings inside it.
 */
type P = { name: string; role: string; organization?: string; country?: string };

// Lula is known by his own name, not "da Silva".
const headlineName = (p: P) => (p.name === 'Luiz Inácio Lula da Silva' ? 'Lula' : shortName(p.name, p.country));
type Batch = { event: EventInput; children?: EventInput[] };

const person = (name: string, role: string, country?: string, organization?: string): P => ({ name, role, country, organization });

const RUTTE = person('Mark Rutte', 'Secretary General', undefined, 'NATO');
const TRUMP = person('Donald Trump', 'President', 'US');
const RUBIO = person('Marco Rubio', 'Secretary of State', 'US');
const HEGSETH = person('Pete Hegseth', 'Secretary of War', 'US');
const MACRON = person('Emmanuel Macron', 'President', 'FR');
const BARROT = person('Jean-Noël Barrot', 'Minister for Europe and Foreign Affairs', 'FR');
const MERZ = person('Friedrich Merz', 'Federal Chancellor', 'DE');
const WADEPHUL = person('Johann Wadephul', 'Federal Foreign Minister', 'DE');
const PISTORIUS = person('Boris Pistorius', 'Federal Minister of Defence', 'DE');
const MELONI = person('Giorgia Meloni', 'President of the Council of Ministers', 'IT');
const TAJANI = person('Antonio Tajani', 'Minister of Foreign Affairs', 'IT');
const STARMER = person('Keir Starmer', 'Prime Minister', 'GB');
const COOPER = person('Yvette Cooper', 'Foreign Secretary', 'GB');
const HEALEY = person('John Healey', 'Defence Secretary', 'GB');
const SANCHEZ = person('Pedro Sánchez', 'President of the Government', 'ES');
const ALBARES = person('José Manuel Albares', 'Minister of Foreign Affairs', 'ES');
const CARNEY = person('Mark Carney', 'Prime Minister', 'CA');
const ANAND = person('Anita Anand', 'Minister of Foreign Affairs', 'CA');
const MODI = person('Narendra Modi', 'Prime Minister', 'IN');
const JAISHANKAR = person('Subrahmanyam Jaishankar', 'Minister of External Affairs', 'IN');
const XI = person('Xi Jinping', 'President', 'CN');
const WANG_YI = person('Wang Yi', 'Minister of Foreign Affairs', 'CN');
const ZELENSKY = person('Volodymyr Zelensky', 'President', 'UA');
const SYBIHA = person('Andrii Sybiha', 'Minister of Foreign Affairs', 'UA');
const ERDOGAN = person('Recep Tayyip Erdoğan', 'President', 'TR');
const FIDAN = person('Hakan Fidan', 'Minister of Foreign Affairs', 'TR');
const LULA = person('Luiz Inácio Lula da Silva', 'President', 'BR');
const VIEIRA = person('Mauro Vieira', 'Minister of Foreign Affairs', 'BR');
const TAKAICHI = person('Sanae Takaichi', 'Prime Minister', 'JP');
const MOTEGI = person('Toshimitsu Motegi', 'Minister for Foreign Affairs', 'JP');
const VDL = person('Ursula von der Leyen', 'President of the European Commission', undefined, 'European Union');
const COSTA = person('António Costa', 'President of the European Council', undefined, 'European Union');
const KALLAS = person('Kaja Kallas', 'High Representative', undefined, 'European Union');
const GUTERRES = person('António Guterres', 'Secretary-General', undefined, 'United Nations');
const GEORGIEVA = person('Kristalina Georgieva', 'Managing Director', undefined, 'IMF');
const TUSK = person('Donald Tusk', 'Prime Minister', 'PL');
const SIKORSKI = person('Radosław Sikorski', 'Minister of Foreign Affairs', 'PL');
const ALBANESE = person('Anthony Albanese', 'Prime Minister', 'AU');
const WONG = person('Penny Wong', 'Minister for Foreign Affairs', 'AU');
const LEE = person('Lee Jae-myung', 'President', 'KR');
const SHEINBAUM = person('Claudia Sheinbaum', 'President', 'MX');
const RAMAPHOSA = person('Cyril Ramaphosa', 'President', 'ZA');
const YOUSSOUF = person('Mahmoud Ali Youssouf', 'Chairperson of the Commission', undefined, 'African Union');
const FAISAL = person('Faisal bin Farhan Al Saud', 'Minister of Foreign Affairs', 'SA');

const WASHINGTON = { city: 'Washington', country: 'US' };
const DEMO_SOURCE = [{ publisher: 'Summitry demo data', language: 'en', quote: 'Demo entry written for Summitry.' }];

function visit(
  who: P[],
  city: string,
  country: string,
  timezone: string,
  start: string,
  end: string,
  status: EventInput['status'],
  meetings: Array<{ with: P[]; on: string; at?: string; kind?: 'meeting' | 'call' }>,
): Batch {
  const lead = headlineName(who[0]);
  return {
    event: {
      kind: 'visit',
      title: `${who[0].name} visits ${city}`,
      status,
      start,
      end,
      timezone,
      location: { city, country },
      participants: who,
      sources: DEMO_SOURCE,
    },
    children: meetings.map((meeting) => ({
      kind: meeting.kind ?? 'meeting',
      title: `${lead} meets ${meeting.with.map(headlineName).join(' and ')}`,
      status,
      start: meeting.at ? `${meeting.on}T${meeting.at}` : meeting.on,
      end: meeting.on,
      timezone,
      location: { city, country },
      participants: [who[0], ...meeting.with],
      sources: DEMO_SOURCE,
    })),
  };
}

function single(
  kind: 'meeting' | 'call' | 'summit' | 'conference' | 'other',
  title: string,
  who: P[],
  place: { city: string; country: string; timezone: string } | null,
  start: string,
  end: string,
  status: EventInput['status'],
  timezone: string | null = place?.timezone ?? null,
): Batch {
  return {
    event: {
      kind,
      title,
      status,
      start,
      end,
      timezone,
      location: place ? { city: place.city, country: place.country } : null,
      participants: who,
      sources: DEMO_SOURCE,
    },
  };
}

/** A batch the hosts have not confirmed: announced ("expected") or only reported ("unconfirmed"). */
function notConfirmed(batch: Batch, certainty: 'expected' | 'unconfirmed'): Batch {
  return { event: { ...batch.event, certainty }, children: batch.children?.map((child) => ({ ...child, certainty })) };
}

export const DEMO_BATCHES: Batch[] = [
  {
    // The seed report: announced on 3 April for 8–12 April 2026.
    event: {
      kind: 'visit',
      title: 'Mark Rutte visits Washington',
      status: 'held',
      start: '2026-04-08',
      end: '2026-04-12',
      timezone: 'America/New_York',
      location: WASHINGTON,
      participants: [RUTTE],
      sources: [
        {
          publisher: 'Prima Notizia 24',
          language: 'it',
          published: '2026-04-03',
          quote: 'Il Segretario Generale della NATO, Mark Rutte, visiterà Washington dall\'8 al 12 aprile 2026.',
        },
      ],
    },
    children: [TRUMP, RUBIO, HEGSETH].map((other) => ({
      kind: 'meeting' as const,
      title: `Rutte meets ${other.name.split(' ').at(-1)}`,
      status: 'held' as const,
      start: '2026-04-08',
      end: '2026-04-08',
      timezone: 'America/New_York',
      location: WASHINGTON,
      participants: [RUTTE, other],
      sources: [{ publisher: 'Prima Notizia 24', language: 'it', published: '2026-04-03', quote: 'Il momento centrale della visita è fissato per l\'8 aprile.' }],
    })),
  },
  visit([CARNEY, ANAND], 'New Delhi', 'IN', 'Asia/Kolkata', '2026-03-02', '2026-03-04', 'held', [
    { with: [MODI], on: '2026-03-03', at: '11:00' },
  ]),
  visit([MACRON, BARROT], 'Seoul', 'KR', 'Asia/Seoul', '2026-04-20', '2026-04-22', 'held', [
    { with: [LEE], on: '2026-04-21', at: '15:00' },
  ]),
  single('call', 'Trump – Xi phone call', [TRUMP, XI], null, '2026-05-07T08:30', '2026-05-07T09:30', 'held', 'America/New_York'),
  visit([MELONI], 'Tokyo', 'JP', 'Asia/Tokyo', '2026-05-18', '2026-05-20', 'held', [
    { with: [TAKAICHI], on: '2026-05-19', at: '11:00' },
    { with: [MOTEGI], on: '2026-05-20' },
  ]),
  single('summit', 'G7 summit in Évian', [MACRON, TRUMP, MERZ, MELONI, STARMER, CARNEY, TAKAICHI, VDL, COSTA], { city: 'Évian-les-Bains', country: 'FR', timezone: 'Europe/Paris' }, '2026-06-14', '2026-06-16', 'held'),
  visit([WADEPHUL], 'Warsaw', 'PL', 'Europe/Warsaw', '2026-06-22', '2026-06-23', 'held', [
    { with: [SIKORSKI], on: '2026-06-22', at: '14:00' },
    { with: [TUSK], on: '2026-06-23' },
  ]),
  single('summit', 'NATO summit in Ankara', [RUTTE, ERDOGAN, TRUMP, MERZ, MACRON, STARMER, MELONI, SANCHEZ, TUSK, CARNEY], { city: 'Ankara', country: 'TR', timezone: 'Europe/Istanbul' }, '2026-07-07', '2026-07-08', 'held'),
  visit([COOPER], 'Nairobi', 'KE', 'Africa/Nairobi', '2026-07-20', '2026-07-21', 'held', [
    { with: [YOUSSOUF], on: '2026-07-21', at: '11:00' },
  ]),
  visit([LULA, VIEIRA], 'Rome', 'IT', 'Europe/Rome', '2026-09-14', '2026-09-16', 'held', [
    { with: [MELONI], on: '2026-09-14', at: '17:00' },
    { with: [TAJANI], on: '2026-09-15' },
  ]),
  single('conference', 'UN General Assembly high-level week', [GUTERRES, LULA, TRUMP, RAMAPHOSA], { city: 'New York', country: 'US', timezone: 'America/New_York' }, '2026-09-22', '2026-09-26', 'held'),
  visit([ALBARES], 'Mexico City', 'MX', 'America/Mexico_City', '2026-10-05', '2026-10-06', 'held', [
    { with: [SHEINBAUM], on: '2026-10-06', at: '10:30' },
  ]),
  single('meeting', 'IMF annual meetings: Georgieva meets Sánchez', [GEORGIEVA, SANCHEZ], { city: 'Washington', country: 'US', timezone: 'America/New_York' }, '2026-10-14T09:00', '2026-10-14T10:00', 'held'),
  visit([ZELENSKY, SYBIHA], 'Berlin', 'DE', 'Europe/Berlin', '2026-10-26', '2026-10-27', 'held', [
    { with: [MERZ], on: '2026-10-26', at: '12:00' },
    { with: [PISTORIUS], on: '2026-10-27' },
  ]),
  single('call', 'Meloni – Zelensky call', [MELONI, ZELENSKY], null, '2026-11-06', '2026-11-06', 'held'),
  visit([STARMER, HEALEY], 'Paris', 'FR', 'Europe/Paris', '2026-11-12', '2026-11-12', 'held', [
    { with: [MACRON], on: '2026-11-12', at: '13:00' },
  ]),
  single('meeting', 'Kallas meets Sybiha in Brussels', [KALLAS, SYBIHA], { city: 'Brussels', country: 'BE', timezone: 'Europe/Brussels' }, '2026-11-18T09:30', '2026-11-18T10:30', 'held'),
  single('summit', 'G20 leaders’ summit in Miami', [TRUMP, XI, MODI, LULA, RAMAPHOSA, ERDOGAN, ALBANESE, CARNEY, SHEINBAUM], { city: 'Miami', country: 'US', timezone: 'America/New_York' }, '2026-12-14', '2026-12-15', 'scheduled'),
  visit([RUBIO], 'Beijing', 'CN', 'Asia/Shanghai', '2026-12-02', '2026-12-04', 'scheduled', [
    { with: [WANG_YI], on: '2026-12-02', at: '16:00' },
    { with: [XI], on: '2026-12-03' },
  ]),
  // Two reports that cannot both be right: Rubio in Beijing until the 4th, and at a forum in Kuala
  // Lumpur on the 3rd (the demo's clash, shown on /clashes).
  notConfirmed(single('conference', 'ASEAN Regional Forum in Kuala Lumpur', [RUBIO, WANG_YI], { city: 'Kuala Lumpur', country: 'MY', timezone: 'Asia/Kuala_Lumpur' }, '2026-12-03', '2026-12-03', 'scheduled'), 'unconfirmed'),
  single('summit', 'European Council', [COSTA, VDL, MERZ, MACRON, MELONI, SANCHEZ, TUSK], { city: 'Brussels', country: 'BE', timezone: 'Europe/Brussels' }, '2026-12-17', '2026-12-18', 'scheduled'),
  visit([FIDAN], 'Riyadh', 'SA', 'Asia/Riyadh', '2026-12-07', '2026-12-08', 'postponed', [
    { with: [FAISAL], on: '2026-12-07' },
  ]),
  notConfirmed(visit([ALBANESE, WONG], 'Jakarta', 'ID', 'Asia/Jakarta', '2027-01-19', '2027-01-21', 'scheduled', []), 'expected'),
  visit([PISTORIUS], 'Vilnius', 'LT', 'Europe/Vilnius', '2026-11-30', '2026-12-01', 'cancelled', []),
  single('call', 'Jaishankar – Wang Yi call', [JAISHANKAR, WANG_YI], null, '2026-11-24', '2026-11-24', 'held'),
  notConfirmed(
    visit([MERZ, WADEPHUL], 'London', 'GB', 'Europe/London', '2027-01-12', '2027-01-13', 'scheduled', [
      { with: [STARMER], on: '2027-01-12', at: '12:30' },
      { with: [COOPER], on: '2027-01-13' },
    ]),
    'unconfirmed',
  ),
  single('conference', 'Munich Security Conference', [MERZ, RUBIO, ZELENSKY, RUTTE, KALLAS], { city: 'Munich', country: 'DE', timezone: 'Europe/Berlin' }, '2027-02-12', '2027-02-14', 'scheduled'),
];
