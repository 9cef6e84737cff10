/**
 * Chapters of the non-MTUS guidelines letters cite, with the spellings letters use. A non-MTUS
 * citation's sections are its chapter (as written, without the word "Chapter") and the topics
 * named after it; these lists let the splitter recognise a chapter even when its name holds
 * commas ("Forearm, Wrist & Hand") or dashes ("Low Back - Lumbar & Thoracic (Acute & Chronic)").
 */

/** Official Disability Guidelines (ODG, Work Loss Data Institute). */
export const ODG_CHAPTERS: readonly string[] = [
  'Pain',
  'Pain (Chronic)',
  'Chronic Pain',
  'Low Back',
  'Low back, Lumbar & Thoracic (Acute & Chronic)',
  'Low Back - Lumbar & Thoracic (Acute & Chronic)',
  'Low Back - Lumbar & Thoracic',
  'Low Back Lumbar and Thoracic',
  'Low Back & Thoracic',
  'Low Back & Thoracic (Acute & Chronic)',
  'Low Back (Thoracic and Lumbar, Acute and Chronic)',
  'Lumbar & Thoracic (Acute & Chronic)',
  'Neck',
  'Neck and Upper Back',
  'Neck & Upper Back',
  'Neck and Upper Back (Acute & Chronic)',
  'Neck & Upper Back (Acute & Chronic)',
  'Neck and Upper Back (Acute and Chronic)',
  'Shoulder',
  'Shoulder (Acute & Chronic)',
  'Shoulder (Acute and Chronic)',
  'Knee',
  'Knee & Leg',
  'Knee and Leg',
  'Knee & Leg (Acute & Chronic)',
  'Knee and Leg (Acute & Chronic)',
  'Hip & Pelvis',
  'Hip and Pelvis',
  'Hips & Pelvis',
  'Hip & Pelvis (Acute & Chronic)',
  'Forearm, Wrist & Hand',
  'Forearm, Wrist, & Hand',
  'Forearm, Wrist and Hand',
  'Forearm, Wrist, and Hand',
  'Forearm, Wrist & Hand (Acute & Chronic)',
  'Hand',
  'Elbow',
  'Elbow (Acute & Chronic)',
  'Ankle & Foot',
  'Ankle and Foot',
  'Ankle & Foot (Acute & Chronic)',
  'Head',
  'Head (trauma, headaches, etc., not including stress & mental disorders)',
  'Mental Illness & Stress',
  'Mental Illness and Stress',
  'Carpal Tunnel Syndrome',
  'Carpal Tunnel Syndrome (Acute & Chronic)',
  'Hernia',
  'Fitness for Duty',
  'Preface',
  'Eye',
  'Pulmonary',
  'Chiropractic Guidelines',
  'Physical Therapy Guidelines',
  'Physical Medicine Guidelines',
  'Lumbar Physical Therapy Guidelines',
];

/** ACOEM Occupational Medicine Practice Guidelines (3rd ed. onward, and the online edition). */
export const ACOEM_CHAPTERS: readonly string[] = [
  'Low Back Disorders',
  'Low back disorders',
  'Cervical and Thoracic Spine Disorders',
  'Shoulder Disorders',
  'Elbow Disorders',
  'Hand, Wrist, and Forearm Disorders',
  'Knee Disorders',
  'Ankle and Foot Disorders',
  'Hip and Groin',
  'Hip and Groin Disorders',
  'Chronic Pain',
  'Opioids',
  'Eye Disorders',
  'Interstitial Lung Disease',
  'Traumatic Brain Injury',
  'Workplace Mental Health',
  'Independent Medical Examinations and Consultations',
];

/**
 * Words that wrap a chapter or topic name without being part of it ("Pain Chapter",
 * "Chapter: Pain (Chronic)", "Head section", "Lidoderm Topic", "(updated 11/23/16)",
 * "(Online Version)"). They mark a boundary between names, so the splitter treats them as one.
 */
export const GUIDELINE_NAME_WRAPPERS: readonly string[] = [
  'Chapter',
  'Section',
  'Topic',
  'Procedure Summary',
  'Procedures',
  'Online Version',
  'Online Edition',
  'Web Version',
];
