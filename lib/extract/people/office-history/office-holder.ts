/**
 * Office holders with the dates of their terms, so that "the French president" in a 2008 report is
 * the president of 2008. Dates are ISO days ("2017-05-14"); a month or year alone ("2017-05",
 * "2017") stands for its first day as `from` and its last day as `to`; `to: null` means in office.
 */
export type OfficeKind =
  | 'head-of-state'
  | 'head-of-government'
  | 'foreign-minister'
  | 'defence-minister'
  | 'organisation-head'
  | 'other';

export interface OfficeTerm {
  office: OfficeKind;
  /** The office's English title as a report would give it: "President", "Federal Chancellor". */
  role: string;
  /** ISO 3166-1 alpha-2 of the state served; null for an organisation's office. */
  country: string | null;
  /** The organisation served ("NATO", "United Nations"), null for a state office. */
  organization: string | null;
  from: string;
  to: string | null;
}

export interface OfficeHolder {
  /** Full name in its most common Latin spelling. */
  name: string;
  /** Other spellings the five languages use, and surname-only forms that are distinctive. */
  aliases: string[];
  terms: OfficeTerm[];
}
