/** What the rationale concludes about medical necessity, to cross-check the written decision. */
export type Conclusion = 'NECESSARY' | 'NOT_NECESSARY' | null;

const NECESSITY = /medically\s+(?:necessary|appropriate|indicated)|medical\s+necessity|(?:un|not\s+)necessary/gi;
const NEGATION_BEFORE = /\b(?:not|non|cannot|can't|isn't|wasn't|no|nor|neither|lack(?:s|ing)?\s+of)\b[^.;,]{0,60}$/i;
const NEGATION_AFTER = /^[^.;]{0,40}\b(?:not|never|cannot)\b/i;

/**
 * The last statement of necessity decides: rationales end "Therefore, the request is not medically
 * necessary." or "... is medically necessary and appropriate."; earlier ones may quote the UR.
 */
export function rationaleConclusion(rationale: string): Conclusion {
  let last: RegExpExecArray | null = null;
  for (const match of rationale.matchAll(NECESSITY)) last = match as RegExpExecArray;
  if (!last) return null;
  const phrase = last[0].toLowerCase();
  if (phrase.startsWith('un') || phrase.startsWith('not')) return 'NOT_NECESSARY';
  const before = rationale.slice(Math.max(0, last.index - 80), last.index);
  const after = rationale.slice(last.index + last[0].length, last.index + last[0].length + 45);
  const negated = NEGATION_BEFORE.test(before) || (phrase === 'medical necessity' && NEGATION_AFTER.test(after));
  return negated ? 'NOT_NECESSARY' : 'NECESSARY';
}
