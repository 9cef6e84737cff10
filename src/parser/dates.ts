import type { IsoDate } from '../domain/determination.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Every way letters write a date: 09/17/2003, 3/26/2005, 10-13-16, 8-25-15, "June 4, 2014",
 * "Oct. 12, 2010". Use with the `g` or `y` flag as needed; groups: m/d/y numeric, or month name/day/year.
 */
export const DATE_SOURCE =
  String.raw`(?:\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2}),?\s+(\d{4})\b)`;

const DATE = new RegExp(DATE_SOURCE, 'i');

function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 02/30 and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Two-digit years: letters date injuries back to the 1970s and decisions up to now. */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value >= 70 ? 1900 + value : 2000 + value;
}

/** Reads a date match (from DATE_SOURCE) into an ISO date; null when it names no real day. */
export function isoFromMatch(match: RegExpExecArray | RegExpMatchArray): IsoDate | null {
  if (match[1] !== undefined) return isoDate(fullYear(match[3]!), Number(match[1]), Number(match[2]));
  const month = MONTHS[match[4]!.slice(0, 3).toLowerCase()];
  return month === undefined ? null : isoDate(Number(match[6]), month, Number(match[5]));
}

/** The first date written in `text`, as ISO; null when there is none. */
export function firstDate(text: string): IsoDate | null {
  const match = DATE.exec(text);
  return match ? isoFromMatch(match) : null;
}
