/** All office holders since 2000, every region and the international organisations concatenated. */
import type { OfficeHolder } from './office-holder';
import { AMERICAS_OFFICE_HOLDERS } from './americas';
import { CONSORTS } from './consorts';
import { ASIA_PACIFIC_OFFICE_HOLDERS } from './asia-pacific';
import { EUROPE_OFFICE_HOLDERS } from './europe';
import { MIDDLE_EAST_AFRICA_OFFICE_HOLDERS } from './middle-east-africa';
import { ORGANISATION_OFFICE_HOLDERS } from './organisations';

export type { OfficeHolder, OfficeKind, OfficeTerm } from './office-holder';
export { AMERICAS_OFFICE_HOLDERS, ASIA_PACIFIC_OFFICE_HOLDERS, EUROPE_OFFICE_HOLDERS, MIDDLE_EAST_AFRICA_OFFICE_HOLDERS, ORGANISATION_OFFICE_HOLDERS };

export const OFFICE_HOLDERS: OfficeHolder[] = [
  ...EUROPE_OFFICE_HOLDERS,
  ...AMERICAS_OFFICE_HOLDERS,
  ...ASIA_PACIFIC_OFFICE_HOLDERS,
  ...MIDDLE_EAST_AFRICA_OFFICE_HOLDERS,
  ...ORGANISATION_OFFICE_HOLDERS,
  ...CONSORTS,
];
