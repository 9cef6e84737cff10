/**
 * Stored cases built in code, for tests that need many cases of known shape (the parser's own
 * tests cover turning letters into these). Values follow real letters: case numbers, MTUS/ODG
 * citations, opioid and muscle-relaxant requests.
 */
import { createHash } from 'node:crypto';
import type { DisputedItem, GuidelineCitation, ItemOutcome } from '../../src/domain/determination.js';
import type { CaseRecord } from '../../src/domain/records.js';
import { caseIdForContentHash } from '../../src/store/case-id.js';

const DRUGS = [
  { name: 'Norco 10/325mg #120', genericName: 'hydrocodone/acetaminophen', drugClass: 'Opioids', section: 'Opioids, criteria for use' },
  { name: 'Soma 350mg #60', genericName: 'carisoprodol', drugClass: 'Muscle Relaxant', section: 'Carisoprodol (Soma)' },
  { name: 'Prilosec 20mg #30', genericName: 'omeprazole', drugClass: 'Proton Pump Inhibitors', section: 'NSAIDs, GI symptoms & cardiovascular risk' },
] as const;

function citation(citedBy: GuidelineCitation['citedBy'], section: string): GuidelineCitation {
  return citedBy === 'CLAIMS_ADMINISTRATOR'
    ? {
        citedBy,
        basedOnMtus: false,
        source: 'ODG',
        title: 'Official Disability Guidelines',
        edition: null,
        sections: ['Pain (Chronic)'],
        inferredSections: [],
        sectionIds: [],
        pages: [],
        url: null,
        text: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter',
      }
    : {
        citedBy,
        basedOnMtus: true,
        source: 'MTUS',
        title: 'Chronic Pain Medical Treatment',
        edition: '2016',
        sections: [section],
        inferredSections: [],
        sectionIds: [],
        pages: [{ start: 76, end: 80 }],
        url: null,
        text: `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${section}`,
      };
}

function item(ordinal: number, drug: (typeof DRUGS)[number], outcome: ItemOutcome): DisputedItem {
  return {
    ordinal,
    description: drug.name,
    originalRequest: null,
    authorizedRequest: null,
    treatment: {
      name: drug.name,
      genericName: drug.genericName,
      drugClass: drug.drugClass,
      category: 'PHARMACEUTICALS',
      subcategory: null,
      strength: null,
      quantity: null,
      refills: null,
      retrospective: false,
      serviceDate: null,
      conceptId: 'category/pharmaceuticals',
      bodyRegion: null,
      laterality: null,
      frequencyPerWeek: null,
      durationDays: null,
    },
    decision: {
      outcome,
      medicallyNecessary: outcome === 'OVERTURNED',
      rationale: outcome === 'OVERTURNED' ? `${drug.name} is medically necessary and appropriate.` : `${drug.name} is not medically necessary.`,
    },
    citations: [citation('CLAIMS_ADMINISTRATOR', drug.section), citation('INDEPENDENT_REVIEWER', drug.section)],
    claimsAdministratorBasis: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter',
    independentReviewerBasis: `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${drug.section}`,
  };
}

/** Case n of a set: two disputed items (the second overturned on odd n), two citations each. */
export function caseRecord(n: number, options: { tag?: string } = {}): CaseRecord {
  const contentHash = createHash('sha256').update(`synthetic letter ${options.tag ?? ''} ${n}`).digest('hex');
  const day = String((n % 28) + 1).padStart(2, '0');
  const first = DRUGS[n % DRUGS.length]!;
  const second = DRUGS[(n + 1) % DRUGS.length]!;
  const secondOutcome: ItemOutcome = n % 2 === 1 ? 'OVERTURNED' : 'UPHELD';
  const ingestedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString();
  return {
    id: caseIdForContentHash(contentHash),
    contentHash,
    ingestedAt,
    caseNumber: `CM16-${String(213000 + n).padStart(7, '0')}`,
    dateAssigned: `2016-11-${day}`,
    decisionDate: `2016-12-${day}`,
    urDenialDate: `2016-11-${day}`,
    applicationReceivedDate: `2016-11-${day}`,
    priority: 'STANDARD',
    reviewer: { licensureStates: ['California'], specialties: ['Physical Medicine & Rehabilitation'] },
    injuredWorker: { age: 30 + (n % 40), sex: n % 2 ? 'FEMALE' : 'MALE', dateOfInjury: '2014-10-13', diagnoses: ['lumbar radiculopathy'] },
    utilizationReview: { date: `2016-11-${day}` },
    clinicalSummary: 'The injured worker is a 48 year old male who sustained an industrial injury on 10-13-14.',
    outcome: secondOutcome === 'OVERTURNED' ? 'PARTIALLY_OVERTURNED' : 'UPHELD',
    disputedItems: [item(1, first, 'UPHELD'), item(2, second, secondOutcome)],
    warnings: n % 5 === 0 ? [{ code: 'NO_GUIDELINE_PARAGRAPH', message: 'Item 2 has no MAXIMUS guideline paragraph.', itemOrdinal: 2 }] : [],
    format: 'FINAL_DETERMINATION',
    parserVersion: '1.0.0',
    source: {
      fileName: `letter-${n}.txt`,
      contentType: 'text/plain',
      sizeBytes: 9000 + n,
      sha256: contentHash,
      storageKey: `letters/${contentHash}.txt`,
      uploadedAt: ingestedAt,
      parserVersion: '1.0.0',
      warnings: [],
    },
  };
}
