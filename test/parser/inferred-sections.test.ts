/**
 * `inferredSections`: the sections a citation's pages hold in the 2009 Chronic Pain guideline, the
 * one edition letters cite by page. Checked against what the sample letters (2014–15) write beside
 * their pages, and against the rules for which edition a citation is read in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuidelineCitation } from '../../src/domain/determination.js';
import { parseDeterminationText } from '../../src/parser/index.js';
import { CHRONIC_PAIN_2009_PAGES, chronicPain2009SectionsOn } from '../../src/vocabulary/sections/guideline-pages.js';
import { resolveSection, sectionConcept } from '../../src/vocabulary/sections/index.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const SYNTHETIC = path.join(SAMPLES, 'synthetic');

function citationsOf(text: string): GuidelineCitation[] {
  const result = parseDeterminationText(text);
  if (!result.success) throw result.error;
  return result.data.disputedItems.flatMap((item) => item.citations);
}

const sampleCitations = readdirSync(SAMPLES)
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => citationsOf(readFileSync(path.join(SAMPLES, file), 'utf8')));

/** A letter of today's layout (a synthetic sample) whose reviewer's guideline paragraph is `paragraph`, decided on `decided`. */
function letterCiting(paragraph: string, decided: string | null): string {
  const base = readFileSync(path.join(SYNTHETIC, readdirSync(SYNTHETIC).filter((file) => file.endsWith('.txt')).sort()[0]!), 'utf8');
  const withParagraph = base.replace(/MAXIMUS guideline:[\s\S]*?(?=\nDecision rationale:)/, `MAXIMUS guideline: ${paragraph}`);
  expect(withParagraph).not.toBe(base);
  return decided === null ? withParagraph : withParagraph.replace(/(Decision Date:\s*)\S+/, `$1${decided}`);
}

function reviewerCitation(paragraph: string, decided: string | null): GuidelineCitation {
  const citation = citationsOf(letterCiting(paragraph, decided)).find((c) => c.citedBy === 'INDEPENDENT_REVIEWER' && c.pages.length > 0);
  if (!citation) throw new Error('no reviewer citation with pages');
  return citation;
}

describe('the 2009 Chronic Pain guideline page table', () => {
  it('names only sections of that guideline, each with pages in order, in the order of the guideline', () => {
    let previousFirst = 0;
    for (const { id, first, last } of CHRONIC_PAIN_2009_PAGES) {
      expect(sectionConcept(id)?.part, id).toBe('Chronic Pain Medical Treatment');
      expect(first, id).toBeLessThanOrEqual(last);
      expect(first, `${id} comes after a section that starts later`).toBeGreaterThanOrEqual(previousFirst);
      previousFirst = first;
    }
    expect(new Set(CHRONIC_PAIN_2009_PAGES.map((section) => section.id)).size).toBe(CHRONIC_PAIN_2009_PAGES.length);
  });

  it('places a page in every section whose pages hold it, topic and subsection alike', () => {
    expect(chronicPain2009SectionsOn([{ start: 77, end: 77 }])).toEqual(['mtus/chronic-pain/opioids', 'mtus/chronic-pain/opioids-criteria-for-use']);
    expect(chronicPain2009SectionsOn([{ start: 124, end: 124 }])).toEqual(['mtus/chronic-pain/weaning-of-medications']);
    expect(chronicPain2009SectionsOn([{ start: 1, end: 7 }])).toEqual([]);
  });
});

describe('inferredSections in the sample letters', () => {
  const paged = sampleCitations.filter((citation) => citation.pages.length > 0 && citation.title === 'Chronic Pain Medical Treatment');

  it('are filled for every Chronic Pain citation that gives pages, and stay apart from the sections written', () => {
    expect(paged.length).toBeGreaterThanOrEqual(8);
    for (const citation of paged) {
      expect(citation.inferredSections.length, citation.text).toBeGreaterThan(0);
      expect(citation.sections.length, citation.text).toBeGreaterThan(0);
    }
  });

  it("hold every section the expert reviewer wrote beside the pages (the reviewer's pages and titles agree)", () => {
    const reviewers = paged.filter((citation) => citation.citedBy === 'INDEPENDENT_REVIEWER');
    expect(reviewers.length).toBeGreaterThanOrEqual(6);
    for (const citation of reviewers) {
      const inferred = citation.inferredSections.map((name) => resolveSection(name, { source: 'MTUS', part: citation.title }));
      for (const written of citation.sections) {
        expect(inferred, `${citation.text}: "${written}"`).toContain(resolveSection(written, { source: 'MTUS', part: citation.title }));
      }
    }
  });

  it('show what the pages hold when the letter names another section: "Muscle Relaxants Page(s): 47" is Exercise', () => {
    const mismatched = paged.find((citation) => citation.sections.join() === 'Muscle Relaxants' && citation.pages[0]?.start === 47);
    expect(mismatched?.inferredSections).toEqual(['Exercise']);
    expect(mismatched?.sectionIds).toEqual(['mtus/chronic-pain/muscle-relaxants', 'mtus/chronic-pain/exercise']);
  });
});

describe('the edition a citation is read in', () => {
  const pagesOnly = 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 76-79.';

  it('is 2009 when the citation says so, whenever the letter was decided', () => {
    const citation = reviewerCitation('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, Page(s): 124.', '06/01/2017');
    expect(citation.edition).toBe('2009');
    expect(citation.inferredSections).toEqual(['Weaning of Medications']);
    expect(citation.sectionIds).toContain('mtus/chronic-pain/weaning-of-medications');
  });

  it('is 2009 for a citation with no year in a letter decided before 2016', () => {
    expect(reviewerCitation(pagesOnly, '11/03/2015').inferredSections).toEqual(['Opioids', 'Opioids, criteria for use', 'On-Going Management']);
  });

  it('is unknown, and nothing is inferred, for the 2016 edition or a citation with no year decided since 2016', () => {
    expect(reviewerCitation('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, Page(s): 124.', null).inferredSections).toEqual([]);
    const undated = reviewerCitation(pagesOnly, '03/02/2016');
    expect(undated.inferredSections).toEqual([]);
    expect(undated.sectionIds).toEqual(['mtus/chronic-pain/opioids']);
  });
});
