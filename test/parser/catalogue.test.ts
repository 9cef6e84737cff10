/**
 * The catalogues behind citation splitting and treatment description: every title the real
 * letters cite is known, no name means two things, and lookups ignore what letters vary in.
 */
import { describe, expect, it } from 'vitest';
import { catalogueKey } from '../../src/parser/catalogue/keys.js';
import { ACOEM_CHAPTERS, ODG_CHAPTERS } from '../../src/parser/catalogue/guideline-chapters.js';
import { DRUGS, DRUG_CLASSES } from '../../src/parser/catalogue/drugs.js';
import { resolveTreatmentTerm, treatmentConcept } from '../../src/vocabulary/treatments/index.js';
import { MTUS_PARTS } from '../../src/parser/catalogue/mtus-parts.js';
import { PhraseIndex, wordsOf } from '../../src/parser/catalogue/phrase-index.js';
import { ALL_MTUS_SECTIONS, GUIDELINE_CHAPTERS, mtusPartByName } from '../../src/parser/catalogue/titles.js';
import { CATEGORY_RULES } from '../../src/parser/catalogue/treatment-categories.js';

/**
 * Every section title cited after "Section(s):" in the 120 real letters (2016–2017), by part.
 * Titles of public guidelines, not letter content.
 */
const SECTIONS_CITED_IN_REAL_LETTERS: Record<string, string[]> = {
  'Low Back Complaints': ['General Approach', 'Initial Care', 'Physical Methods', 'Summary', 'Special Studies', 'Diagnostic Criteria', 'Surgical Considerations'],
  'Neck and Upper Back Complaints': ['Diagnostic Criteria', 'Special Studies', 'Initial Care'],
  'Shoulder Complaints': ['Initial Care', 'Activity Modification', 'Special Studies', 'Summary', 'Surgical Considerations'],
  'Knee Complaints': ['Diagnostic Criteria', 'Special Studies', 'Initial Care', 'Summary', 'Surgical Considerations'],
  'Forearm, Wrist, and Hand Complaints': ['Diagnostic Criteria', 'Special Studies', 'Initial Care', 'Physical Methods', 'Surgical Considerations'],
  'Ankle and Foot Complaints': ['Special Studies', 'Diagnostic Criteria', 'Summary'],
  'Stress-Related Conditions': ['General Approach'],
  'General Approaches': ['Cornerstones of Disability Prevention and Management', 'General Approach to Initial Assessment and Documentation', 'Initial Approaches to Treatment'],
  'Elbow Complaints': ['Recommendations', 'Radial Head Fracture'],
  'Postsurgical Treatment': ['Forearm, Wrist, & Hand', 'Knee'],
  'Chronic Pain Medical Treatment': [
    'Antidepressants for chronic pain',
    'Antiepilepsy drugs (AEDs) for pain',
    'Gabapentin (Neurontin)',
    'Bupropion (Wellbutrin®)',
    'CRPS, diagnostic tests',
    'Celebrex (celecoxib)',
    'Compound drugs',
    'Cyclobenzaprine (Flexeril)',
    'Muscle relaxants (for pain)',
    'Electrodiagnostic testing (EMG/NCS)',
    'Facet blocks',
    'Home health services',
    'Insomnia treatment',
    'Lidoderm (lidocaine patch)',
    'Topical analgesics',
    'Manual therapy & manipulation',
    'NSAIDs (non-steroidal anti-inflammatory drugs)',
    'NSAIDs, GI symptoms & cardiovascular risk',
    'NSAIDs, hypertension and renal function',
    'NSAIDs, specific drug list & adverse effects',
    'Proton Pump Inhibitors (PPIs)',
    'Office visits',
    'Opioid-induced constipation treatment',
    'Physical medicine treatment',
    'Physical Medicine',
    'Epidural steroid injections (ESIs)',
    'Psychological evaluations',
    'Psychological treatment',
    'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
    'Topical analgesics, compounded',
    'Tramadol (Ultram)',
    'Ultrasound, therapeutic',
    'Work conditioning, work hardening',
  ],
  'Opioid Treatment': [
    '1.3 Opioids for Acute Pain: Severe Acute Injuries',
    '1.4 Opioids for Acute Pain: Opioids for Post-operative Pain',
    '2. Opioids for Subacute Pain',
    '3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment',
    '3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiating and Monitoring Chronic Opioid Treatment',
    '3.3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiation of Chronic Opioid Treatment',
    '3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)',
    '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
    '4.1 Tapering Opioids: Indications for Tapering Opioids',
    '4.2 Tapering Opioids: Methods for Tapering Opioids',
  ],
};

/** The MTUS parts the domain notes count in the real letters, as the letters name them. */
const PARTS_IN_REAL_LETTERS = [
  'Chronic Pain Medical Treatment',
  'Low Back Complaints',
  'Neck and Upper Back Complaints',
  'Shoulder Complaints',
  'Opioid Treatment',
  'Acupuncture Treatment',
  'Knee Complaints',
  'Forearm, Wrist, and Hand Complaints',
  'General Approaches',
  'Elbow Complaints',
  'Postsurgical Treatment',
  'Ankle and Foot Complaints',
  'Stress-Related Conditions',
];

describe('the MTUS catalogue', () => {
  it.each(PARTS_IN_REAL_LETTERS)('knows the part "%s" by its own name', (name) => {
    expect(mtusPartByName(name)?.title).toBe(name);
  });

  it('knows the older letters\' names for the Chronic Pain guideline', () => {
    expect(mtusPartByName('Chronic Pain Treatment Guidelines')?.title).toBe('Chronic Pain Medical Treatment');
    expect(mtusPartByName('Chronic Pain Medical Treatment Guidelines')?.title).toBe('Chronic Pain Medical Treatment');
  });

  it.each(Object.entries(SECTIONS_CITED_IN_REAL_LETTERS))('knows every section the real letters cite under %s', (part, sections) => {
    const titles = mtusPartByName(part)?.sections;
    expect(sections.filter((s) => !titles?.keys.has(catalogueKey(s)))).toEqual([]);
  });

  it('gives each written part name to one part only', () => {
    const names = MTUS_PARTS.flatMap((p) => [p.title, ...p.aliases].map(catalogueKey));
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists each section once per part', () => {
    for (const part of MTUS_PARTS) {
      const keys = part.sections.map(catalogueKey);
      expect(new Set(keys).size, part.title).toBe(keys.length);
    }
  });

  it('keeps the typos letters make as titles of their own', () => {
    expect(ALL_MTUS_SECTIONS.keys.has(catalogueKey('Inital Care'))).toBe(true);
    expect(ALL_MTUS_SECTIONS.keys.has(catalogueKey('Diagnositc Criteria'))).toBe(true);
  });
});

describe('the non-MTUS guideline chapters', () => {
  const DOMAIN_NOTES_ODG_CHAPTERS = [
    'Pain (Chronic)',
    'Low Back – Lumbar & Thoracic (Acute & Chronic)',
    'Neck and Upper Back (Acute & Chronic)',
    'Shoulder',
    'Knee & Leg',
    'Hip & Pelvis',
    'Forearm, Wrist & Hand',
    'Elbow',
    'Ankle & Foot',
    'Head',
    'Mental Illness & Stress',
    'Carpal Tunnel Syndrome',
    'Hernia',
  ];

  it.each(DOMAIN_NOTES_ODG_CHAPTERS)('knows the ODG chapter "%s"', (chapter) => {
    expect(GUIDELINE_CHAPTERS.keys.has(catalogueKey(chapter))).toBe(true);
  });

  it('knows chapters spelled with "and" as well as "&"', () => {
    expect(GUIDELINE_CHAPTERS.keys.has(catalogueKey('Knee and Leg'))).toBe(true);
    expect(GUIDELINE_CHAPTERS.keys.has(catalogueKey('Mental Illness and Stress'))).toBe(true);
  });

  it('has no empty chapter names', () => {
    expect([...ODG_CHAPTERS, ...ACOEM_CHAPTERS].filter((c) => c.trim() === '')).toEqual([]);
  });
});

describe('catalogue keys', () => {
  it.each([
    ['Muscle Relaxants', 'muscle relaxants (for pain)', false],
    ['Muscle relaxants', 'MUSCLE RELAXANTS', true],
    ['Bupropion (Wellbutrin®)', 'Bupropion (Wellbutrin)', true],
    ['Low Back – Lumbar & Thoracic', 'Low Back-Lumbar & Thoracic', true],
    ['Low Back -Lumbar', 'Low Back - Lumbar', true],
    ['Special  Studies.', 'Special Studies', true],
  ] as const)('"%s" and "%s" are the same title: %s', (a, b, same) => {
    expect(catalogueKey(a) === catalogueKey(b)).toBe(same);
  });
});

describe('the drug catalogue', () => {
  const DOMAIN_NOTES_BRANDS: Array<[string, string]> = [
    ['Norco', 'hydrocodone/acetaminophen'],
    ['Percocet', 'oxycodone/acetaminophen'],
    ['OxyContin', 'oxycodone'],
    ['Dilaudid', 'hydromorphone'],
    ['MS Contin', 'morphine ER'],
    ['Opana', 'oxymorphone'],
    ['Duragesic', 'fentanyl'],
    ['Ultram', 'tramadol'],
    ['Ultracet', 'tramadol/acetaminophen'],
    ['Nucynta', 'tapentadol'],
    ['Tylenol #3', 'acetaminophen/codeine'],
    ['Butrans', 'buprenorphine'],
    ['Suboxone', 'buprenorphine/naloxone'],
    ['Evzio', 'naloxone'],
    ['Narcan', 'naloxone'],
    ['Nalozone', 'naloxone'],
    ['Movantik', 'naloxegol'],
    ['Relistor', 'methylnaltrexone'],
    ['Amitiza', 'lubiprostone'],
    ['Soma', 'carisoprodol'],
    ['Fexmid', 'cyclobenzaprine'],
    ['Amrix', 'cyclobenzaprine'],
    ['Skelaxin', 'metaxalone'],
    ['Robaxin', 'methocarbamol'],
    ['Norflex', 'orphenadrine'],
    ['Parafon Forte', 'chlorzoxazone'],
    ['Naprosyn', 'naproxen'],
    ['Anaprox', 'naproxen'],
    ['Flector', 'diclofenac epolamine'],
    ['Relafen', 'nabumetone'],
    ['Lodine', 'etodolac'],
    ['Toradol', 'ketorolac'],
    ['Nexium', 'esomeprazole'],
    ['Zantac', 'ranitidine'],
    ['Gralise', 'gabapentin'],
    ['Lyrica', 'pregabalin'],
    ['Topamax', 'topiramate'],
    ['Cymbalta', 'duloxetine'],
    ['Effexor', 'venlafaxine'],
    ['Elavil', 'amitriptyline'],
    ['Pamelor', 'nortriptyline'],
    ['Desyrel', 'trazodone'],
    ['Wellbutrin', 'bupropion'],
    ['Ambien', 'zolpidem'],
    ['Lunesta', 'eszopiclone'],
    ['Restoril', 'temazepam'],
    ['Xanax', 'alprazolam'],
    ['Klonopin', 'clonazepam'],
    ['Fioricet', 'butalbital/acetaminophen/caffeine'],
    ['Zofran', 'ondansetron'],
    ['Lidoderm', 'lidocaine'],
    ['Viagra', 'sildenafil'],
    ['Provigil', 'modafinil'],
    ['Synapryn', 'tramadol'],
    ['Tabradol', 'cyclobenzaprine'],
    ['Deprizine', 'ranitidine'],
    ['Dicopanol', 'diphenhydramine'],
    ['Fanatrex', 'gabapentin'],
  ];
  const byName = new Map(DRUGS.flatMap((d) => d.names.map((n) => [n.toLowerCase(), d] as const)));

  it.each(DOMAIN_NOTES_BRANDS)('maps %s to %s', (brand, generic) => {
    expect(byName.get(brand.toLowerCase())?.genericName).toBe(generic);
  });

  it('maps generic names to themselves', () => {
    for (const generic of ['gabapentin', 'tramadol', 'naloxone', 'cyclobenzaprine', 'omeprazole', 'baclofen']) {
      expect(byName.get(generic)?.genericName).toBe(generic);
    }
  });

  it('gives each written drug name one generic name', () => {
    const names = DRUGS.flatMap((d) => d.names.map((n) => n.toLowerCase()));
    expect(names.length - new Set(names).size).toBe(0);
  });

  it('uses only the declared drug classes', () => {
    const classes = new Set<string>(Object.values(DRUG_CLASSES));
    expect(DRUGS.filter((d) => !classes.has(d.drugClass))).toEqual([]);
  });

  it("is the treatment vocabulary's drug side: each entry is a drug concept every one of its names resolves to", () => {
    const astray = DRUGS.flatMap((d) =>
      d.names.filter((name) => treatmentConcept(d.conceptId)?.kind !== 'DRUG' || !resolveTreatmentTerm(name).includes(d.conceptId)).map((name) => `${name} → ${d.conceptId}`),
    );
    expect(astray).toEqual([]);
  });
});

describe('the treatment category keywords (the words of the vocabulary\'s service concepts)', () => {
  it('give each keyword to one rule (the first rule would silently win)', () => {
    const keywords = CATEGORY_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase()));
    expect(keywords.length - new Set(keywords).size).toBe(0);
  });

  it('never name a drug (a drug decides the category by itself)', () => {
    const drugNames = new Set(DRUGS.flatMap((d) => d.names.map((n) => n.toLowerCase())));
    expect(CATEGORY_RULES.flatMap((r) => r.keywords).filter((k) => drugNames.has(k.toLowerCase()))).toEqual([]);
  });
});

describe('finding phrases in a request', () => {
  const index = new PhraseIndex<string>();
  index.add('release', 'surgery');
  index.add('myofascial release', 'therapy');
  index.add('arthroscop*', 'arthroscopy');
  index.add('urine test*', 'lab');
  index.add('norco', 'drug');

  it('prefers the longest phrase at a word', () => {
    expect(index.find(wordsOf('Myofascial release to the low back')).map((m) => m.value)).toEqual(['therapy']);
  });

  it('matches a word by its beginning where the phrase ends in *', () => {
    expect(index.find(wordsOf('Arthroscopic repair')).map((m) => m.value)).toEqual(['arthroscopy']);
    expect(index.find(wordsOf('Urine tests')).map((m) => m.value)).toEqual(['lab']);
  });

  it('finds a name inside a slashed word', () => {
    expect(index.find(wordsOf('Norco/APAP 10/325')).map((m) => m.value)).toEqual(['drug']);
  });

  it('reports where each phrase was written', () => {
    const [match] = index.find(wordsOf('Retro Norco 10/325'));
    expect(match).toMatchObject({ value: 'drug', start: 6, end: 11 });
  });
});
