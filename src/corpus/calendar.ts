/** Calendar days as integers (days since 1970-01-01, UTC) and the ways letters write them. */
import type { IsoDate } from '../domain/determination.js';

const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export type Day = number;

export function dayOf(iso: IsoDate): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

interface Parts {
  year: number;
  month: number;
  day: number;
}

function partsOf(day: Day): Parts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const two = (n: number) => String(n).padStart(2, '0');

export function isoOf(day: Day): IsoDate {
  const p = partsOf(day);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}

export function yearOf(day: Day): number {
  return partsOf(day).year;
}

/** How a date is written: the cover always uses `slash`; summaries use all of them. */
export type DateStyle = 'slash' | 'shortDash' | 'dash' | 'shortSlash' | 'shortYear' | 'long';

export function writeDate(day: Day, style: DateStyle): string {
  const p = partsOf(day);
  switch (style) {
    case 'slash':
      return `${two(p.month)}/${two(p.day)}/${p.year}`; // 09/17/2003
    case 'dash':
      return `${p.month}-${p.day}-${p.year}`; // 9-17-2003
    case 'shortDash':
      return `${p.month}-${p.day}-${two(p.year % 100)}`; // 9-17-03
    case 'shortSlash':
      return `${p.month}/${p.day}/${p.year}`; // 9/17/2003
    case 'shortYear':
      return `${p.month}/${p.day}/${two(p.year % 100)}`; // 9/17/03
    case 'long':
      return `${MONTH_NAMES[p.month - 1]} ${p.day}, ${p.year}`; // September 17, 2003
  }
}
