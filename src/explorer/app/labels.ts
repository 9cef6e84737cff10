/** Words for the schema's enums and numbers, as the pages show them. */
import type { CaseOutcome, CitedBy, GuidelineSource, ItemOutcome, LetterFormat, Priority, Sex, TreatmentCategory, UploadStatus } from '../generated/graphql.js';

export const OUTCOME_LABELS: Record<ItemOutcome, string> = {
  OVERTURNED: 'Overturned',
  UPHELD: 'Upheld',
};

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  OVERTURNED: 'Overturned',
  PARTIALLY_OVERTURNED: 'Partially overturned',
  UPHELD: 'Upheld',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  STANDARD: 'Standard',
  EXPEDITED: 'Expedited',
};

export const GUIDELINE_SOURCE_LABELS: Record<GuidelineSource, string> = {
  MTUS: 'MTUS',
  ODG: 'ODG',
  ACOEM: 'ACOEM',
  OTHER: 'Other',
};

export const CITED_BY_LABELS: Record<CitedBy, string> = {
  CLAIMS_ADMINISTRATOR: 'Claims administrator (UR)',
  INDEPENDENT_REVIEWER: 'Expert reviewer',
};

export const CATEGORY_LABELS: Record<TreatmentCategory, string> = {
  PHARMACEUTICALS: 'Pharmaceuticals',
  DIAGNOSTIC_TESTING: 'Diagnostic testing',
  REHABILITATION: 'Rehabilitation',
  SURGERY: 'Surgery',
  INJECTION: 'Injections',
  DMEPOS: 'Medical equipment (DMEPOS)',
  EVALUATION_AND_MANAGEMENT: 'Evaluation and management',
  HOME_HEALTH: 'Home health',
  PROGRAMS: 'Programs',
  PSYCH_SERVICES: 'Psychological services',
  TRANSPORTATION: 'Transportation',
  OTHER: 'Other',
};

export const SEX_LABELS: Record<Sex, string> = { FEMALE: 'Female', MALE: 'Male' };

export const FORMAT_LABELS: Record<LetterFormat, string> = {
  FINAL_DETERMINATION: 'Final Determination Letter',
  NOTICE_2013: '2013 Notice of IMR Determination',
  MAXIMUS_IMR_EARLY: 'Early MAXIMUS IMR letter',
  MEDICAL_PROFESSIONAL_REVIEW: 'Medical Professional Review letter',
};

export const UPLOAD_STATUS_LABELS: Record<UploadStatus, string> = {
  PENDING: 'Pending',
  PARSED: 'Parsed',
  DUPLICATE: 'Duplicate',
  FAILED: 'Failed',
};

const integer = new Intl.NumberFormat('en-US');
export const formatCount = (n: number): string => integer.format(n);

/** 0.4567 → "46%"; rates near the ends keep a decimal so 0.4% is not shown as 0%. */
export function formatRate(rate: number): string {
  const percent = rate * 100;
  const digits = percent > 0 && percent < 1 ? 1 : percent < 100 && percent > 99 ? 1 : 0;
  return `${percent.toFixed(digits)}%`;
}

/** "45% (95% CI 30–60%)" */
export function formatInterval(low: number, high: number): string {
  return `${formatRate(low)}–${formatRate(high)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
/** `2016-12-09` → "Dec 9, 2016" (a letter's date has no zone: shown as written). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}
