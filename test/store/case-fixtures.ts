/** Hand-made cases for store tests: independent of the parser, shaped like real letters. */
import { createHash } from 'node:crypto';
import type { DisputedItem, GuidelineCitation, ItemOutcome, TreatmentCategory } from '../../src/domain/determination.js';
import type { CaseRecord } from '../../src/domain/records.js';
import { caseIdForContentHash } from '../../src/store/case-id.js';

export function citation(overrides: Partial<GuidelineCitation> = {}): GuidelineCitation {
  return {
    citedBy: 'INDEPENDENT_REVIEWER',
    basedOnMtus: true,
    source: 'MTUS',
    title: 'Chronic Pain Medical Treatment',
    edition: '2016',
    sections: ['Opioids, criteria for use'],
    inferredSections: [],
    sectionIds: [],
    pages: [],
    url: null,
    text: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use',
    ...overrides,
  };
}

export interface ItemSpec {
  name: string;
  conceptId?: string;
  bodyRegion?: string | null;
  genericName?: string | null;
  drugClass?: string | null;
  category?: TreatmentCategory;
  outcome?: ItemOutcome;
  citations?: GuidelineCitation[];
}

export function item(ordinal: number, spec: ItemSpec): DisputedItem {
  const outcome = spec.outcome ?? 'UPHELD';
  return {
    ordinal,
    description: spec.name,
    originalRequest: null,
    authorizedRequest: null,
    treatment: {
      name: spec.name,
      genericName: spec.genericName ?? null,
      drugClass: spec.drugClass ?? null,
      category: spec.category ?? 'PHARMACEUTICALS',
      subcategory: null,
      strength: null,
      quantity: null,
      refills: null,
      retrospective: false,
      serviceDate: null,
      conceptId: spec.conceptId ?? `category/${(spec.category ?? 'PHARMACEUTICALS').toLowerCase()}`,
      bodyRegion: spec.bodyRegion ?? null,
      laterality: null,
      frequencyPerWeek: null,
      durationDays: null,
    },
    decision: {
      outcome,
      medicallyNecessary: outcome === 'OVERTURNED',
      rationale: `The request for ${spec.name} is ${outcome === 'OVERTURNED' ? '' : 'not '}medically necessary.`,
    },
    citations: spec.citations ?? [citation()],
    claimsAdministratorBasis: null,
    independentReviewerBasis: null,
  };
}

const NORCO: ItemSpec = { name: 'Norco 10/325mg #120', conceptId: 'drug/hydrocodone-acetaminophen', genericName: 'hydrocodone/acetaminophen', drugClass: 'Opioids' };
const SOMA: ItemSpec = {
  name: 'Soma 350mg #60',
  conceptId: 'drug/carisoprodol',
  genericName: 'carisoprodol',
  drugClass: 'Muscle Relaxant',
  citations: [citation({ sections: ['Carisoprodol (Soma)'], text: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Carisoprodol (Soma)' })],
};
const MRI: ItemSpec = {
  name: 'MRI lumbar spine',
  conceptId: 'imaging/mri',
  bodyRegion: 'lumbar spine',
  category: 'DIAGNOSTIC_TESTING',
  citations: [
    citation({
      source: 'ODG',
      basedOnMtus: false,
      title: 'Official Disability Guidelines',
      edition: null,
      sections: ['Low Back – Lumbar & Thoracic (Acute & Chronic)'],
      text: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back',
      citedBy: 'CLAIMS_ADMINISTRATOR',
    }),
  ],
};

export interface CaseSpec {
  /** Distinguishes letters: the content hash is made from it. */
  seed: string;
  caseNumber?: string | null;
  decisionDate?: string | null;
  ingestedAt?: string;
  parserVersion?: string;
  specialties?: string[];
  priority?: 'STANDARD' | 'EXPEDITED';
  items?: ItemSpec[];
  /** Defaults to one Norco item upheld. */
  outcomes?: ItemOutcome[];
  clinicalSummary?: string;
}

export const SPECS = { NORCO, SOMA, MRI };

export function makeCase(spec: CaseSpec): CaseRecord {
  const contentHash = createHash('sha256').update(`letter:${spec.seed}`).digest('hex');
  const specs = spec.items ?? [NORCO];
  const disputedItems = specs.map((s, i) => item(i + 1, { ...s, outcome: spec.outcomes?.[i] ?? s.outcome ?? 'UPHELD' }));
  const outcomes = new Set(disputedItems.map((i) => i.decision.outcome));
  const outcome = outcomes.size > 1 ? 'PARTIALLY_OVERTURNED' : outcomes.has('OVERTURNED') ? 'OVERTURNED' : 'UPHELD';
  const ingestedAt = spec.ingestedAt ?? '2024-01-01T00:00:00.000Z';
  const parserVersion = spec.parserVersion ?? '1.0.0';
  return {
    caseNumber: spec.caseNumber === undefined ? `CM16-${spec.seed.padStart(7, '0').slice(-7)}` : spec.caseNumber,
    dateAssigned: null,
    decisionDate: spec.decisionDate === undefined ? '2016-12-09' : spec.decisionDate,
    urDenialDate: null,
    applicationReceivedDate: null,
    priority: spec.priority ?? 'STANDARD',
    reviewer: { licensureStates: ['California'], specialties: spec.specialties ?? ['Orthopedic Surgery'] },
    injuredWorker: { age: 48, sex: 'MALE', dateOfInjury: '2016-10-13', diagnoses: ['lumbar strain'] },
    utilizationReview: { date: null },
    clinicalSummary: spec.clinicalSummary ?? `The injured worker is a 48 year old male (${spec.seed}).`,
    outcome,
    disputedItems,
    warnings: [],
    format: 'FINAL_DETERMINATION',
    parserVersion,
    id: caseIdForContentHash(contentHash),
    contentHash,
    ingestedAt,
    source: {
      fileName: `${spec.seed}.txt`,
      contentType: 'text/plain',
      sizeBytes: 1000,
      sha256: contentHash,
      storageKey: `uploads/u-${spec.seed}/${spec.seed}.txt`,
      uploadedAt: ingestedAt,
      parserVersion,
      warnings: [],
    },
  };
}
