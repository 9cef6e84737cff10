/**
 * The conclusion of a decision rationale: the sentence that states the finding ("Therefore, the
 * request for Norco 10/325mg #120 is medically necessary."). Letters close their rationale with it, so
 * the last sentence that speaks of medical necessity is taken; failing that, the last sentence.
 */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z(])/;
const FINDING = /medically (necessary|appropriate)|not (medically )?(necessary|recommended|appropriate)|is (certified|recommended|upheld|overturned)/i;

export function rationaleConclusion(rationale: string): string {
  const sentences = rationale
    .replace(/\s+/g, ' ')
    .trim()
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    if (FINDING.test(sentence)) return sentence;
  }
  return sentences.at(-1) ?? '';
}
