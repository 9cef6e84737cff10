/**
 * DWC's treatment categories (the vocabulary of its IMR search tool) with the words requests use
 * for each. Rules are tried in order and the first rule with a keyword in the request wins, so a
 * more specific rule comes before a broader one ("EMG/NCV" before "nerve", "facet injection"
 * before "injection"). `beforeDrugs` rules outrank a drug name in the request ("injection ... of
 * lidocaine" is an injection, not a pharmaceutical); the others only apply when no drug is named.
 *
 * Keywords are matched as whole words, without regard to case; a keyword ending in "*" also
 * matches longer words ("arthroscop*" → arthroscopy, arthroscopic).
 */
import type { TreatmentCategory } from '../../domain/determination.js';

export interface CategoryRule {
  category: TreatmentCategory;
  subcategory: string | null;
  keywords: readonly string[];
  beforeDrugs?: true;
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
  // Procedures that name drugs: the procedure decides the category.
  { category: 'INJECTION', subcategory: 'Facet Injection', beforeDrugs: true, keywords: ['facet injection*', 'facet joint injection*', 'facet block*', 'medial branch block*', 'facet joint block*', 'rhizotomy', 'radiofrequency ablation', 'radiofrequency neurotomy'] },
  { category: 'INJECTION', subcategory: 'Injection', beforeDrugs: true, keywords: ['injection*', 'inject', 'epidural*', 'ESI', 'nerve block*', 'trigger point*', 'PRP', 'platelet-rich plasma', 'platelet rich plasma', 'viscosupplementation', 'Synvisc', 'Orthovisc', 'Euflexxa', 'Supartz', 'cortisone shot', 'steroid shot', 'sympathetic block*', 'stellate ganglion', 'botox', 'botulinum', 'SI joint block', 'prolotherapy'] },
  { category: 'SURGERY', subcategory: 'Spine', beforeDrugs: true, keywords: ['fusion', 'laminectomy', 'laminotomy', 'discectomy', 'microdiscectomy', 'foraminotomy', 'spinal cord stimulator*', 'kyphoplasty', 'vertebroplasty', 'disc replacement', 'ACDF', 'hemilaminectomy', 'spine surgery', 'spinal surgery'] },
  { category: 'SURGERY', subcategory: 'Arthroscopic', beforeDrugs: true, keywords: ['arthroscop*'] },
  { category: 'SURGERY', subcategory: 'Surgical Consult', beforeDrugs: true, keywords: ['surgical consult*', 'surgeon consult*', 'surgery consult*', 'surgeon eval*', 'surgical eval*', 'surgical opinion', 'spine surgeon', 'orthopedic surgeon', 'ortho spine surgeon'] },
  { category: 'SURGERY', subcategory: 'Adjunct Surgical Services', beforeDrugs: true, keywords: ['assistant surgeon', 'surgical assistant', 'assistant PA', 'co-surgeon', 'anesthesia', 'inpatient stay', 'inpatient hospital stay', 'hospital stay', 'length of stay'] },
  { category: 'SURGERY', subcategory: 'Non-arthroscopic', beforeDrugs: true, keywords: ['surgery', 'surgical repair', 'repair', 'release', 'reconstruction', 'arthroplasty', 'replacement', 'debridement', 'osteotomy', 'excision', 'ORIF', 'open reduction', 'tenodesis', 'tenotomy', 'fasciotomy', 'amputation', 'hernia repair', 'herniorrhaphy', 'decompression', 'acromioplasty', 'meniscectomy', 'capsulorrhaphy', 'hardware removal', 'carpal tunnel release', 'trigger finger release', 'neurolysis', 'transposition', 'synovectomy', 'bunionectomy'] },

  // Diagnostic testing
  { category: 'DIAGNOSTIC_TESTING', subcategory: 'EMG/NCV/NCS', beforeDrugs: true, keywords: ['EMG*', 'NCV*', 'NCS', 'EMG/NCV', 'EMG/NCS', 'electromyogra*', 'nerve conduction', 'electrodiagnostic*', 'NCT'] },
  { category: 'DIAGNOSTIC_TESTING', subcategory: 'Imaging/Radiology', beforeDrugs: true, keywords: ['MRI*', "MRI's", 'MR arthrogram*', 'arthrogram*', 'magnetic resonance', 'CT', 'CT scan*', 'CAT scan*', 'computed tomography', 'x-ray*', 'xray*', 'x ray*', 'radiograph*', 'bone scan*', 'bone density', 'DEXA', 'ultrasound of', 'diagnostic ultrasound', 'ultrasound guided', 'imaging', 'myelogra*', 'discogra*', 'scintigraphy', 'PET scan', 'fluoroscop*', 'venous doppler', 'doppler', 'echocardiogram'] },
  { category: 'DIAGNOSTIC_TESTING', subcategory: 'Lab & Pathology', beforeDrugs: true, keywords: ['lab', 'labs', 'laboratory', 'blood test*', 'blood work', 'bloodwork', 'CBC', 'CMP', 'BMP', 'PT/PTT', 'PTT', 'INR', 'urinalysis', 'UA', 'urine test*', 'urine drug*', 'urine tox*', 'drug screen*', 'drug test*', 'toxicology', 'chem panel', 'chemistry panel', 'metabolic panel', 'hepatic panel', 'liver function', 'lipid panel', 'hemoglobin', 'A1C', 'genetic test*', 'DNA test*', 'pathology', 'biopsy', 'culture', 'serum'] },
  { category: 'DIAGNOSTIC_TESTING', subcategory: 'Other', beforeDrugs: true, keywords: ['EKG', 'ECG', 'electrocardiogra*', 'EEG', 'electroencephalogra*', 'functional capacity evaluation', 'FCE', 'range of motion test*', 'range of motion of test', 'ROM test*', 'grip test*', 'Jamar', 'muscle test*', 'sleep study', 'polysomnogra*', 'audiogra*', 'hearing test', 'pulmonary function', 'stress test', 'QFSE', 'computerized range of motion', 'quantitative sensory', 'VNG', 'videonystagmogra*'] },

  // Devices, equipment and supplies
  { category: 'DMEPOS', subcategory: 'Electrical Stimulation', keywords: ['TENS', 'TENS unit', 'EMS', 'EMS/TENS', 'interferential', 'IF unit', 'H-wave', 'H wave', 'NMES', 'muscle stimulator', 'electrical stimulation', 'electrical muscle stimulation', 'electric stimulation', 'E-stim', 'estim', 'stimulator', 'microcurrent', 'MENS'] },
  { category: 'DMEPOS', subcategory: 'Prosthetics/Orthotics', keywords: ['brace*', 'bracing', 'orthotic*', 'orthosis', 'orthoses', 'splint*', 'prosthe*', 'sling', 'ultrasling', 'arc sling', 'cervical collar', 'collar', 'lumbar support', 'back support', 'LSO', 'TLSO', 'immobilizer', 'walking boot', 'CAM boot', 'shoe insert*', 'insoles', 'hearing aid*', 'compression stocking*', 'support'] },
  { category: 'DMEPOS', subcategory: 'Supplies', keywords: ['gloves', 'wipes', 'electrodes', 'batteries', 'supplies', 'hip pad', 'bandage*', 'dressing*', 'heat wrap*', 'thermacare', 'catheter*', 'diapers', 'leg wraps', 'wrap', 'wraps'] },
  { category: 'DMEPOS', subcategory: 'DME', keywords: ['DME', 'durable medical equipment', 'cold therapy unit', 'cold therapy', 'cold compression', 'cryotherapy', 'cryotherapy unit', 'ice unit', 'vascutherm', 'game ready', 'polar care', 'hot/cold', 'heating pad', 'CPM', 'continuous passive motion', 'pillow', 'wedge pillow', 'cervical pillow', 'mattress', 'hospital bed', 'bed', 'wheelchair', 'walker', 'cane', 'crutches', 'scooter', 'shower chair', 'commode', 'grab bar*', 'raised toilet seat', 'reacher', 'workstation', 'sit-stand', 'ergonomic chair', 'chair', 'traction unit', 'home traction', 'cervical traction unit', 'inversion table', 'exercise equipment', 'exercise kit', 'home exercise kit', 'exercise ball', 'resistance band*', 'exercise bike', 'treadmill', 'gym equipment', 'keyboard', 'headset', 'nebulizer', 'CPAP', 'bone stimulator', 'bone growth stimulator', 'unit', 'rental', 'purchase'] },

  // Care by people
  { category: 'HOME_HEALTH', subcategory: null, keywords: ['home health*', 'home aide', 'home care', 'home health aide', 'home assistance', 'home nursing', 'caregiver', 'attendant care', 'housekeeping', 'home help', 'in-home', 'home attendant', 'skilled nursing', 'nursing facility'] },
  { category: 'TRANSPORTATION', subcategory: null, keywords: ['transportation', 'transport', 'taxi', 'mileage', 'ambulance', 'car service', 'medical transport'] },
  { category: 'PROGRAMS', subcategory: null, keywords: ['functional restoration', 'FRP', 'HELP program', 'pain program', 'chronic pain program', 'work hardening', 'work conditioning', 'weight loss', 'weight reduction', 'gym membership', 'pool membership', 'program', 'detox*', 'rehabilitation program', 'inpatient rehabilitation', 'acute inpatient rehabilitation', 'partial hospitalization', 'day treatment', 'residential'] },
  { category: 'PSYCH_SERVICES', subcategory: 'Therapies', keywords: ['psychotherapy', 'cognitive behavioral', 'CBT', 'biofeedback', 'hypnotherapy', 'psychological treatment', 'psych treatment', 'counseling', 'group therapy', 'relaxation training', 'psychological therapy', 'psychiatric treatment', 'pain psychology'] },
  { category: 'PSYCH_SERVICES', subcategory: 'Evaluation & Management', keywords: ['psych*', 'psychological evaluation', 'psychological consult*', 'psychiatric evaluation', 'psychiatrist', 'psychologist', 'psychometric', 'MMPI', 'neuropsych*'] },
  { category: 'REHABILITATION', subcategory: 'Acupuncture', keywords: ['acupuncture', 'electroacupuncture', 'electro acupuncture', 'acupressure', 'cupping'] },
  { category: 'REHABILITATION', subcategory: 'Chiropractic', keywords: ['chiropract*', 'manipulation', 'spinal manipulation', 'chiro', 'CMT', 'spinolator', 'traction', 'mechanical traction', 'chiropractor'] },
  { category: 'REHABILITATION', subcategory: 'PT/OT', keywords: ['physical therapy', 'physiotherapy', 'PT', 'PT/OT', 'occupational therapy', 'OT', 'hand therapy', 'aquatic therapy', 'aqua therapy', 'pool therapy', 'therapeutic exercise*', 'home exercise', 'home exercise program', 'physical medicine', 'work therapy'] },
  { category: 'REHABILITATION', subcategory: 'Other Therapies', keywords: ['massage', 'myofascial release', 'infrared', 'ultrasound', 'pulsed ultrasound', 'shockwave', 'shock wave', 'ESWT', 'ice/heat', 'heat', 'ice', 'hot packs', 'cold packs', 'paraffin', 'laser', 'diathermy', 'iontophoresis', 'phonophoresis', 'kinesio', 'taping', 'vestibular', 'speech therapy', 'cognitive therapy', 'cognitive rehabilitation', 'vision therapy', 'rehabilitation', 'rehab'] },
  // Any other "therapy" is taken for physical therapy, but only after every named therapy had its turn ("massage therapy").
  { category: 'REHABILITATION', subcategory: 'PT/OT', keywords: ['therapy', 'therapies', 'therapist'] },
  { category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Dental', keywords: ['dental', 'dentist', 'teeth', 'tooth', 'crown*', 'dental implant*', 'orthodont*', 'periodont*', 'oral surgeon', 'TMJ'] },
  { category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Medical Specialties', keywords: ['consult*', 'referral', 'refer', 'evaluation', 'eval', 'exam', 'examination', 're-exam', 'reexam', 'follow-up', 'follow up', 'followup', 'office visit*', 'visit*', 'clearance', 'medical clearance', 'TOC', 'transfer of care', 'management', 'medication management', 'specialist', 'orthopedist', 'orthopedic', 'neurologist', 'neurology', 'pain management', 'internal medicine', 'internist', 'rheumatolog*', 'cardiolog*', 'podiatr*', 'dermatolog*', 'ophthalmolog*', 'optometr*', 'ENT', 'urolog*', 'gastroenterolog*', 'physiatr*', 'sleep medicine', 'second opinion', 'appointment'] },
];

/** Words in a request that mark a drug product even when the drug is not in the catalogue. */
export const PHARMACEUTICAL_FORM_WORDS: readonly string[] = [
  'mg', 'mcg', 'tablet*', 'tab', 'tabs', 'capsule*', 'cap', 'caps', 'oral suspension', 'suspension', 'solution', 'syrup',
  'cream', 'gel', 'ointment', 'lotion', 'patch', 'patches', 'spray', 'topical', 'compound*', 'transdermal', 'PO', 'prn', 'QHS', 'BID', 'TID', 'QID', 'refill*',
];

/** Form words that make a drug request topical. */
export const TOPICAL_FORM_WORDS: readonly string[] = ['cream', 'gel', 'ointment', 'lotion', 'patch', 'patches', 'spray', 'topical', 'transdermal', 'roll-on', 'liniment', 'balm', 'cream base', 'pad', 'pads'];

/** Words that mark a pharmacy compound. */
export const COMPOUND_WORDS: readonly string[] = ['compound', 'compounded', 'cream base', 'in cream base', 'gel base', 'in gel base'];
