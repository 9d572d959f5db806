/**
 * Calendar days for date mentions. chrono-style forward guessing puts past events a year ahead,
 * so years and weekdays are chosen here from the publication date and the tense: the nearest
 * occurrence in the direction the sentence points to. All arithmetic is luxon's.
 */
import { DateTime } from 'luxon';
import type { DateMention } from './find-dates';
import type { Tense } from '../structure/detect-tense';

export interface DayRange {
  start: DateTime;
  end: DateTime;
  /** "on the second day of his visit" with no stay known yet: the day the stay began */
  stayStart?: DateTime;
}

export interface DateContext {
  /** publication date, or a stand-in from the text */
  reference: DateTime | null;
  /** the last day a preceding mention resolved to (anaphors, bare days) */
  last: DateTime | null;
  /** the last multi-day range mentioned: weekdays inside it resolve into it */
  frame: DayRange | null;
  /** the year the sentence names ("in June 2011", "on 5 June 2011"): its dates without a year are of it */
  year?: number | null;
}

/** A calendar day at UTC midnight (days carry no zone until an event gets a place). */
const dayCache = new Map<number, DateTime | null>();

export function makeDay(y: number, m: number, d: number): DateTime | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) return null;
  // DateTime is immutable, so one instance per calendar day can be shared (bounded cache).
  const key = y * 10000 + m * 100 + d;
  let dt = dayCache.get(key);
  if (dt === undefined) {
    const made = DateTime.utc(y, m, d);
    dt = made.isValid ? made : null;
    if (dayCache.size > 5000) dayCache.clear();
    dayCache.set(key, dt);
  }
  return dt;
}

/** Whole days from b to a. Days are UTC midnights, so the millisecond difference is exact. */
export function daysBetween(a: DateTime, b: DateTime): number {
  return Math.round((a.toMillis() - b.toMillis()) / 86_400_000);
}

function pickYear(d: number, m: number, ref: DateTime, tense: Tense, pastHint: boolean): DateTime | null {
  const cands: DateTime[] = [];
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const dt = makeDay(y, m, d);
    if (dt) cands.push(dt);
  }
  if (!cands.length) return null;
  const diff = (dt: DateTime) => daysBetween(dt, ref);
  if (pastHint) {
    const past = cands.filter((c) => diff(c) <= 1);
    if (past.length) return past[past.length - 1];
  }
  // The nearest occurrence, unless the tense clearly points the other way ("had been
  // scheduled for March 16" a week ahead is still this year).
  const nearest = cands.reduce((a, b) => (Math.abs(diff(a)) <= Math.abs(diff(b)) ? a : b));
  const i = cands.indexOf(nearest);
  if (tense === 'past' && diff(nearest) > 45 && i > 0) return cands[i - 1];
  if (tense === 'future' && diff(nearest) < -45 && i + 1 < cands.length) return cands[i + 1];
  return nearest;
}

function weekdayFrom(ref: DateTime, weekday: number, dir: 'next' | 'last' | 'this' | 'past' | 'future' | 'nearest'): DateTime {
  const delta = weekday - ref.weekday;
  switch (dir) {
    case 'nearest':
      // No tense to go by: the coming days, or the three before ("the meeting on Thursday" in Friday's paper).
      return ref.plus({ days: delta < -3 ? delta + 7 : delta });
    case 'this':
      return ref.plus({ days: delta });
    case 'next':
      return ref.plus({ days: delta > 0 ? delta : delta + 7 });
    case 'future':
      return ref.plus({ days: delta >= 0 ? delta : delta + 7 });
    case 'last':
      return ref.minus({ days: delta < 0 ? -delta : 7 - delta });
    case 'past':
      return ref.minus({ days: delta <= 0 ? -delta : 7 - delta });
  }
}

/** The day `d` that falls on `weekday`, in the month nearest the context ("lunes 13"). */
function dayWithWeekday(d: number, weekday: number | undefined, around: DateTime, tense: Tense): DateTime | null {
  const months = [0, 1, -1, 2, -2, 3, -3];
  let fallback: DateTime | null = null;
  for (const k of months) {
    const mi = around.month - 1 + k;
    const dt = makeDay(around.year + Math.floor(mi / 12), ((mi % 12) + 12) % 12 + 1, d);
    if (!dt) continue;
    if (weekday === undefined) {
      if (k === 0 && tense !== 'future') return dt;
      if (tense === 'future' && dt >= around.minus({ days: 3 })) return dt;
      if (!fallback) fallback = dt;
      continue;
    }
    if (dt.weekday === weekday) return dt;
  }
  return weekday === undefined ? fallback : null;
}

export function resolveMention(m: DateMention, ctx: DateContext, tense: Tense): DayRange | null {
  const ref = ctx.reference;
  switch (m.kind) {
    case 'date': {
      if (m.d1 === undefined || m.m1 === undefined) return null;
      const year = m.y1 ?? ctx.year;
      const day = year ? makeDay(year, m.m1, m.d1) : ref ? pickYear(m.d1, m.m1, ref, tense, !!m.pastHint) : null;
      return day ? { start: day, end: day } : null;
    }
    case 'range': {
      if (m.d1 === undefined || m.d2 === undefined || m.m1 === undefined || m.m2 === undefined) return null;
      let start: DateTime | null = null;
      if (m.y1) start = makeDay(m.y1, m.m1, m.d1);
      else if (m.y2 && m.m1 > m.m2) start = makeDay(m.y2 - 1, m.m1, m.d1);
      else if (m.y2) start = makeDay(m.y2, m.m1, m.d1);
      else if (ref) start = pickYear(m.d1, m.m1, ref, tense, false);
      if (!start) return null;
      const endYear = m.y2 ?? (m.m2 < m.m1 ? start.year + 1 : start.year);
      const end = makeDay(endYear, m.m2, m.d2);
      if (!end || end < start || daysBetween(end, start) > 62) return { start, end: start };
      return { start, end };
    }
    case 'dayonly': {
      if (m.d1 === undefined) return null;
      const around = ctx.last ?? ctx.frame?.start ?? ref;
      if (!around) return null;
      if (ctx.frame && m.wd1 === undefined) {
        for (let dt = ctx.frame.start; dt <= ctx.frame.end; dt = dt.plus({ days: 1 })) if (dt.day === m.d1) return { start: dt, end: dt };
      }
      const day = dayWithWeekday(m.d1, m.wd1, around, ctx.last || ctx.frame ? 'unknown' : tense);
      return day ? { start: day, end: day } : null;
    }
    case 'weekday': {
      if (m.weekday === undefined) return null;
      if (!m.modifier && ctx.frame && m.weekdayEnd === undefined) {
        for (let dt = ctx.frame.start; dt <= ctx.frame.end; dt = dt.plus({ days: 1 })) if (dt.weekday === m.weekday) return { start: dt, end: dt };
      }
      if (!ref) return null;
      if (m.modifier === 'weekAfter') {
        const day = weekdayFrom(ref, m.weekday, 'future').plus({ days: 7 });
        return { start: day, end: day };
      }
      // A report names its own day by weekday ("talks on Tuesday" in Tuesday's paper, wire style),
      // so a verb in the future ("will travel on Monday", dated a Monday) means that day or the
      // coming ones, never the same weekday a week on without "next"; one in the past looks back.
      // "Wednesday afternoon" in Wednesday's paper is that afternoon, whatever the tense.
      const today = !m.modifier && m.dayPart && m.weekday === ref.weekday && m.weekdayEnd === undefined;
      const dir = today ? 'nearest' : m.modifier ?? (tense === 'past' ? 'past' : tense === 'future' ? 'future' : 'nearest');
      const day = weekdayFrom(ref, m.weekday, dir);
      if (m.weekdayEnd !== undefined) {
        // The range ends on the first such weekday on or after its start.
        const span = (m.weekdayEnd - m.weekday + 7) % 7;
        return { start: day, end: day.plus({ days: span }) };
      }
      return { start: day, end: day };
    }
    case 'week': {
      if (!ref || m.offset === undefined) return null;
      const monday = ref.minus({ days: ref.weekday - 1 }).plus({ days: m.offset });
      return { start: monday, end: monday.plus({ days: 6 }) };
    }
    case 'relative': {
      if (!ref || m.offset === undefined) return null;
      const day = ref.plus({ days: m.offset });
      return { start: day, end: day };
    }
    case 'anaphor': {
      if (m.anaphor === 'nth') {
        if (m.nth === undefined) return null;
        // "Gauck met the Emperor on the second day of his visit" with no days of the stay known:
        // the report's day (or the last one said) is that day, and the stay began n - 1 days before.
        if (!ctx.frame) {
          const day = ctx.last ?? ref;
          if (!day || m.nth < 0 || tense === 'future') return null;
          return { start: day, end: day, stayStart: day.minus({ days: m.nth - 1 }) };
        }
        const day = m.nth < 0 ? ctx.frame.end : ctx.frame.start.plus({ days: m.nth - 1 });
        return day <= ctx.frame.end ? { start: day, end: day } : null;
      }
      const base = m.anaphor === 'first' ? ctx.frame?.start ?? ctx.last : ctx.last;
      if (!base) return null;
      const day = m.anaphor === 'next' ? base.plus({ days: 1 }) : m.anaphor === 'before' ? base.minus({ days: 1 }) : base;
      return { start: day, end: day };
    }
  }
}

export function toIsoDay(dt: DateTime): string {
  const pad = (n: number) => (n < 10 ? '0' + n : String(n));
  return `${dt.year}-${pad(dt.month)}-${pad(dt.day)}`;
}
