/**
 * The parts of the MTUS (California's Medical Treatment Utilization Schedule) as IMR letters name
 * them after "Decision based on MTUS", with the sections each part is cited with.
 *
 * Sources: the domain notes (docs/imr-letters.md), every "Section(s):" list in the 120 real
 * letters, the four samples, and the guidelines' own tables of contents. Titles are kept as
 * letters write them; typos letters make are listed as variants of their section so that splitting
 * a section list still finds them (the citation reports what was written, not a correction).
 *
 * This is the one list of MTUS section names: the citation splitter reads every written form of
 * it (`sections`), the section vocabulary (src/vocabulary/sections) makes one concept of each
 * entry, its name and variants being one section.
 */

import { catalogueKey } from './keys.js';

/**
 * One section: a bare name, or a name with the other ways letters write the same section.
 * The name is the section concept's name and the source of its id slug (`slug` overrides it):
 * once published an id must not change, so rename by adding a variant, not by editing the name.
 */
export type SectionEntry = string | { readonly name: string; readonly variants?: readonly string[]; readonly slug?: string };

export interface MtusPartEntry {
  /** The part as current letters name it, e.g. "Low Back Complaints". */
  title: string;
  /** The part in section concept ids ("mtus/<slug>/<section>"); stable once published. */
  slug: string;
  /** Other ways letters write the part (older letters: "Chronic Pain Treatment Guidelines"). */
  aliases: readonly string[];
  /** The sections of the part, one entry per section. */
  entries: readonly SectionEntry[];
  /** Every written form of the part's sections (names and variants, each once): what the splitter looks for. */
  sections: readonly string[];
}

export function entryName(entry: SectionEntry): string {
  return typeof entry === 'string' ? entry : entry.name;
}

/** The name and the variants of an entry. */
export function entryForms(entry: SectionEntry): readonly string[] {
  return typeof entry === 'string' ? [entry] : [entry.name, ...(entry.variants ?? [])];
}

/** Every written form of `entries`, each once (case aside). */
export function writtenForms(entries: readonly SectionEntry[]): readonly string[] {
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const form of entries.flatMap(entryForms)) {
    const key = catalogueKey(form);
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push(form);
  }
  return forms;
}

/**
 * Sections of the ACOEM (2nd ed., 2004) chapters adopted into the MTUS: every chapter has the same
 * skeleton. Each part has its own copy (Low Back's "Special Studies" is not Shoulder's).
 */
const ACOEM_2004_CHAPTER_SECTIONS: readonly SectionEntry[] = [
  'Initial Assessment',
  'Medical History',
  'Physical Examination',
  'Red Flags',
  { name: 'Diagnostic Criteria', variants: ['Diagnositc Criteria'] }, // a typo seen in letters
  'Work-Relatedness',
  { name: 'Initial Care', variants: ['Inital Care'] }, // a typo seen in letters
  'Physical Methods',
  'Medications',
  'Activity Modification',
  'Work Activities',
  'Follow-up Visits',
  // The chapters' heading in full; letters shorten it.
  { name: 'Special Studies', variants: ['Special Studies and Diagnostic and Treatment Considerations'] },
  'Surgical Considerations',
  'Summary',
  'General Approach',
  'Table 2, Summary of Recommendations',
];

/**
 * The Chronic Pain Medical Treatment Guidelines (2009; 2016 update keeps the topic titles). One
 * section per treatment, many holding a comma — which is why section lists need this catalogue.
 * Titles that differ only by a gloss ("Carisoprodol" / "Carisoprodol (Soma)") or by the 2009 and
 * 2016 wording of one heading are one entry; neighbouring headings that cover different ground
 * ("Drug testing" / "Urine drug testing", "Fentanyl" / "Fentanyl transdermal (Duragesic)",
 * "Buprenorphine" / "Butrans") stay apart.
 */
export const CHRONIC_PAIN_SECTIONS: readonly SectionEntry[] = [
  'Acetaminophen (APAP)',
  'Acupuncture',
  'Adjuvant analgesics',
  'Alprazolam (Xanax)',
  'Amitriptyline',
  { name: 'Antiepilepsy drugs (AEDs) for pain', variants: ['Anti-epilepsy drugs (AEDs)', 'Antiepilepsy drugs (AEDs)'], slug: 'antiepilepsy-drugs' },
  'Anti-inflammatory medications',
  'Antidepressants for chronic pain',
  'Antispasmodic drugs',
  'Aquatic therapy',
  'Baclofen (Lioresal)',
  'Barbiturate-containing analgesic agents (BCAs)',
  'Behavioral interventions',
  'Benzodiazepines',
  'Biofeedback',
  'Botulinum toxin (Botox; Myobloc)',
  'Buprenorphine',
  'Bupropion (Wellbutrin)',
  'Butrans',
  'Caffeine',
  'Capsaicin, topical',
  { name: 'Carisoprodol (Soma)', variants: ['Carisoprodol'] },
  'Celebrex (celecoxib)',
  'Chiropractic',
  'Chronic pain programs (functional restoration programs)',
  'Chronic pain programs, early intervention',
  'Chronic pain programs, intensity',
  'Chronic pain programs, opioids',
  'Codeine',
  'Cognitive behavioral therapy (CBT)',
  'Complex regional pain syndrome (CRPS)',
  'Compound drugs',
  'CRPS, diagnostic criteria',
  'CRPS, diagnostic tests',
  'CRPS, medications',
  'CRPS, prevention',
  'CRPS, spinal cord stimulators',
  'CRPS, sympathetic and epidural blocks',
  'CRPS, treatment',
  'Cyclobenzaprine (Flexeril)',
  'Delayed recovery',
  'Detoxification',
  'Diazepam (Valium)',
  'Drug testing',
  'Duloxetine (Cymbalta)',
  'Electrical stimulators (E-stim)',
  'Electroceutical therapy',
  'Electrodiagnostic testing (EMG/NCS)',
  'Epidural steroid injections (ESIs)',
  'Exercise',
  'Facet blocks',
  'Fentanyl',
  'Fentanyl transdermal (Duragesic)',
  'Functional improvement measures',
  'Functional restoration programs (FRPs)',
  'Gabapentin (Neurontin)',
  'Glucosamine (and Chondroitin Sulfate)',
  'H-wave stimulation (HWT)',
  'Home health services',
  'Hydrocodone/Acetaminophen',
  'Hydromorphone',
  'Implantable drug-delivery systems (IDDSs)',
  'Injection with anaesthetics and/or steroids',
  'Insomnia treatment',
  'Interferential current stimulation (ICS)',
  // The guideline's opening pages, which real letters cite by name.
  'Introduction',
  'Ketamine',
  'Ketoprofen',
  'Lidocaine',
  'Lidoderm (lidocaine patch)',
  { name: 'Low-level laser therapy (LLLT)', variants: ['Low level laser therapy (LLLT)', 'Low-Level Laser Therapy'] },
  'Magnet therapy',
  'Manual therapy & manipulation',
  'Massage therapy',
  'Medical food',
  'Medications for chronic pain',
  'Meperidine',
  'Methadone',
  'Microcurrent electrical stimulation (MENS devices)',
  'Milnacipran',
  'Morphine sulfate',
  { name: 'Muscle relaxants (for pain)', variants: ['Muscle relaxants'] },
  'Neuromuscular electrical stimulation (NMES devices)',
  { name: 'NSAIDs (non-steroidal anti-inflammatory drugs)', variants: ['NSAIDs'] },
  'NSAIDs, GI symptoms & cardiovascular risk',
  'NSAIDs, hypertension and renal function',
  'NSAIDs, specific drug list & adverse effects',
  'Occupational therapy (OT)',
  'Office visits',
  'On-Going Management',
  'Opioid hyperalgesia',
  'Opioid-induced constipation treatment',
  'Opioids',
  'Opioids for chronic pain',
  'Opioids for neuropathic pain',
  'Opioids for osteoarthritis',
  // The 2009 edition's letters write the heading the other way round.
  { name: 'Opioids, cancer pain vs. nonmalignant pain', variants: ['Opioids, cancer pain vs nonmalignant pain'] },
  { name: 'Opioids, criteria for use', variants: ['Criteria for use of opioids'] },
  'Opioids, differentiation: dependence & addiction',
  'Opioids, dosing',
  'Opioids, indicators for addiction',
  'Opioids, long-term assessment',
  'Opioids, pain treatment agreement',
  'Opioids, psychological intervention',
  'Opioids, screening for risk of addiction (tests)',
  // Older letters write "Opioids Specific drug list", which the list splitter reads as "Opioids" and this.
  { name: 'Opioids, specific drug list', variants: ['Specific drug list'] },
  'Opioids, steps to avoid misuse/addiction',
  'Oxycodone',
  'Oxymorphone',
  'Pain outcomes and endpoints',
  // "Physical Medicine" in the 2009 edition's contents, "Physical medicine treatment" in 2016 letters.
  { name: 'Physical medicine treatment', variants: ['Physical Medicine'], slug: 'physical-medicine' },
  'Pregabalin (Lyrica)',
  'Proton Pump Inhibitors (PPIs)',
  'Psychological evaluations',
  'Psychological treatment',
  'Psychosocial adjunctive methods',
  'Radiofrequency ablation (dorsal root ganglia)',
  'Salicylate topicals',
  'SNRIs (serotonin noradrenaline reuptake inhibitors)',
  'Spinal cord stimulators (SCS)',
  'SSRIs (selective serotonin reuptake inhibitors)',
  'Sympathetically maintained pain (SMP)',
  'Tapentadol (Nucynta)',
  'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
  'TENS, post operative pain (transcutaneous electrical nerve stimulation)',
  'TENS for CRPS I (transcutaneous electrical nerve stimulation)',
  'Tizanidine (Zanaflex)',
  'Topical analgesics',
  'Topical analgesics, compounded',
  'Topiramate (Topamax)',
  'Tramadol (Ultram)',
  'Trigger point injections',
  'Ultrasound, therapeutic',
  'Urine drug testing',
  'Venlafaxine (Effexor)',
  'Voltaren Gel (diclofenac)',
  'Weaning of Medications',
  'Weaning, opioids (specific guidelines)',
  'Work conditioning, work hardening',
];

/**
 * MTUS Guidelines for the Chronic Use of Opioids (2016). Letters write its sections with their
 * numbers ("3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of ..."),
 * which is how a list of them is split; the titles are still listed so unknown ones stand out.
 */
const OPIOID_TREATMENT_SECTIONS: readonly SectionEntry[] = [
  '1. Opioids for Acute Pain',
  '1.3 Opioids for Acute Pain: Severe Acute Injuries',
  '1.4 Opioids for Acute Pain: Opioids for Post-operative Pain',
  '2. Opioids for Subacute Pain',
  '3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment',
  '3.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Comprehensive Evaluation and Assessment of Patient',
  '3.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Consideration of Alternative Treatments for Chronic Pain and Chronic Opioid Treatment',
  '3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiating and Monitoring Chronic Opioid Treatment',
  '3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse',
  '3.3.1.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Alcohol Misuse/Abuse',
  '3.3.1.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Additional Psychosocial Factors Contributing to Substance Misuse/Abuse',
  '3.3.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Patient Treatment Agreement and Informed Consent',
  '3.3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiation of Chronic Opioid Treatment',
  '3.3.4 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of CURES to Ensure Safe and Effective Opioid Use',
  '3.3.5 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Tools to Monitor Patients on Chronic Opioid Treatment',
  '3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)',
  '3.3.7.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Tracking Pain and Function to Monitor Effectiveness of Chronic Opioid Treatment',
  '3.3.7.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Clinically Meaningful Improvement of Pain and Function',
  '3.3.8 Opioids for Chronic Pain and Chronic Opioid Treatment: Opioid Titration and Dosing Threshold',
  '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
  '4.1 Tapering Opioids: Indications for Tapering Opioids',
  '4.2 Tapering Opioids: Methods for Tapering Opioids',
];

/** Postsurgical Treatment Guidelines (2009) are organised by body region. */
const POSTSURGICAL_SECTIONS: readonly SectionEntry[] = [
  'General',
  'Definitions',
  'Amputation',
  'Ankle & Foot',
  'Burns',
  'Carpal Tunnel Syndrome',
  { name: 'Elbow & Upper Arm', variants: ['Elbow'] },
  { name: 'Forearm, Wrist, & Hand', variants: ['Forearm, Wrist, and Hand'] },
  'Hip, Pelvis and Thigh (femur)',
  'Knee',
  'Low Back',
  'Neck & Upper Back',
  'Shoulder',
];

const GENERAL_APPROACHES_SECTIONS: readonly SectionEntry[] = [
  'Prevention',
  'General Approach to Initial Assessment and Documentation',
  'Initial Approaches to Treatment',
  'Cornerstones of Disability Prevention and Management',
  'Pain, Suffering, and the Restoration of Function',
  'Independent Medical Examinations and Consultations',
];

/** Elbow Complaints were revised in 2007 and cite conditions as well as the usual skeleton. */
const ELBOW_SECTIONS: readonly SectionEntry[] = [
  ...ACOEM_2004_CHAPTER_SECTIONS,
  'Recommendations',
  'Radial Head Fracture',
  'Lateral Epicondylalgia',
  'Medial Epicondylalgia',
  'Cubital Tunnel Syndrome',
  'Olecranon Bursitis',
  'Ulnar Nerve Entrapment',
  'Biceps Tendinosis',
];

const ACUPUNCTURE_SECTIONS: readonly SectionEntry[] = ['Definitions', 'Acupuncture Medical Treatment Guidelines', 'Frequency and duration'];

function part(title: string, slug: string, aliases: readonly string[], entries: readonly SectionEntry[]): MtusPartEntry {
  return { title, slug, aliases, entries, sections: writtenForms(entries) };
}

/**
 * The parts. The order does not matter: the part matcher tries longer names first, so
 * "Chronic Pain Medical Treatment" wins over "Chronic Pain".
 */
export const MTUS_PARTS: readonly MtusPartEntry[] = [
  part(
    'Chronic Pain Medical Treatment',
    'chronic-pain',
    ['Chronic Pain Medical Treatment Guidelines', 'Chronic Pain Treatment Guidelines', 'Chronic Pain Treatment', 'Chronic Pain Guidelines', 'Chronic Pain'],
    CHRONIC_PAIN_SECTIONS,
  ),
  part('Low Back Complaints', 'low-back', [], ACOEM_2004_CHAPTER_SECTIONS),
  part('Neck and Upper Back Complaints', 'neck-and-upper-back', [], ACOEM_2004_CHAPTER_SECTIONS),
  part('Shoulder Complaints', 'shoulder', [], ACOEM_2004_CHAPTER_SECTIONS),
  part('Opioid Treatment', 'opioid-treatment', ['Opioid Treatment Guidelines', 'Guidelines for the Chronic Use of Opioids'], OPIOID_TREATMENT_SECTIONS),
  part(
    'Acupuncture Treatment',
    'acupuncture',
    ['Acupuncture Medical Treatment Guidelines', 'Acupuncture Medical Treatment', 'Acupuncture Treatment Guidelines'],
    ACUPUNCTURE_SECTIONS,
  ),
  part('Knee Complaints', 'knee', [], ACOEM_2004_CHAPTER_SECTIONS),
  part(
    'Forearm, Wrist, and Hand Complaints',
    'forearm-wrist-and-hand',
    ['Forearm, Wrist and Hand Complaints'],
    ACOEM_2004_CHAPTER_SECTIONS,
  ),
  part('General Approaches', 'general-approaches', [], [...GENERAL_APPROACHES_SECTIONS, ...ACOEM_2004_CHAPTER_SECTIONS]),
  part('Elbow Complaints', 'elbow', ['Elbow Disorders'], ELBOW_SECTIONS),
  part('Postsurgical Treatment', 'postsurgical', ['Postsurgical Treatment Guidelines', 'Post-Surgical Treatment Guidelines', 'Post-Surgical Treatment'], POSTSURGICAL_SECTIONS),
  part('Ankle and Foot Complaints', 'ankle-and-foot', [], ACOEM_2004_CHAPTER_SECTIONS),
  part('Stress-Related Conditions', 'stress-related-conditions', ['Stress Related Conditions'], ACOEM_2004_CHAPTER_SECTIONS),
  part('Eye', 'eye', ['Eye Complaints'], ACOEM_2004_CHAPTER_SECTIONS),
  part(
    'ACOEM',
    'acoem',
    ['ACOEM Practice Guidelines', 'ACOEM Guidelines', 'American College of Occupational and Environmental Medicine (ACOEM)', 'American College of Occupational and Environmental Medicine'],
    ACOEM_2004_CHAPTER_SECTIONS,
  ),
];
