import type { LetterFormat } from '../domain/determination.js';

/** The headings of the current (2014 onward) layout, in the order they appear. */
export const HEADINGS = {
  howMade: /^HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE$/i,
  caseSummary: /^CLINICAL\s+CASE\s+SUMMARY$/i,
  issues: /^IMR\s+ISSUES,?\s+DECISIONS,?\s+AND\s+RATIONALES$/i,
} as const;

export type Heading = keyof typeof HEADINGS;

/** The older layouts, recognised by the headings only they carry (see docs/imr-letters.md). */
const OLDER_LAYOUTS: ReadonlyArray<{ format: LetterFormat; name: string; marks: RegExp[] }> = [
  {
    format: 'NOTICE_2013',
    name: 'the 2013 "Notice of Independent Medical Review Determination"',
    marks: [/Notice\s+of\s+Independent\s+Medical\s+Review\s+Determination|INDEPENDENT\s+MEDICAL\s+REVIEW\s+DECISION\s+AND\s+RATIONALE/i],
  },
  {
    format: 'MAXIMUS_IMR_EARLY',
    name: 'the early MAXIMUS "IMR DECISION(S) AND RATIONALE(S)" layout',
    marks: [/IMR\s+DECISION\(S\)\s+AND\s+RATIONALE\(S\)/i],
  },
  {
    format: 'MEDICAL_PROFESSIONAL_REVIEW',
    name: 'the "MEDICAL PROFESSIONAL REVIEW" layout',
    marks: [/MEDICAL\s+PROFESSIONAL\s+REVIEW/i, /ISSUES?\s+AT\s+DISPUTE\s*:/i],
  },
];

export interface LetterSections {
  cover: string[];
  howMade: string[];
  caseSummary: string[];
  issues: string[];
}

export type LayoutReading =
  /** `complete` when every heading of the layout was found on a line of its own. */
  | { kind: 'current'; sections: LetterSections; complete: boolean }
  | { kind: 'older'; format: LetterFormat; name: string }
  | { kind: 'unknown' };

/** Splits the lines at the current layout's headings, or names the older layout the letter is in. */
export function readLayout(lines: readonly string[]): LayoutReading {
  const at: Partial<Record<Heading, number>> = {};
  lines.forEach((line, index) => {
    if (line.length > 60) return;
    for (const heading of Object.keys(HEADINGS) as Heading[]) {
      if (at[heading] === undefined && HEADINGS[heading].test(line)) at[heading] = index;
    }
  });
  if (at.issues !== undefined) {
    const firstHeading = Math.min(...Object.values(at));
    const slice = (from: number | undefined, to: number) => (from === undefined ? [] : lines.slice(from + 1, to));
    const summaryEnd = at.issues;
    const howMadeEnd = at.caseSummary ?? at.issues;
    return {
      kind: 'current',
      complete: Object.keys(at).length === Object.keys(HEADINGS).length,
      sections: {
        cover: lines.slice(0, firstHeading),
        howMade: slice(at.howMade, howMadeEnd),
        caseSummary: slice(at.caseSummary, summaryEnd),
        issues: lines.slice(at.issues + 1),
      },
    };
  }
  const text = lines.slice(0, 200).join('\n');
  for (const layout of OLDER_LAYOUTS) {
    if (layout.marks.every((mark) => mark.test(text))) return { kind: 'older', format: layout.format, name: layout.name };
  }
  return { kind: 'unknown' };
}
