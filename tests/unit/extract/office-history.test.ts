import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../lib/events/countries';
import { OFFICE_HOLDERS } from '../../../lib/extract/people/office-history';
import type { OfficeHolder, OfficeTerm } from '../../../lib/extract/people/office-history/office-holder';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** First day a date stands for, as a UTC day number. */
function startDay(value: string): number {
  const [, y, mo, d] = DATE.exec(value)!;
  return Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1) / DAY_MS;
}

/** Last day a date stands for, as a UTC day number; open terms run to the far future. */
function endDay(value: string | null): number {
  if (value === null) return Number.POSITIVE_INFINITY;
  const [, y, mo, d] = DATE.exec(value)!;
  if (d) return Date.UTC(Number(y), Number(mo) - 1, Number(d)) / DAY_MS;
  if (mo) return Date.UTC(Number(y), Number(mo), 0) / DAY_MS;
  return Date.UTC(Number(y), 11, 31) / DAY_MS;
}

const describeTerm = (p: OfficeHolder, t: OfficeTerm) =>
  `${p.name}: ${t.office} ${t.country ?? t.organization} ${t.from}–${t.to ?? '…'}`;

describe('office history data', () => {
  it('has several hundred people', () => {
    expect(OFFICE_HOLDERS.length).toBeGreaterThan(300);
  });

  it('gives every person a non-empty name, non-empty aliases and at least one term', () => {
    const bad = OFFICE_HOLDERS.filter(
      (p) => !p.name.trim() || p.terms.length === 0 || p.aliases.some((a) => !a.trim()),
    ).map((p) => p.name || '(empty name)');
    expect(bad).toEqual([]);
  });

  it('lists each person once', () => {
    const seen = new Map<string, number>();
    for (const p of OFFICE_HOLDERS) seen.set(fold(p.name), (seen.get(fold(p.name)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
  });

  it('uses known ISO country codes and names a country or an organisation for every term', () => {
    const bad: string[] = [];
    for (const p of OFFICE_HOLDERS) {
      for (const t of p.terms) {
        if (t.country === null && !t.organization?.trim()) bad.push(`${describeTerm(p, t)}: no country or organisation`);
        if (t.country !== null && !isCountryCode(t.country)) bad.push(`${describeTerm(p, t)}: unknown country`);
        if (!t.role.trim()) bad.push(`${describeTerm(p, t)}: empty role`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses YYYY, YYYY-MM or YYYY-MM-DD dates with from <= to', () => {
    const bad: string[] = [];
    for (const p of OFFICE_HOLDERS) {
      for (const t of p.terms) {
        if (!isValidDate(t.from)) bad.push(`${describeTerm(p, t)}: bad from`);
        else if (t.to !== null && !isValidDate(t.to)) bad.push(`${describeTerm(p, t)}: bad to`);
        else if (startDay(t.from) > endDay(t.to)) bad.push(`${describeTerm(p, t)}: from after to`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never gives the same alias (or an alias equal to a name) to two people', () => {
    const owners = new Map<string, Set<string>>();
    for (const p of OFFICE_HOLDERS) {
      for (const form of [p.name, ...p.aliases]) {
        const key = fold(form);
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(p.name);
      }
    }
    const clashes = [...owners]
      .filter(([, names]) => names.size > 1)
      .map(([alias, names]) => `${alias}: ${[...names].join(' / ')}`);
    expect(clashes).toEqual([]);
  });

  it('has no two people in the same office of the same country or organisation on overlapping days', () => {
    const byOffice = new Map<string, { person: string; term: OfficeTerm }[]>();
    for (const p of OFFICE_HOLDERS) {
      for (const t of p.terms) {
        if (t.office === 'other') continue;
        const key = `${t.office}|${t.country ?? ''}|${t.organization ?? ''}`;
        if (!byOffice.has(key)) byOffice.set(key, []);
        byOffice.get(key)!.push({ person: p.name, term: t });
      }
    }
    const clashes: string[] = [];
    for (const [key, entries] of byOffice) {
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const a = entries[i];
          const b = entries[j];
          if (a.person === b.person) continue;
          const from = Math.max(startDay(a.term.from), startDay(b.term.from));
          const to = Math.min(endDay(a.term.to), endDay(b.term.to));
          // A shared hand-over day is fine; more than one shared day is not.
          if (to - from >= 1) {
            clashes.push(`${key}: ${a.person} (${a.term.from}–${a.term.to ?? '…'}) / ${b.person} (${b.term.from}–${b.term.to ?? '…'})`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
