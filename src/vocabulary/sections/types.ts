import type { GuidelineSource } from '../../domain/determination.js';

/** One guideline section, whichever way a letter writes it. */
export interface SectionConcept {
  /** Stable lowercase slug with source and part: "mtus/chronic-pain/opioids-criteria-for-use", "odg/pain", "odg/pain/opioids". */
  id: string;
  /** The section's name, e.g. "Opioids, criteria for use". */
  name: string;
  source: GuidelineSource;
  /**
   * The MTUS part as citations name it (`GuidelineCitation.title`, e.g. "Chronic Pain Medical
   * Treatment"), or the ODG or ACOEM chapter (e.g. "Pain (Chronic)"; a chapter's own concept
   * names itself). Null for none.
   */
  part: string | null;
  /** Other ways letters write the section (the name not repeated), e.g. "Criteria for use of opioids". */
  variants: readonly string[];
}
