/**
 * Chapters of the non-MTUS guidelines letters cite, with the spellings letters use. A non-MTUS
 * citation's sections are its chapter (as written, without the word "Chapter") and the topics
 * named after it; these lists let the splitter recognise a chapter even when its name holds
 * commas ("Forearm, Wrist & Hand") or dashes ("Low Back - Lumbar & Thoracic (Acute & Chronic)").
 * They are also the one list of chapter and topic names the section vocabulary
 * (src/vocabulary/sections) makes concepts of.
 */
import { CHRONIC_PAIN_SECTIONS, type SectionEntry, writtenForms } from './mtus-parts.js';

export interface GuidelineChapterEntry {
  /** The chapter as the guideline names it: the concept's name, and the `part` of its topics. */
  readonly name: string;
  /** The chapter in section concept ids ("odg/<slug>", "odg/<slug>/<topic>"); stable once published. */
  readonly slug: string;
  /** Other ways letters write the chapter. */
  readonly variants: readonly string[];
  /** Topics letters cite in this chapter, one entry per topic. */
  readonly topics: readonly SectionEntry[];
}

/**
 * The Chronic Pain Medical Treatment Guidelines were adapted from ODG's Pain chapter in 2009 and
 * keep its topic titles, so the chapter's topics are the CPMTG's sections (one list, not two)
 * plus the topics letters cite that the CPMTG has no heading for.
 */
const ODG_PAIN_TOPICS: readonly SectionEntry[] = [...CHRONIC_PAIN_SECTIONS, 'Diclofenac', 'Meloxicam', 'Naltrexone'];

/**
 * Official Disability Guidelines (ODG, Work Loss Data Institute), by chapter. Topics are those the
 * real letters and the samples cite under each chapter, named as they write them (the fuller name
 * first where letters write several); a topic cited under no chapter ("ODG MRI shoulder") is listed
 * where its words place it. Chapter names are the guideline's own, as the domain notes give them.
 */
export const ODG_CHAPTER_ENTRIES: readonly GuidelineChapterEntry[] = [
  { name: 'Pain (Chronic)', slug: 'pain', variants: ['Pain', 'Chronic Pain'], topics: ODG_PAIN_TOPICS },
  {
    name: 'Low Back - Lumbar & Thoracic (Acute & Chronic)',
    slug: 'low-back',
    variants: [
      'Low Back',
      'Low back, Lumbar & Thoracic (Acute & Chronic)',
      'Low Back - Lumbar & Thoracic',
      'Low Back Lumbar and Thoracic',
      'Low Back & Thoracic',
      'Low Back & Thoracic (Acute & Chronic)',
      'Low Back (Thoracic and Lumbar, Acute and Chronic)',
      'Lumbar & Thoracic (Acute & Chronic)',
    ],
    topics: [
      // "Indications for imaging -- Magnetic resonance imaging" is the criteria heading inside the MRI topic.
      { name: 'MRIs (magnetic resonance imaging)', variants: ['Magnetic resonance imaging', 'Indications for imaging-Magnetic resonance imaging'], slug: 'mri' },
      { name: 'Radiography (x-rays)', variants: ['X-ray'], slug: 'radiography' },
      'Manipulation',
      'Shock wave therapy',
      'Electrodiagnostic studies (EDS)',
      { name: 'Nerve conduction studies (NCS)', variants: ['NCV'] },
      'EMG',
      'Epidural Steroid Injection (ESI)',
      'Flexibility',
      'Physical therapy',
      'Preoperative electrocardiogram (ECG)',
      'Preoperative lab testing',
      'Preoperative testing, general',
      'Mattress selection',
    ],
  },
  {
    name: 'Neck and Upper Back (Acute & Chronic)',
    slug: 'neck-and-upper-back',
    variants: ['Neck', 'Neck and Upper Back', 'Neck & Upper Back', 'Neck & Upper Back (Acute & Chronic)', 'Neck and Upper Back (Acute and Chronic)'],
    topics: [
      { name: 'Magnetic resonance imaging (MRI)', variants: ['MRI'], slug: 'mri' },
      'Manipulation',
      { name: 'Pillow', variants: ['Cervical pillow'] },
      'Physical therapy',
    ],
  },
  {
    name: 'Shoulder (Acute & Chronic)',
    slug: 'shoulder',
    variants: ['Shoulder', 'Shoulder (Acute and Chronic)'],
    topics: [
      { name: 'Magnetic resonance imaging (MRI)', variants: ['MRI', 'MRI shoulder', 'Indications for imaging-Magnetic resonance imaging'], slug: 'mri' },
      'MR arthrogram',
      'Manipulation',
      'Surgical assistant',
      'Continuous-flow cryotherapy',
      'Postoperative abduction pillow sling',
      'Physical therapy',
      'Surgery for SLAP lesions',
      'Rotator cuff repair',
      'Acromioplasty',
      'Mumford procedure',
    ],
  },
  {
    name: 'Knee & Leg (Acute & Chronic)',
    slug: 'knee-and-leg',
    variants: ['Knee', 'Knee & Leg', 'Knee and Leg', 'Knee and Leg (Acute & Chronic)'],
    topics: [
      { name: 'MRIs (magnetic resonance imaging)', variants: ['MRI (magnetic resonance imaging)'], slug: 'mri' },
      'Platelet-rich plasma (PRP)',
      { name: 'Durable medical equipment (DME)', variants: ['DME'] },
      'Indications for surgery',
      'Physical Medicine',
      'Home health services',
      'Criteria for skilled nursing facility',
    ],
  },
  {
    name: 'Hip & Pelvis (Acute & Chronic)',
    slug: 'hip-and-pelvis',
    variants: ['Hip & Pelvis', 'Hip and Pelvis', 'Hips & Pelvis'],
    topics: [{ name: 'X-Ray', slug: 'x-ray' }, { name: 'MRI (magnetic resonance imaging)', slug: 'mri' }],
  },
  {
    name: 'Forearm, Wrist, & Hand (Acute & Chronic)',
    slug: 'forearm-wrist-and-hand',
    variants: ['Forearm, Wrist & Hand', 'Forearm, Wrist, & Hand', 'Forearm, Wrist and Hand', 'Forearm, Wrist, and Hand', 'Forearm, Wrist & Hand (Acute & Chronic)', 'Hand'],
    topics: [
      { name: "MRI's (magnetic resonance imaging)", variants: ['MRI hand'], slug: 'mri' },
      'Physical/Occupational therapy',
      'Electrodiagnostic studies (EDS)',
      'Open reduction internal fixation',
    ],
  },
  {
    name: 'Elbow (Acute & Chronic)',
    slug: 'elbow',
    variants: ['Elbow'],
    topics: ['Splinting (padding)', { name: 'Magnetic Resonance Imaging', variants: ['MRI'], slug: 'mri' }, 'Physical therapy'],
  },
  { name: 'Ankle & Foot (Acute & Chronic)', slug: 'ankle-and-foot', variants: ['Ankle & Foot', 'Ankle and Foot'], topics: ['Bone scan (imaging)'] },
  {
    name: 'Head (trauma, headaches, etc., not including stress & mental disorders)',
    slug: 'head',
    variants: ['Head'],
    topics: [
      // Two topics: the parser keeps "EEG" of "EEG (neurofeedback)", the one letters wrote.
      'EEG (neurofeedback)',
      'Electroencephalography',
      'CT (computed tomography)',
      { name: 'MRI (magnetic resonance imaging)', slug: 'mri' },
      'X-rays',
      'Hearing aids',
    ],
  },
  { name: 'Mental Illness & Stress', slug: 'mental-illness-and-stress', variants: ['Mental Illness and Stress'], topics: [] },
  { name: 'Carpal Tunnel Syndrome (Acute & Chronic)', slug: 'carpal-tunnel-syndrome', variants: ['Carpal Tunnel Syndrome'], topics: [] },
  { name: 'Hernia', slug: 'hernia', variants: [], topics: [] },
  { name: 'Fitness for Duty', slug: 'fitness-for-duty', variants: [], topics: ['Functional capacity evaluation (FCE)'] },
  { name: 'Preface', slug: 'preface', variants: [], topics: ['Physical therapy'] },
  { name: 'Eye', slug: 'eye', variants: [], topics: [] },
  { name: 'Pulmonary', slug: 'pulmonary', variants: [], topics: [] },
  // Guidelines within ODG that letters cite as they cite a chapter.
  { name: 'Chiropractic Guidelines', slug: 'chiropractic-guidelines', variants: [], topics: [] },
  { name: 'Physical Therapy Guidelines', slug: 'physical-therapy-guidelines', variants: [], topics: [] },
  { name: 'Physical Medicine Guidelines', slug: 'physical-medicine-guidelines', variants: [], topics: [] },
  { name: 'Lumbar Physical Therapy Guidelines', slug: 'lumbar-physical-therapy-guidelines', variants: [], topics: [] },
];

/** ACOEM Occupational Medicine Practice Guidelines (2nd ed. onward, and the online edition), by chapter. */
export const ACOEM_CHAPTER_ENTRIES: readonly GuidelineChapterEntry[] = [
  { name: 'Low Back Disorders', slug: 'low-back-disorders', variants: [], topics: [] },
  { name: 'Cervical and Thoracic Spine Disorders', slug: 'cervical-and-thoracic-spine-disorders', variants: [], topics: [] },
  { name: 'Shoulder Disorders', slug: 'shoulder-disorders', variants: [], topics: [] },
  { name: 'Elbow Disorders', slug: 'elbow-disorders', variants: [], topics: [] },
  { name: 'Hand, Wrist, and Forearm Disorders', slug: 'hand-wrist-and-forearm-disorders', variants: [], topics: [] },
  { name: 'Knee Disorders', slug: 'knee-disorders', variants: [], topics: [] },
  { name: 'Ankle and Foot Disorders', slug: 'ankle-and-foot-disorders', variants: [], topics: [] },
  { name: 'Hip and Groin Disorders', slug: 'hip-and-groin-disorders', variants: ['Hip and Groin'], topics: [] },
  { name: 'Chronic Pain', slug: 'chronic-pain', variants: [], topics: [] },
  { name: 'Opioids', slug: 'opioids', variants: [], topics: [] },
  { name: 'Eye Disorders', slug: 'eye-disorders', variants: [], topics: [] },
  { name: 'Interstitial Lung Disease', slug: 'interstitial-lung-disease', variants: [], topics: [] },
  { name: 'Traumatic Brain Injury', slug: 'traumatic-brain-injury', variants: [], topics: [] },
  { name: 'Workplace Mental Health', slug: 'workplace-mental-health', variants: [], topics: [] },
  // Chapters 6 and 7 of the 2nd edition, which later letters cite under ACOEM rather than the MTUS.
  { name: 'Pain, Suffering, and the Restoration of Function', slug: 'pain-suffering-and-the-restoration-of-function', variants: [], topics: [] },
  { name: 'Independent Medical Examinations and Consultations', slug: 'independent-medical-examinations-and-consultations', variants: [], topics: [] },
];

function chapterForms(entries: readonly GuidelineChapterEntry[]): readonly string[] {
  return writtenForms(entries.map((c) => ({ name: c.name, variants: c.variants })));
}

/** Every written form of the ODG chapters: what the splitter looks for. */
export const ODG_CHAPTERS: readonly string[] = chapterForms(ODG_CHAPTER_ENTRIES);

/** Every written form of the ACOEM chapters. */
export const ACOEM_CHAPTERS: readonly string[] = chapterForms(ACOEM_CHAPTER_ENTRIES);

/** Every written form of the ODG topics, of all chapters. */
export const ODG_TOPICS: readonly string[] = writtenForms(ODG_CHAPTER_ENTRIES.flatMap((c) => c.topics));

/**
 * Words that wrap a chapter or topic name without being part of it ("Pain Chapter",
 * "Chapter: Pain (Chronic)", "Head section", "Lidoderm Topic", "(updated 11/23/16)",
 * "(Online Version)"). They mark a boundary between names, so the splitter treats them as one.
 */
export const GUIDELINE_NAME_WRAPPERS: readonly string[] = [
  'Chapter',
  'Section',
  'Topic',
  'Subheading',
  'Sub-heading',
  'Procedure Summary',
  'Procedures',
  'Online Version',
  'Online Edition',
  'Web Version',
];
