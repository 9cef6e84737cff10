/**
 * Guideline sections as concepts: the ways letters write one section are one concept, a filter
 * finds it by its id or by any of those ways, and the parser gives each citation the concepts of
 * its sections. The phrasings are quoted from the sample and real letters.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuidelineCitation, GuidelineSource } from '../../src/domain/determination.js';
import { ACOEM_CHAPTER_ENTRIES, ODG_CHAPTER_ENTRIES } from '../../src/parser/catalogue/guideline-chapters.js';
import { MTUS_PARTS } from '../../src/parser/catalogue/mtus-parts.js';
import { parseDeterminationPdf, parseDeterminationText } from '../../src/parser/index.js';
import { buildConceptRecords } from '../../src/vocabulary/sections/concepts.js';
import { resolveSection, resolveSectionTerm, sectionConcept, sectionConcepts } from '../../src/vocabulary/sections/index.js';
import { termKeys } from '../../src/vocabulary/sections/term-key.js';
import { hasRealLetters, REAL_LETTERS } from '../real-fixtures.js';

const CPMTG = 'Chronic Pain Medical Treatment';

describe('one section, however a letter writes it', () => {
  it('reads "Opioids, criteria for use" and "Criteria for use of opioids" as one section', () => {
    // Act
    const current = resolveSection('Opioids, criteria for use', { source: 'MTUS', part: CPMTG });
    const older = resolveSection('Criteria for use of opioids', { source: 'MTUS', part: 'Chronic Pain Treatment Guidelines' });
    // Assess
    expect(current).toBe('mtus/chronic-pain/opioids-criteria-for-use');
    expect(older).toBe(current);
  });

  it.each<[string, string, string]>([
    ['Muscle relaxants (for pain)', CPMTG, 'mtus/chronic-pain/muscle-relaxants'],
    ['Muscle Relaxants', CPMTG, 'mtus/chronic-pain/muscle-relaxants'],
    ['Carisoprodol', CPMTG, 'mtus/chronic-pain/carisoprodol'],
    ['Carisoprodol (Soma)', CPMTG, 'mtus/chronic-pain/carisoprodol'],
    ['Physical Medicine', CPMTG, 'mtus/chronic-pain/physical-medicine'],
    ['Physical medicine treatment', CPMTG, 'mtus/chronic-pain/physical-medicine'],
    ['Antiepilepsy drugs (AEDs) for pain', CPMTG, 'mtus/chronic-pain/antiepilepsy-drugs'],
    ['Anti-epilepsy drugs (AEDs)', CPMTG, 'mtus/chronic-pain/antiepilepsy-drugs'],
    ['Bupropion (Wellbutrin®)', CPMTG, 'mtus/chronic-pain/bupropion'],
    ['Opioid- induced constipation treatment', CPMTG, 'mtus/chronic-pain/opioid-induced-constipation-treatment'],
    ['Electro- diagnostic testing (EMG/NCS)', CPMTG, 'mtus/chronic-pain/electrodiagnostic-testing'],
    ['Inital Care', 'Knee Complaints', 'mtus/knee/initial-care'],
    ['Diagnositc Criteria', 'Knee Complaints', 'mtus/knee/diagnostic-criteria'],
    ['Special Studies and Diagnostic and Treatment Considerations', 'Low Back Complaints', 'mtus/low-back/special-studies'],
    ['Forearm, Wrist, and Hand', 'Postsurgical Treatment', 'mtus/postsurgical/forearm-wrist-and-hand'],
    [
      '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
      'Opioid Treatment',
      'mtus/opioid-treatment/3-3-9-maintenance-of-chronic-opioid-treatment',
    ],
  ])('MTUS: "%s" in %s is %s', (written, part, id) => {
    expect(resolveSection(written, { source: 'MTUS', part })).toBe(id);
  });

  it.each<[string, string]>([
    ['Pain', 'odg/pain'],
    ['Pain (Chronic)', 'odg/pain'],
    ['Chronic Pain', 'odg/pain'],
    ['Low Back', 'odg/low-back'],
    ['Low back, Lumbar & Thoracic (Acute & Chronic)', 'odg/low-back'],
    ['Low Back - Lumbar & Thoracic (Acute & Chronic)', 'odg/low-back'],
    ['Low Back-Lumbar & Thoracic (Acute & Chronic)', 'odg/low-back'],
    ['Low Back (Thoracic and Lumbar, Acute and Chronic)', 'odg/low-back'],
    ['Lumbar and Thoracic', 'odg/low-back'],
    ['Neck & upper back', 'odg/neck-and-upper-back'],
    ['Neck and Upper Back (Acute and Chronic)', 'odg/neck-and-upper-back'],
    ['Knee and Leg', 'odg/knee-and-leg'],
    ['Hips & Pelvis', 'odg/hip-and-pelvis'],
    ['Forearm, wrist and hand', 'odg/forearm-wrist-and-hand'],
    ['Head (trauma, headaches, etc., not including stress & mental disorders)', 'odg/head'],
  ])('ODG chapter: "%s" is %s', (written, id) => {
    expect(resolveSection(written, { source: 'ODG' })).toBe(id);
  });

  it.each<[string, string, string]>([
    ['MRI', 'Low back', 'odg/low-back/mri'],
    ['MRIs', 'Low Back', 'odg/low-back/mri'],
    ["MRI's", 'Low Back - Lumbar & Thoracic (Acute & Chronic)', 'odg/low-back/mri'],
    ['Magnetic resonance imaging', 'Low Back', 'odg/low-back/mri'],
    ['Indications for imaging-Magnetic resonance imaging', 'Low Back', 'odg/low-back/mri'],
    ['MRI', 'Shoulder', 'odg/shoulder/mri'],
    ['MRI shoulder', 'Shoulder', 'odg/shoulder/mri'],
    ['Cervical pillows', 'Neck & upper back', 'odg/neck-and-upper-back/pillow'],
    ['Pillow', 'Neck and Upper Back', 'odg/neck-and-upper-back/pillow'],
    ['Lidoderm®', 'Pain', 'odg/pain/lidoderm'],
    ['Opioids, criteria for use', 'Pain (Chronic)', 'odg/pain/opioids-criteria-for-use'],
    ['X-Rays', 'Head', 'odg/head/x-rays'],
  ])('ODG topic: "%s" in %s is %s', (written, part, id) => {
    expect(resolveSection(written, { source: 'ODG', part })).toBe(id);
  });
});

describe('which section a name means depends on where it is cited', () => {
  it('gives the shared ACOEM 2004 titles to the part cited, and to no part when none is', () => {
    expect(resolveSection('Special Studies', { source: 'MTUS', part: 'Low Back Complaints' })).toBe('mtus/low-back/special-studies');
    expect(resolveSection('Special Studies', { source: 'MTUS', part: 'Neck & Upper Back Complaints' })).toBe('mtus/neck-and-upper-back/special-studies');
    expect(resolveSection('Special Studies', { source: 'MTUS' })).toBeNull();
  });

  it('gives one ODG topic name in two chapters two concepts', () => {
    expect(resolveSection('MRI', { source: 'ODG', part: 'Knee & Leg' })).toBe('odg/knee-and-leg/mri');
    expect(resolveSection('MRI', { source: 'ODG', part: 'Head' })).toBe('odg/head/mri');
    expect(resolveSection('MRI', { source: 'ODG' })).toBeNull();
  });

  it('keeps the MTUS section and the ODG topic of one name apart by source', () => {
    expect(resolveSection('Opioids, criteria for use', { source: 'MTUS' })).toBe('mtus/chronic-pain/opioids-criteria-for-use');
    expect(resolveSection('Opioids, criteria for use', { source: 'ODG' })).toBe('odg/pain/opioids-criteria-for-use');
  });

  it('places an MTUS section cited under a part that lacks it in the one part that has it', () => {
    expect(resolveSection('Topical analgesics', { source: 'MTUS', part: 'Low Back Complaints' })).toBe('mtus/chronic-pain/topical-analgesics');
  });

  it('does not guess an ODG topic cited in a chapter that does not list it', () => {
    // "Official Disability Guidelines, Shoulder Chapter, Hand Chapter, Physical therapy": the Hand chapter's is not catalogued.
    expect(resolveSection('Physical therapy', { source: 'ODG', part: 'Hand' })).toBeNull();
  });

  it('finds an ODG topic cited without a chapter when one chapter lists it', () => {
    expect(resolveSection('Naltrexone', { source: 'ODG' })).toBe('odg/pain/naltrexone');
    expect(resolveSection('MRI hand', { source: 'ODG' })).toBe('odg/forearm-wrist-and-hand/mri');
  });

  it('knows a chapter whatever chapter came before it', () => {
    expect(resolveSection('Neck and Upper back', { source: 'ODG', part: 'Low back' })).toBe('odg/neck-and-upper-back');
  });

  it('has no concept for what the catalogue does not know', () => {
    expect(resolveSection('Ginger root, lowers swelling', { source: 'MTUS', part: CPMTG })).toBeNull();
    expect(resolveSection('Table 8-8', { source: 'MTUS', part: 'Neck and Upper Back Complaints' })).toBeNull();
    expect(resolveSection('Harris J', { source: 'ODG', part: 'Low Back' })).toBeNull();
    expect(resolveSection('', {})).toBeNull();
    expect(resolveSection('()', {})).toBeNull();
  });
});

describe('a filter term', () => {
  it('is a concept id, in any case', () => {
    expect(resolveSectionTerm('mtus/chronic-pain/opioids-criteria-for-use')).toEqual(['mtus/chronic-pain/opioids-criteria-for-use']);
    expect(resolveSectionTerm(' ODG/Pain ')).toEqual(['odg/pain']);
  });

  it('is any way of writing the section, whatever its case, spacing, punctuation and word order', () => {
    // Prepare
    const expected = ['mtus/chronic-pain/opioids-criteria-for-use', 'odg/pain/opioids-criteria-for-use'];
    // Act, Assess
    for (const term of ['Opioids, criteria for use', 'Criteria for use of opioids', '  OPIOIDS;   criteria-for-use. ', 'criteria for use of Opioid']) {
      expect(resolveSectionTerm(term), term).toEqual(expected);
    }
  });

  it('gives every part\'s concept for a title the ACOEM 2004 parts share', () => {
    // Act
    const ids = resolveSectionTerm('special studies');
    // Assess
    expect(ids).toContain('mtus/low-back/special-studies');
    expect(ids).toContain('mtus/shoulder/special-studies');
    for (const id of ids) expect(sectionConcept(id)?.name).toBe('Special Studies');
  });

  it('gives an ODG chapter by any of its names', () => {
    expect(resolveSectionTerm('Low Back - Lumbar & Thoracic (Acute & Chronic)')).toEqual(['odg/low-back']);
    expect(resolveSectionTerm('low back lumbar and thoracic')).toEqual(['odg/low-back']);
  });

  it('finds nothing for an unknown term', () => {
    expect(resolveSectionTerm('Ginger root')).toEqual([]);
    expect(resolveSectionTerm('mtus/chronic-pain/ginger-root')).toEqual([]);
    expect(resolveSectionTerm('   ')).toEqual([]);
  });

  it('finds every concept by its id, its name and each of its variants', () => {
    for (const concept of sectionConcepts()) {
      expect(resolveSectionTerm(concept.id)).toEqual([concept.id]);
      for (const written of [concept.name, ...concept.variants]) expect(resolveSectionTerm(written), written).toContain(concept.id);
    }
  });
});

describe('the section catalogue', () => {
  const concepts = sectionConcepts();

  it('has concepts for MTUS sections, ODG chapters and topics, and ACOEM chapters', () => {
    // Act
    const bySource = new Map<GuidelineSource, number>();
    for (const c of concepts) bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
    console.info(`[sections] concepts: ${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')} (${concepts.length} in all)`);
    // Assess
    expect(bySource.get('MTUS')).toBeGreaterThan(0);
    expect(bySource.get('ODG')).toBeGreaterThan(0);
    expect(bySource.get('ACOEM')).toBeGreaterThan(0);
    expect(bySource.get('OTHER')).toBeUndefined();
  });

  it('gives each concept one stable lowercase id of its source and part', () => {
    const ids = concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of concepts) {
      expect(c.id).toMatch(/^(?:mtus|odg|acoem)\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      expect(c.id.split('/')[0]).toBe(c.source.toLowerCase());
      expect(sectionConcept(c.id)).toBe(c);
    }
  });

  it('names each MTUS concept\'s part as citations name it, and each ODG and ACOEM concept\'s chapter', () => {
    const partTitles = new Set(MTUS_PARTS.map((p) => p.title));
    const chapterNames = new Set([...ODG_CHAPTER_ENTRIES, ...ACOEM_CHAPTER_ENTRIES].map((c) => c.name));
    for (const c of concepts) expect(c.source === 'MTUS' ? partTitles.has(c.part ?? '') : chapterNames.has(c.part ?? ''), c.id).toBe(true);
  });

  it('lets no two concepts a letter could mean in one place share a variant', () => {
    // Prepare: a name is read in its place (an MTUS part, an ODG chapter's topics, a source's
    // chapters); chapters are read before topics, so a topic must not share a chapter's name either.
    const records = buildConceptRecords();
    const isChapter = (scope: string) => !scope.includes('/');
    const idsByPlaceAndKey = new Map<string, Set<string>>();
    const chapterByKey = new Map<string, string>();
    // Act
    for (const r of records) {
      for (const key of r.forms.flatMap(termKeys)) {
        const place = `${r.scope} "${key}"`;
        idsByPlaceAndKey.set(place, (idsByPlaceAndKey.get(place) ?? new Set()).add(r.concept.id));
        if (isChapter(r.scope)) chapterByKey.set(`${r.concept.source} "${key}"`, r.concept.id);
      }
    }
    const shared = [...idsByPlaceAndKey].filter(([, ids]) => ids.size > 1).map(([place, ids]) => `${place}: ${[...ids].join(', ')}`);
    const shadowed = records
      .filter((r) => !isChapter(r.scope))
      .flatMap((r) => r.forms.flatMap(termKeys).map((key) => [r.concept.id, chapterByKey.get(`${r.concept.source} "${key}"`)]))
      .filter(([, chapter]) => chapter !== undefined);
    // Assess
    expect(shared).toEqual([]);
    expect(shadowed).toEqual([]);
  });

  it('is the splitter\'s list: every title the citation splitter knows is a concept of its part', () => {
    const missing: string[] = [];
    for (const part of MTUS_PARTS) {
      for (const title of part.sections) if (resolveSection(title, { source: 'MTUS', part: part.title }) === null) missing.push(`${part.title}: ${title}`);
    }
    for (const chapter of ODG_CHAPTER_ENTRIES) {
      for (const name of [chapter.name, ...chapter.variants]) if (resolveSection(name, { source: 'ODG' }) !== `odg/${chapter.slug}`) missing.push(`ODG: ${name}`);
      for (const topic of chapter.topics) {
        const name = typeof topic === 'string' ? topic : topic.name;
        if (resolveSection(name, { source: 'ODG', part: chapter.name }) === null) missing.push(`ODG ${chapter.name}: ${name}`);
      }
    }
    for (const chapter of ACOEM_CHAPTER_ENTRIES) {
      for (const name of [chapter.name, ...chapter.variants]) if (resolveSection(name, { source: 'ACOEM' }) !== `acoem/${chapter.slug}`) missing.push(`ACOEM: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});

/** Each citation's `sectionIds` are the concepts of its sections, each once, in order, of its own source. */
function expectIdsOfSections(citation: GuidelineCitation): void {
  const expected: string[] = [];
  for (const id of citation.sectionIds) {
    expect(sectionConcept(id)?.source, `${id} in ${citation.text}`).toBe(citation.source);
    if (!expected.includes(id)) expected.push(id);
  }
  expect(citation.sectionIds).toEqual(expected);
  expect(citation.sectionIds.length).toBeLessThanOrEqual(citation.sections.length + citation.inferredSections.length);
  if (citation.sections.length + citation.inferredSections.length === 0) expect(citation.sectionIds).toEqual([]);
}

describe('the sample letters', () => {
  const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

  it('give the claims administrator\'s "Opioids, criteria for use" and the reviewer\'s "Criteria for use of opioids" one id (002)', () => {
    // Prepare
    const result = parseDeterminationText(readFileSync(path.join(SAMPLES, '002_572d8b93f8cec80c.txt'), 'utf8'));
    if (!result.success) throw result.error;
    // Act
    const citations = result.data.disputedItems.flatMap((item) => item.citations);
    const writing = (s: string) => citations.filter((c) => c.source === 'MTUS' && c.sections.includes(s));
    // Assess
    expect(writing('Opioids, criteria for use')).not.toEqual([]);
    expect(writing('Criteria for use of opioids')).not.toEqual([]);
    for (const c of [...writing('Opioids, criteria for use'), ...writing('Criteria for use of opioids')]) {
      expect(c.sectionIds).toContain('mtus/chronic-pain/opioids-criteria-for-use');
    }
  });

  it('give every citation the concepts of its sections', () => {
    for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
      const result = parseDeterminationText(readFileSync(path.join(SAMPLES, file), 'utf8'));
      if (!result.success) throw result.error;
      for (const c of result.data.disputedItems.flatMap((item) => item.citations)) expectIdsOfSections(c);
    }
  });
});

if (!hasRealLetters) {
  console.warn(`\n[sections] SKIPPED: ${REAL_LETTERS} is absent, so section concepts are not measured on the real letters.\n`);
}

describe.skipIf(!hasRealLetters)('the 120 real letters', () => {
  it('give nearly every written section a concept, and each citation the concepts of its sections', async () => {
    // Prepare
    const letters = readdirSync(REAL_LETTERS).filter((f) => f.endsWith('.pdf')).sort();
    expect(letters).toHaveLength(120);
    const written = new Map<GuidelineSource, { sections: number; withId: number }>();
    const formsById = new Map<string, Set<string>>();
    const withoutId: string[] = [];
    // Act
    for (const letter of letters) {
      const result = await parseDeterminationPdf(new Uint8Array(readFileSync(path.join(REAL_LETTERS, letter))));
      if (!result.success) throw new Error(`${letter}: ${result.error.message}`);
      const unknownWarnings = result.data.warnings.filter((w) => w.code === 'UNKNOWN_SECTION').length;
      let mtusWithoutId = 0;
      for (const c of result.data.disputedItems.flatMap((item) => item.citations)) {
        expectIdsOfSections(c);
        const tally = written.get(c.source) ?? { sections: 0, withId: 0 };
        for (const section of c.sections) {
          const id = c.sectionIds.find((candidate) => resolveSectionTerm(section).includes(candidate)) ?? null;
          tally.sections++;
          if (id === null) {
            withoutId.push(`${c.source} ${c.title ?? ''}: ${section}`);
            if (c.source === 'MTUS') mtusWithoutId++;
            continue;
          }
          tally.withId++;
          formsById.set(id, (formsById.get(id) ?? new Set()).add(section));
        }
        written.set(c.source, tally);
      }
      // An MTUS section without a concept is exactly what the letter's UNKNOWN_SECTION warnings report.
      expect(unknownWarnings, letter).toBe(mtusWithoutId);
    }
    // Assess
    const all = [...written.values()].reduce((a, b) => ({ sections: a.sections + b.sections, withId: a.withId + b.withId }), { sections: 0, withId: 0 });
    const share = (t: { sections: number; withId: number }) => `${t.withId}/${t.sections} (${((100 * t.withId) / Math.max(1, t.sections)).toFixed(1)}%)`;
    const merged = [...formsById].filter(([, forms]) => forms.size > 1);
    console.info(
      `[sections] real letters: written sections with a concept ${share(all)}; ` +
        `${[...written].map(([source, t]) => `${source} ${share(t)}`).join(', ')}; ` +
        `${formsById.size} concepts cited, ${merged.length} of them written more than one way; without a concept: ${JSON.stringify(withoutId)}`,
    );
    expect(all.withId / all.sections).toBeGreaterThanOrEqual(0.97);
    expect((written.get('MTUS')?.withId ?? 0) / (written.get('MTUS')?.sections ?? 1)).toBeGreaterThanOrEqual(0.99);
    expect(merged.length).toBeGreaterThan(0);
  }, 120_000);
});

describe.skipIf(hasRealLetters)('the real letters (absent)', () => {
  it(`SKIPPED: ${REAL_LETTERS} is absent; section concepts were not measured on them`, () => {
    expect(hasRealLetters).toBe(false);
  });
});
