/**
 * Dates a letter could not mean: a year no IMR letter speaks of ("3026"), or a date that must come
 * before the decision but falls after it. Such a date is a typo or a misreading; it is dropped with
 * a warning rather than stored, so counts by date never carry it.
 */
import type { IsoDate, ParseWarning } from '../domain/determination.js';

const EARLIEST_YEAR = 1950;
const LATEST_YEAR = 2099;

export interface DatedFact {
  /** What the warning calls the date, e.g. "the cover's Date of Injury". */
  label: string;
  date: IsoDate | null;
  /** True for dates that precede the decision by the IMR process (injury, UR, application, assignment). */
  beforeDecision: boolean;
}

/** The date if it is possible, else null and a warning. */
export function possibleDate(fact: DatedFact, decisionDate: IsoDate | null, warnings: ParseWarning[]): IsoDate | null {
  const { date, label } = fact;
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  let reason: string | null = null;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) reason = `its year is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`;
  else if (fact.beforeDecision && decisionDate !== null && date > decisionDate) reason = `it is after the decision date ${decisionDate}`;
  if (reason === null) return date;
  warnings.push({ code: 'IMPOSSIBLE_DATE', message: `${label} ${date} was dropped: ${reason}.`, itemOrdinal: null });
  return null;
}
