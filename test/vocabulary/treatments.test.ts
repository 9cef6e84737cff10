/**
 * The treatment vocabulary: what a search term resolves to (drug brands, generics, ingredients and
 * classes; every family of service; abbreviations), the lineage an item's concept gives it, and the
 * integrity of the data (ids, broader concepts, one concept per written word).
 */
import { describe, expect, it } from 'vitest';
import type { TreatmentCategory } from '../../src/domain/determination.js';
import { CATEGORY_RULES } from '../../src/parser/catalogue/treatment-categories.js';
import {
  bodyRegions,
  conceptLineage,
  resolveBodyRegion,
  resolveTreatmentTerm,
  treatmentConcept,
  treatmentConcepts,
  type TreatmentConcept,
} from '../../src/vocabulary/treatments/index.js';

const CATEGORIES: readonly TreatmentCategory[] = [
  'DIAGNOSTIC_TESTING',
  'DMEPOS',
  'EVALUATION_AND_MANAGEMENT',
  'HOME_HEALTH',
  'INJECTION',
  'PHARMACEUTICALS',
  'PROGRAMS',
  'PSYCH_SERVICES',
  'REHABILITATION',
  'SURGERY',
  'TRANSPORTATION',
  'OTHER',
];

/** A term resolves to (at least) this concept. */
type Resolution = [term: string, conceptId: string];

function expectResolution([term, conceptId]: Resolution) {
  // Act
  const resolved = resolveTreatmentTerm(term);
  // Assess
  expect(resolved, `"${term}" resolves to ${resolved.join(', ') || 'nothing'}`).toContain(conceptId);
}

describe('a search term for a drug', () => {
  const cases: Resolution[] = [
    ['Norco', 'drug/hydrocodone-acetaminophen'],
    ['Vicodin', 'drug/hydrocodone-acetaminophen'],
    ['Lortab', 'drug/hydrocodone-acetaminophen'],
    ['Hydrocodone/APAP', 'drug/hydrocodone-acetaminophen'],
    ['hydrocodone', 'ingredient/hydrocodone'],
    ['acetaminophen', 'ingredient/acetaminophen'],
    ['APAP', 'ingredient/acetaminophen'],
    ['Percocet', 'drug/oxycodone-acetaminophen'],
    ['oxycodone', 'ingredient/oxycodone'],
    ['Ultram', 'drug/tramadol'],
    ['tramadol', 'ingredient/tramadol'],
    ['Zanaflex', 'drug/tizanidine'],
    ['Nalozone', 'drug/naloxone'],
    ['Evzio', 'drug/naloxone'],
    ['Soma', 'drug/carisoprodol'],
    ['Flexeril', 'drug/cyclobenzaprine'],
    ['Neurontin', 'drug/gabapentin'],
    ['gabapentin', 'ingredient/gabapentin'],
    ['Lidoderm', 'drug/lidocaine-topical'],
    ['Voltaren gel', 'drug/diclofenac-topical'],
    ['Prilosec', 'drug/omeprazole'],
    ['opioids', 'class/opioids'],
    ['opioid', 'class/opioids'],
    ['narcotics', 'class/opioids'],
    ['muscle relaxants', 'class/muscle-relaxants'],
    ['NSAIDs', 'class/nsaids'],
    ['non-steroidal anti-inflammatory drugs', 'class/nsaids'],
    ['PPI', 'class/proton-pump-inhibitors'],
    ['anticonvulsants', 'class/anti-epilepsy-drugs'],
    ['benzodiazepines', 'class/benzodiazepines'],
    ['topical analgesics', 'class/topical-analgesics'],
    ['compounds', 'class/topical-compounds'],
    ['medications', 'category/pharmaceuticals'],
  ];
  it.each(cases)('"%s" resolves to %s', (term, conceptId) => expectResolution([term, conceptId]));

  it('finds every product holding an ingredient through the ingredient: "hydrocodone" is in the lineage of Norco, Vicodin and hydrocodone alone', () => {
    // Prepare
    const hydrocodone = new Set(resolveTreatmentTerm('hydrocodone'));
    // Act
    const products = ['drug/hydrocodone-acetaminophen', 'drug/hydrocodone', 'drug/hydrocodone-ibuprofen'].map((id) => conceptLineage(id));
    // Assess
    for (const lineage of products) expect(lineage.some((id) => hydrocodone.has(id))).toBe(true);
  });

  it('gives a brand the lineage of its generic: ingredients, class and category', () => {
    expect(conceptLineage(resolveTreatmentTerm('Norco')[0] ?? '')).toEqual([
      'drug/hydrocodone-acetaminophen',
      'ingredient/hydrocodone',
      'ingredient/acetaminophen',
      'class/opioids',
      'category/pharmaceuticals',
    ]);
  });

  it('reads a term written with a strength or count as the drug ("Norco 10/325 mg #120")', () => {
    expect(resolveTreatmentTerm('Norco 10/325 mg #120')).toEqual(['drug/hydrocodone-acetaminophen']);
  });
});

describe('a search term for a service', () => {
  const cases: Resolution[] = [
    // Imaging, with abbreviations and plurals
    ['MRI', 'imaging/mri'],
    ['MRIs', 'imaging/mri'],
    ["MRI's", 'imaging/mri'],
    ['magnetic resonance imaging', 'imaging/mri'],
    ['CT', 'imaging/ct'],
    ['CAT scan', 'imaging/ct'],
    ['computed tomography', 'imaging/ct'],
    ['X-ray', 'imaging/x-ray'],
    ['x-rays', 'imaging/x-ray'],
    ['radiographs', 'imaging/x-ray'],
    ['ultrasound', 'imaging/ultrasound'],
    ['bone scan', 'imaging/bone-scan'],
    ['imaging', 'group/imaging'],
    // Electrodiagnostics
    ['EMG', 'electrodiagnostics/emg'],
    ['electromyography', 'electrodiagnostics/emg'],
    ['NCV', 'electrodiagnostics/nerve-conduction-study'],
    ['NCS', 'electrodiagnostics/nerve-conduction-study'],
    ['nerve conduction', 'electrodiagnostics/nerve-conduction-study'],
    ['nerve conduction velocity', 'electrodiagnostics/nerve-conduction-study'],
    ['EMG/NCV', 'electrodiagnostics/emg-ncs'],
    ['electrodiagnostic testing', 'group/electrodiagnostics'],
    // Therapies
    ['PT', 'rehabilitation/physical-therapy'],
    ['physical therapy', 'rehabilitation/physical-therapy'],
    ['physiotherapy', 'rehabilitation/physical-therapy'],
    ['OT', 'rehabilitation/occupational-therapy'],
    ['occupational therapy', 'rehabilitation/occupational-therapy'],
    ['PT/OT', 'rehabilitation/physical-and-occupational-therapy'],
    ['chiropractic', 'rehabilitation/chiropractic'],
    ['chiro', 'rehabilitation/chiropractic'],
    ['spinal manipulation', 'rehabilitation/chiropractic-manipulation'],
    ['acupuncture', 'rehabilitation/acupuncture'],
    ['electroacupuncture', 'rehabilitation/electroacupuncture'],
    ['massage', 'rehabilitation/massage-therapy'],
    ['aquatic therapy', 'rehabilitation/aquatic-therapy'],
    ['pool therapy', 'rehabilitation/aquatic-therapy'],
    ['work hardening', 'program/work-hardening'],
    ['functional restoration program', 'program/functional-restoration-program'],
    ['FRP', 'program/functional-restoration-program'],
    // Injections
    ['ESI', 'injection/epidural-steroid-injection'],
    ['epidural steroid injection', 'injection/epidural-steroid-injection'],
    ['epidural injection', 'injection/epidural-steroid-injection'],
    ['transforaminal epidural steroid injection', 'injection/transforaminal-epidural-steroid-injection'],
    ['facet injection', 'injection/facet-joint-injection'],
    ['medial branch block', 'injection/medial-branch-block'],
    ['MBB', 'injection/medial-branch-block'],
    ['radiofrequency ablation', 'injection/radiofrequency-ablation'],
    ['RFA', 'injection/radiofrequency-ablation'],
    ['trigger point injection', 'injection/trigger-point-injection'],
    ['TPI', 'injection/trigger-point-injection'],
    ['PRP', 'injection/platelet-rich-plasma'],
    ['platelet-rich plasma', 'injection/platelet-rich-plasma'],
    ['viscosupplementation', 'injection/viscosupplementation'],
    ['Synvisc', 'injection/viscosupplementation'],
    ['injections', 'category/injection'],
    // Surgery by procedure
    ['rotator cuff repair', 'surgery/rotator-cuff-repair'],
    ['RCR', 'surgery/rotator-cuff-repair'],
    ['carpal tunnel release', 'surgery/carpal-tunnel-release'],
    ['spinal fusion', 'surgery/spinal-fusion'],
    ['ACDF', 'surgery/anterior-cervical-discectomy-and-fusion'],
    ['arthroscopy', 'surgery/arthroscopy'],
    ['total knee replacement', 'surgery/total-knee-arthroplasty'],
    ['spinal cord stimulator', 'surgery/spinal-cord-stimulator'],
    ['surgery', 'category/surgery'],
    // Equipment
    ['TENS', 'dme/tens'],
    ['TENS unit', 'dme/tens'],
    ['H-wave', 'dme/h-wave'],
    ['interferential unit', 'dme/interferential-stimulator'],
    ['brace', 'orthotics/brace'],
    ['knee brace', 'orthotics/brace'],
    ['lumbar support', 'orthotics/lumbar-support'],
    ['cold therapy unit', 'dme/cold-therapy-unit'],
    ['Vascutherm', 'dme/cold-compression-unit'],
    ['DME', 'group/dme'],
    // Tests
    ['urine drug screen', 'lab/urine-drug-screen'],
    ['UDS', 'lab/urine-drug-screen'],
    ['urine drug test', 'lab/urine-drug-screen'],
    ['CBC', 'lab/complete-blood-count'],
    ['labs', 'group/lab-tests'],
    ['EKG', 'test/electrocardiogram'],
    ['FCE', 'test/functional-capacity-evaluation'],
    // Visits, evaluations, consultations
    ['consultation', 'evaluation/consultation'],
    ['office visit', 'evaluation/office-visit'],
    ['follow-up visit', 'evaluation/follow-up-visit'],
    ['medical clearance', 'evaluation/medical-clearance'],
    ['pain management consultation', 'evaluation/pain-management-consultation'],
    ['medication management', 'evaluation/medication-management'],
    // Home health, psychology, transportation
    ['home health', 'home-health/home-health-services'],
    ['home health aide', 'home-health/home-health-aide'],
    ['CBT', 'psych/cognitive-behavioral-therapy'],
    ['cognitive behavioral therapy', 'psych/cognitive-behavioral-therapy'],
    ['psychotherapy', 'psych/psychotherapy'],
    ['biofeedback', 'psych/biofeedback'],
    ['psychological evaluation', 'psych/psychological-evaluation'],
    ['transportation', 'transportation/medical-transportation'],
  ];
  it.each(cases)('"%s" resolves to %s', (term, conceptId) => expectResolution([term, conceptId]));

  it('counts diagnostic and therapeutic ultrasound as "ultrasound"', () => {
    expect(resolveTreatmentTerm('ultrasound')).toEqual(expect.arrayContaining(['imaging/ultrasound', 'rehabilitation/therapeutic-ultrasound']));
  });
});

describe('how a term is compared', () => {
  it.each([
    ['E.S.I.', 'injection/epidural-steroid-injection'],
    ['EPIDURAL  STEROID-INJECTION', 'injection/epidural-steroid-injection'],
    ['  physical   therapy ', 'rehabilitation/physical-therapy'],
    ['ＭＲＩ', 'imaging/mri'], // full-width letters
    ['x ray', 'imaging/x-ray'],
    ['Tylenol #3', 'drug/acetaminophen-codeine'],
  ] as const)('ignores case, spacing, punctuation and Unicode form: "%s"', (term, conceptId) => {
    expect(resolveTreatmentTerm(term)).toContain(conceptId);
  });

  it('resolves a concept id to itself', () => {
    expect(resolveTreatmentTerm('imaging/mri')).toEqual(['imaging/mri']);
  });

  it.each(['quantum healing', '', '   ', 'the', '12345'])('knows nothing of "%s"', (term) => {
    expect(resolveTreatmentTerm(term)).toEqual([]);
  });
});

describe('the lineage of a concept', () => {
  it('has the concept first, then everything broader, once each', () => {
    for (const concept of treatmentConcepts()) {
      const lineage = conceptLineage(concept.id);
      expect(lineage[0]).toBe(concept.id);
      expect(new Set(lineage).size).toBe(lineage.length);
    }
  });

  it("always reaches the concept's own DWC category", () => {
    const missing = treatmentConcepts().filter((c) => !conceptLineage(c.id).includes(`category/${c.category.toLowerCase()}`));
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  it.each([
    ['electrodiagnostics/emg-ncs', ['electrodiagnostics/emg', 'electrodiagnostics/nerve-conduction-study', 'group/electrodiagnostics', 'category/diagnostic_testing']],
    ['injection/transforaminal-epidural-steroid-injection', ['injection/epidural-steroid-injection', 'category/injection']],
    ['injection/medial-branch-block', ['group/facet-procedures', 'category/injection']],
    ['surgery/arthroscopic-rotator-cuff-repair', ['surgery/arthroscopy', 'surgery/rotator-cuff-repair', 'category/surgery']],
    ['rehabilitation/chiropractic-manipulation', ['rehabilitation/chiropractic', 'category/rehabilitation']],
    ['rehabilitation/aquatic-therapy', ['rehabilitation/physical-therapy']],
    ['rehabilitation/physical-and-occupational-therapy', ['rehabilitation/physical-therapy', 'rehabilitation/occupational-therapy']],
    ['dme/tens-ems-unit', ['dme/tens', 'dme/electrical-muscle-stimulator', 'group/electrical-stimulation', 'category/dmepos']],
    ['imaging/mr-arthrogram', ['imaging/mri', 'imaging/arthrogram', 'group/imaging']],
    ['drug/diclofenac-topical', ['ingredient/diclofenac', 'class/nsaids', 'class/topical-analgesics']],
    ['drug/tghot', ['ingredient/tramadol', 'ingredient/gabapentin', 'class/opioids', 'class/topical-compounds']],
  ] as const)('of %s holds %j', (id, broader) => {
    expect(conceptLineage(id)).toEqual(expect.arrayContaining([...broader]));
  });

  it('of a compound holds each drug, its ingredients and classes, and topical compounds', () => {
    // Prepare
    const id = 'compound/baclofen+flurbiprofen+gabapentin';
    // Act
    const concept = treatmentConcept(id);
    const lineage = conceptLineage(id);
    // Assess
    expect(concept).toMatchObject({ kind: 'DRUG', category: 'PHARMACEUTICALS' });
    expect(lineage).toEqual(
      expect.arrayContaining(['drug/baclofen', 'ingredient/flurbiprofen', 'ingredient/gabapentin', 'class/muscle-relaxants', 'class/nsaids', 'class/topical-compounds']),
    );
  });

  it('of a drug in a topical form holds the drug and topical analgesics', () => {
    expect(conceptLineage('topical/ketoprofen')).toEqual(expect.arrayContaining(['drug/ketoprofen', 'ingredient/ketoprofen', 'class/nsaids', 'class/topical-analgesics']));
  });

  it('knows only the one spelling of a made-up id, and only of drugs it lists', () => {
    expect(treatmentConcept('compound/flurbiprofen+baclofen')).toBeUndefined(); // not sorted
    expect(treatmentConcept('compound/baclofen+baclofen')).toBeUndefined();
    expect(treatmentConcept('compound/baclofen+unobtainium')).toBeUndefined();
    expect(treatmentConcept('combination/baclofen')).toBeUndefined(); // one drug is its own concept
    expect(treatmentConcept('topical/imaging')).toBeUndefined();
  });

  it('of an id the vocabulary does not know is that id alone', () => {
    expect(conceptLineage('imaging/teleportation')).toEqual(['imaging/teleportation']);
  });
});

describe('the concepts', () => {
  const concepts = treatmentConcepts();
  const byId = new Map(concepts.map((c) => [c.id, c] as const));

  it('have unique ids, each a lowercase slug with its kind as prefix', () => {
    // Prepare
    const prefixOf: Record<TreatmentConcept['kind'], RegExp> = {
      DRUG: /^drug\//,
      INGREDIENT: /^ingredient\//,
      DRUG_CLASS: /^class\//,
      GROUP: /^group\//,
      CATEGORY: /^category\//,
      SERVICE: /^(?:imaging|electrodiagnostics|lab|test|dme|orthotics|supplies|injection|surgery|rehabilitation|program|psych|home-health|transportation|evaluation|dental)\//,
    };
    // Assess
    expect(byId.size).toBe(concepts.length);
    const malformed = concepts.filter((c) => !/^[a-z-]+\/[a-z0-9_]+(?:-[a-z0-9_]+)*$/.test(c.id) || !prefixOf[c.kind].test(c.id));
    expect(malformed.map((c) => c.id)).toEqual([]);
  });

  it('are found by id', () => {
    for (const concept of concepts) expect(treatmentConcept(concept.id)).toBe(concept);
  });

  it('name only broader concepts that exist, and never themselves', () => {
    const dangling = concepts.flatMap((c) => c.broader.filter((b) => !byId.has(b) || b === c.id).map((b) => `${c.id} → ${b}`));
    expect(dangling).toEqual([]);
  });

  it('give each DWC category one catch-all concept', () => {
    for (const category of CATEGORIES) {
      const catchAll = concepts.filter((c) => c.kind === 'CATEGORY' && c.category === category);
      expect(catchAll.map((c) => c.id)).toEqual([`category/${category.toLowerCase()}`]);
    }
  });

  it('resolve each of their names and synonyms back to themselves', () => {
    const lost = concepts.flatMap((c) => [c.name, ...c.synonyms].filter((name) => !resolveTreatmentTerm(name).includes(c.id)).map((name) => `${c.id}: ${name}`));
    expect(lost).toEqual([]);
  });

  it('share a name only with a concept they are related to (or where both meanings are meant)', () => {
    // Prepare: "ultrasound" is meant to find imaging and therapy alike; DWC calls both its
    // miscellaneous drug class and the miscellaneous category "Other".
    const meant = new Set(['ultrasound', 'ultrasounds', 'other']);
    const owners = new Map<string, Set<string>>();
    for (const c of concepts) {
      for (const name of [c.name, ...c.synonyms]) {
        for (const id of resolveTreatmentTerm(name)) {
          const key = name.toLowerCase();
          owners.set(key, (owners.get(key) ?? new Set()).add(id));
        }
      }
    }
    const related = (a: string, b: string) => {
      const la = conceptLineage(a);
      const lb = conceptLineage(b);
      return la.includes(b) || lb.includes(a) || la.some((x) => x.startsWith('ingredient/') && lb.includes(x));
    };
    // Act
    const clashes = [...owners]
      .filter(([name, ids]) => !meant.has(name) && [...ids].some((a) => [...ids].some((b) => a !== b && !related(a, b))))
      .map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
    // Assess
    expect(clashes).toEqual([]);
  });

  it('cover every service family the issue names', () => {
    const families = ['imaging/', 'electrodiagnostics/', 'lab/', 'injection/', 'surgery/', 'dme/', 'orthotics/', 'rehabilitation/', 'program/', 'psych/', 'evaluation/', 'home-health/', 'transportation/'];
    for (const family of families) expect(concepts.filter((c) => c.id.startsWith(family)).length, family).toBeGreaterThan(0);
  });
});

describe('the words the parser reads services by', () => {
  it('are the concepts\' own: every rule is a concept, with its category and subcategory', () => {
    for (const rule of CATEGORY_RULES) {
      const concept = treatmentConcept(rule.conceptId);
      expect(concept, rule.conceptId).toBeDefined();
      expect({ category: rule.category, subcategory: rule.subcategory }).toEqual({ category: concept?.category, subcategory: concept?.subcategory });
    }
  });

  it("include each service concept's name and synonyms (a name the parser cannot find is a name search cannot use)", () => {
    const words = new Map(CATEGORY_RULES.map((r) => [r.conceptId, new Set(r.keywords.map((k) => k.toLowerCase()))] as const));
    const unread = treatmentConcepts()
      .filter((c) => c.kind === 'SERVICE')
      .flatMap((c) => [c.name].filter((name) => !words.get(c.id)?.has(name.toLowerCase())).map((name) => `${c.id}: ${name}`));
    expect(unread).toEqual([]);
  });
});

describe('body regions', () => {
  it.each([
    ['low back', 'lumbar spine'],
    ['L-spine', 'lumbar spine'],
    ['lumbar', 'lumbar spine'],
    ['Lumbosacral', 'lumbar spine'],
    ['neck', 'cervical spine'],
    ['C-spine', 'cervical spine'],
    ['upper back', 'thoracic spine'],
    ['knees', 'knee'],
    ['Shoulder', 'shoulder'],
    ['lower extremities', 'lower extremity'],
    ['fingers', 'hand'],
  ] as const)('"%s" is the %s', (term, region) => {
    expect(resolveBodyRegion(term)).toBe(region);
  });

  it('knows nothing of a word that is no region', () => {
    expect(resolveBodyRegion('spleen of the moon')).toBeNull();
  });

  it('have unique ids and names, and no term names two regions', () => {
    const regions = bodyRegions();
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
    expect(new Set(regions.map((r) => r.name)).size).toBe(regions.length);
    for (const region of regions) for (const term of [region.name, ...region.synonyms]) expect(resolveBodyRegion(term), term).toBe(region.name);
  });
});
