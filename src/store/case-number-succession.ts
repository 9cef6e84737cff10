/**
 * The rule for a second letter with a case number a stored case already holds (a different letter:
 * its text differs after normalisation). Pure.
 *
 * - A later decision date: a corrected or reissued determination. It replaces the case.
 * - The same decision date, read by a newer parser: the same decision whose text form changed
 *   with the parser (its normalisation, hence its fingerprint). It replaces the case.
 * - Anything else (an earlier decision, the same decision by the same or an older parser): refused
 *   with CaseNumberTakenError. A letter altered by a character or two lands here.
 *
 * So whatever order the letters of one number arrive in, the case ends as the latest decision.
 */
import type { CaseRecord } from '../domain/records.js';
import { canonicalCaseNumber, compareParserVersions } from './keys.js';

export function holdsSameNumber(a: CaseRecord, b: CaseRecord): boolean {
  return a.caseNumber !== null && b.caseNumber !== null && canonicalCaseNumber(a.caseNumber) === canonicalCaseNumber(b.caseNumber);
}

/** Whether `incoming` replaces `held`, a different letter with the same case number. */
export function replacesHeldCase(incoming: CaseRecord, held: CaseRecord): boolean {
  // Undated sorts before every date: a dated letter replaces an undated one.
  const [decided, heldDecided] = [incoming.decisionDate ?? '', held.decisionDate ?? ''];
  if (decided !== heldDecided) return decided > heldDecided;
  return compareParserVersions(incoming.parserVersion, held.parserVersion) > 0;
}
