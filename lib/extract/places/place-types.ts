/** The records of the place index (place-index.ts), apart from it so that its builders can share them without importing it. */
export interface City {
  name: string;
  country: string;
  zone: string;
}

export interface Country {
  code: string;
  capital: string;
}

export type PlaceEntry = { type: 'city'; city: City } | { type: 'country'; country: Country } | { type: 'landmark'; city: City; name: string; generic?: boolean };
