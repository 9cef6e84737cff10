/**
 * Where sections sit in the one guideline edition letters cite by page: the MTUS Chronic Pain
 * Medical Treatment Guidelines of 2009 (8 C.C.R. §§ 9792.20–9792.26, effective July 18, 2009, as the
 * DWC published them). The letters written before the 2016 update cite it as "Chronic Pain
 * Treatment Guidelines <section> Page(s): 76-79"; later letters name sections, not pages, and the
 * 2016 edition's pages differ, so no other edition is mapped (docs/vocabulary.md).
 *
 * Each entry is a section concept and the inclusive pages its text spans. Part 2 of the guideline
 * runs alphabetically, and a topic's page range covers its subsections (Opioids 74-96 holds
 * "criteria for use" 76-80); a page can therefore belong to several sections.
 */
import type { PageRange } from '../../domain/determination.js';

const CHRONIC_PAIN_2009: ReadonlyArray<readonly [slug: string, first: number, last: number]> = [
  ['acetaminophen', 11, 12],
  ['antidepressants-for-chronic-pain', 13, 16],
  ['antiepilepsy-drugs', 16, 22],
  ['gabapentin', 18, 19],
  ['pregabalin', 19, 20],
  ['topiramate', 21, 21],
  ['aquatic-therapy', 22, 22],
  ['benzodiazepines', 24, 24],
  ['biofeedback', 24, 25],
  ['botulinum-toxin', 25, 26],
  ['buprenorphine', 26, 27],
  ['capsaicin-topical', 28, 29],
  ['carisoprodol', 29, 29],
  ['chronic-pain-programs', 30, 34],
  ['cyclobenzaprine', 41, 42],
  ['drug-testing', 43, 43],
  ['epidural-steroid-injections', 46, 46],
  ['exercise', 46, 47],
  ['functional-restoration-programs', 49, 49],
  ['home-health-services', 51, 51],
  ['implantable-drug-delivery-systems', 52, 54],
  ['ketamine', 56, 56],
  ['lidoderm', 56, 57],
  ['manual-therapy-and-manipulation', 58, 60],
  ['massage-therapy', 60, 60],
  ['medications-for-chronic-pain', 60, 60],
  ['methadone', 61, 62],
  ['muscle-relaxants', 63, 66],
  ['nsaids', 67, 73],
  ['nsaids-gi-symptoms-and-cardiovascular-risk', 68, 69],
  ['nsaids-hypertension-and-renal-function', 69, 69],
  ['nsaids-specific-drug-list-and-adverse-effects', 70, 73],
  ['opioids', 74, 96],
  ['opioids-criteria-for-use', 76, 80],
  ['on-going-management', 78, 80],
  ['opioids-for-chronic-pain', 80, 82],
  ['opioids-for-neuropathic-pain', 82, 82],
  ['opioids-dosing', 86, 86],
  ['opioids-long-term-assessment', 88, 89],
  ['opioids-specific-drug-list', 91, 94],
  ['opioids-steps-to-avoid-misuse-addiction', 94, 95],
  ['physical-medicine', 98, 99],
  ['psychological-evaluations', 100, 101],
  ['psychological-treatment', 101, 102],
  ['spinal-cord-stimulators', 105, 107],
  ['topical-analgesics', 111, 113],
  ['tramadol', 113, 113],
  ['tens-chronic-pain', 114, 116],
  ['h-wave-stimulation', 117, 118],
  ['interferential-current-stimulation', 118, 120],
  ['neuromuscular-electrical-stimulation', 121, 121],
  ['trigger-point-injections', 122, 122],
  ['weaning-of-medications', 124, 124],
  ['work-conditioning-work-hardening', 125, 125],
];

export const PAGED_EDITION = { part: 'Chronic Pain Medical Treatment', edition: '2009', idPrefix: 'mtus/chronic-pain/' } as const;

/** Every section concept id of the 2009 Chronic Pain guideline with its pages, in the guideline's order. */
export const CHRONIC_PAIN_2009_PAGES: ReadonlyArray<{ readonly id: string; readonly first: number; readonly last: number }> = CHRONIC_PAIN_2009.map(
  ([slug, first, last]) => ({ id: `${PAGED_EDITION.idPrefix}${slug}`, first, last }),
);

/** The section concepts on any of `pages` of the 2009 Chronic Pain guideline, in the guideline's order. */
export function chronicPain2009SectionsOn(pages: readonly PageRange[]): string[] {
  return CHRONIC_PAIN_2009_PAGES.filter((section) => pages.some((range) => range.start <= section.last && range.end >= section.first)).map((section) => section.id);
}
