/**
 * The parts of the MTUS (California's Medical Treatment Utilization Schedule) as IMR letters name
 * them after "Decision based on MTUS", with the section titles each part is cited with.
 *
 * Sources: the domain notes (docs/imr-letters.md), every "Section(s):" list in the 120 real
 * letters, the four samples, and the guidelines' own tables of contents. Titles are kept as
 * letters write them; typos letters make are listed as titles of their own so that splitting a
 * section list still finds them (the citation reports what was written, not a correction).
 */

export interface MtusPartEntry {
  /** The part as current letters name it, e.g. "Low Back Complaints". */
  title: string;
  /** Other ways letters write the part (older letters: "Chronic Pain Treatment Guidelines"). */
  aliases: readonly string[];
  /** Section titles cited under this part. */
  sections: readonly string[];
}

/** Sections of the ACOEM (2nd ed., 2004) chapters adopted into the MTUS: every chapter has the same skeleton. */
const ACOEM_2004_CHAPTER_SECTIONS = [
  'Initial Assessment',
  'Medical History',
  'Physical Examination',
  'Red Flags',
  'Diagnostic Criteria',
  'Diagnositc Criteria', // typo seen in letters
  'Work-Relatedness',
  'Initial Care',
  'Inital Care', // typo seen in letters
  'Physical Methods',
  'Medications',
  'Activity Modification',
  'Work Activities',
  'Follow-up Visits',
  'Special Studies',
  'Special Studies and Diagnostic and Treatment Considerations',
  'Surgical Considerations',
  'Summary',
  'General Approach',
  'Table 2, Summary of Recommendations',
] as const;

/**
 * The Chronic Pain Medical Treatment Guidelines (2009; 2016 update keeps the topic titles). One
 * section per treatment, many holding a comma — which is why section lists need this catalogue.
 */
const CHRONIC_PAIN_SECTIONS = [
  'Acetaminophen (APAP)',
  'Acupuncture',
  'Adjuvant analgesics',
  'Alprazolam (Xanax)',
  'Amitriptyline',
  'Anti-epilepsy drugs (AEDs)',
  'Antiepilepsy drugs (AEDs)',
  'Antiepilepsy drugs (AEDs) for pain',
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
  'Carisoprodol',
  'Carisoprodol (Soma)',
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
  'Ketamine',
  'Ketoprofen',
  'Lidocaine',
  'Lidoderm (lidocaine patch)',
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
  'Muscle relaxants',
  'Muscle relaxants (for pain)',
  'Neuromuscular electrical stimulation (NMES devices)',
  'NSAIDs',
  'NSAIDs (non-steroidal anti-inflammatory drugs)',
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
  'Opioids, criteria for use',
  'Criteria for use of opioids',
  'Opioids, differentiation: dependence & addiction',
  'Opioids, dosing',
  'Opioids, indicators for addiction',
  'Opioids, long-term assessment',
  'Opioids, pain treatment agreement',
  'Opioids, psychological intervention',
  'Opioids, screening for risk of addiction (tests)',
  'Opioids, specific drug list',
  'Opioids, steps to avoid misuse/addiction',
  'Oxycodone',
  'Oxymorphone',
  'Pain outcomes and endpoints',
  'Physical Medicine',
  'Physical medicine treatment',
  'Pregabalin (Lyrica)',
  'Proton Pump Inhibitors (PPIs)',
  'Psychological evaluations',
  'Psychological treatment',
  'Psychosocial adjunctive methods',
  'Radiofrequency ablation (dorsal root ganglia)',
  'Salicylate topicals',
  'SNRIs (serotonin noradrenaline reuptake inhibitors)',
  'Specific drug list',
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
] as const;

/**
 * MTUS Guidelines for the Chronic Use of Opioids (2016). Letters write its sections with their
 * numbers ("3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of ..."),
 * which is how a list of them is split; the titles are still listed so unknown ones stand out.
 */
const OPIOID_TREATMENT_SECTIONS = [
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
] as const;

/** Postsurgical Treatment Guidelines (2009) are organised by body region. */
const POSTSURGICAL_SECTIONS = [
  'General',
  'Definitions',
  'Amputation',
  'Ankle & Foot',
  'Burns',
  'Carpal Tunnel Syndrome',
  'Elbow & Upper Arm',
  'Elbow',
  'Forearm, Wrist, & Hand',
  'Forearm, Wrist, and Hand',
  'Hip, Pelvis and Thigh (femur)',
  'Knee',
  'Low Back',
  'Neck & Upper Back',
  'Shoulder',
] as const;

const GENERAL_APPROACHES_SECTIONS = [
  'Prevention',
  'General Approach to Initial Assessment and Documentation',
  'Initial Approaches to Treatment',
  'Cornerstones of Disability Prevention and Management',
  'Pain, Suffering, and the Restoration of Function',
  'Independent Medical Examinations and Consultations',
] as const;

/** Elbow Complaints were revised in 2007 and cite conditions as well as the usual skeleton. */
const ELBOW_SECTIONS = [
  ...ACOEM_2004_CHAPTER_SECTIONS,
  'Recommendations',
  'Radial Head Fracture',
  'Lateral Epicondylalgia',
  'Medial Epicondylalgia',
  'Cubital Tunnel Syndrome',
  'Olecranon Bursitis',
  'Ulnar Nerve Entrapment',
  'Biceps Tendinosis',
] as const;

const ACUPUNCTURE_SECTIONS = ['Definitions', 'Acupuncture Medical Treatment Guidelines', 'Frequency and duration'] as const;

/**
 * The parts. The order does not matter: the part matcher tries longer names first, so
 * "Chronic Pain Medical Treatment" wins over "Chronic Pain".
 */
export const MTUS_PARTS: readonly MtusPartEntry[] = [
  {
    title: 'Chronic Pain Medical Treatment',
    aliases: [
      'Chronic Pain Medical Treatment Guidelines',
      'Chronic Pain Treatment Guidelines',
      'Chronic Pain Treatment',
      'Chronic Pain Guidelines',
      'Chronic Pain',
    ],
    sections: CHRONIC_PAIN_SECTIONS,
  },
  { title: 'Low Back Complaints', aliases: [], sections: ACOEM_2004_CHAPTER_SECTIONS },
  { title: 'Neck and Upper Back Complaints', aliases: ['Neck & Upper Back Complaints'], sections: ACOEM_2004_CHAPTER_SECTIONS },
  { title: 'Shoulder Complaints', aliases: [], sections: ACOEM_2004_CHAPTER_SECTIONS },
  {
    title: 'Opioid Treatment',
    aliases: ['Opioid Treatment Guidelines', 'Guidelines for the Chronic Use of Opioids'],
    sections: OPIOID_TREATMENT_SECTIONS,
  },
  {
    title: 'Acupuncture Treatment',
    aliases: ['Acupuncture Medical Treatment Guidelines', 'Acupuncture Medical Treatment', 'Acupuncture Treatment Guidelines'],
    sections: ACUPUNCTURE_SECTIONS,
  },
  { title: 'Knee Complaints', aliases: [], sections: ACOEM_2004_CHAPTER_SECTIONS },
  {
    title: 'Forearm, Wrist, and Hand Complaints',
    aliases: ['Forearm, Wrist and Hand Complaints', 'Forearm, Wrist, & Hand Complaints', 'Forearm, Wrist & Hand Complaints'],
    sections: ACOEM_2004_CHAPTER_SECTIONS,
  },
  { title: 'General Approaches', aliases: [], sections: [...GENERAL_APPROACHES_SECTIONS, ...ACOEM_2004_CHAPTER_SECTIONS] },
  { title: 'Elbow Complaints', aliases: ['Elbow Disorders'], sections: ELBOW_SECTIONS },
  {
    title: 'Postsurgical Treatment',
    aliases: ['Postsurgical Treatment Guidelines', 'Post-Surgical Treatment Guidelines', 'Post-Surgical Treatment'],
    sections: POSTSURGICAL_SECTIONS,
  },
  { title: 'Ankle and Foot Complaints', aliases: ['Ankle & Foot Complaints'], sections: ACOEM_2004_CHAPTER_SECTIONS },
  { title: 'Stress-Related Conditions', aliases: ['Stress Related Conditions'], sections: ACOEM_2004_CHAPTER_SECTIONS },
  { title: 'Eye', aliases: ['Eye Complaints'], sections: ACOEM_2004_CHAPTER_SECTIONS },
  {
    title: 'ACOEM',
    aliases: [
      'ACOEM Practice Guidelines',
      'ACOEM Guidelines',
      'American College of Occupational and Environmental Medicine (ACOEM)',
      'American College of Occupational and Environmental Medicine',
    ],
    sections: ACOEM_2004_CHAPTER_SECTIONS,
  },
];
