/**
 * The injured body regions the generator writes about: what a request names ("the lumbar spine",
 * "the left knee"), which MTUS part and ODG chapter cover it, and the diagnoses, complaints and
 * findings a summary gives. Diagnoses hold no commas: summaries list them comma-separated.
 */

export type RegionKey = 'lumbar' | 'cervical' | 'shoulder' | 'knee' | 'wrist' | 'elbow' | 'ankle' | 'hip';

export interface MtusPartRef {
  /** As letters write it after "Decision based on MTUS" (the parser's catalogue title). */
  title: string;
  edition: string;
}

export interface Region {
  key: RegionKey;
  /** Limbs have a side; the spine does not. */
  isLimb: boolean;
  /** "lumbar spine", "shoulder": what follows "of the" (limbs get their side in front). */
  name: string;
  /** How a summary says where it hurts: "low back", "neck". */
  painSite: string;
  /** The ACOEM chapter adopted into the MTUS for this region (the hip has none). */
  mtusPart: MtusPartRef | null;
  /** ODG chapter names as letters spell them (all in the parser's chapter catalogue). */
  odgChapters: readonly string[];
  diagnoses: readonly string[];
  findings: readonly string[];
  /** Imaging a treating physician asks for: the words after the modality. */
  imaging: readonly ('MRI' | 'CT scan' | 'X-ray')[];
  surgeries: readonly string[];
  braces: readonly string[];
  /** Spinal levels for injections; empty for limbs. */
  levels: readonly string[];
}

const ACOEM_2004 = '2004';

export const REGIONS: Readonly<Record<RegionKey, Region>> = {
  lumbar: {
    key: 'lumbar',
    isLimb: false,
    name: 'lumbar spine',
    painSite: 'low back',
    mtusPart: { title: 'Low Back Complaints', edition: ACOEM_2004 },
    odgChapters: ['Low Back - Lumbar & Thoracic (Acute & Chronic)', 'Low Back', 'Low Back & Thoracic (Acute & Chronic)'],
    diagnoses: [
      'lumbar radiculopathy',
      'lumbar disc protrusion at L4-L5',
      'lumbar facet arthropathy',
      'lumbar sprain and strain',
      'degenerative disc disease of the lumbar spine',
      'lumbar spinal stenosis',
      'sciatica of the left leg',
      'chronic low back pain',
    ],
    findings: [
      'tenderness over the lumbar paraspinal muscles',
      'a positive straight leg raise on the left at 50 degrees',
      'lumbar flexion limited to 40 degrees',
      'diminished sensation along the L5 dermatome',
      'pain with lumbar extension and rotation',
      'guarding with forward bending',
    ],
    imaging: ['MRI', 'MRI', 'CT scan', 'X-ray'],
    surgeries: ['L4-L5 microdiscectomy', 'L5-S1 laminectomy and decompression', 'L4-L5 posterior lumbar interbody fusion', 'L5-S1 anterior lumbar interbody fusion'],
    braces: ['Lumbar support brace', 'LSO back brace'],
    levels: ['L3-L4', 'L4-L5', 'L5-S1'],
  },
  cervical: {
    key: 'cervical',
    isLimb: false,
    name: 'cervical spine',
    painSite: 'neck',
    mtusPart: { title: 'Neck and Upper Back Complaints', edition: ACOEM_2004 },
    odgChapters: ['Neck and Upper Back (Acute & Chronic)', 'Neck and Upper Back', 'Neck & Upper Back (Acute & Chronic)'],
    diagnoses: [
      'cervical radiculopathy',
      'cervical disc herniation at C5-C6',
      'cervicalgia',
      'cervical sprain and strain',
      'cervical spondylosis',
      'myofascial pain of the trapezius',
    ],
    findings: [
      'tenderness over the cervical paraspinal muscles and trapezius',
      'a positive Spurling test on the right',
      'cervical rotation limited to 50 degrees',
      'decreased sensation over the C6 dermatome',
      'muscle spasm in the upper trapezius',
    ],
    imaging: ['MRI', 'MRI', 'CT scan', 'X-ray'],
    surgeries: ['Anterior cervical discectomy and fusion at C5-C6', 'C6-C7 anterior cervical discectomy and fusion', 'Cervical disc arthroplasty at C5-C6'],
    braces: ['Cervical collar', 'Cervical traction unit for home use'],
    levels: ['C4-C5', 'C5-C6', 'C6-C7'],
  },
  shoulder: {
    key: 'shoulder',
    isLimb: true,
    name: 'shoulder',
    painSite: 'shoulder',
    mtusPart: { title: 'Shoulder Complaints', edition: ACOEM_2004 },
    odgChapters: ['Shoulder (Acute & Chronic)', 'Shoulder'],
    diagnoses: [
      'partial thickness rotator cuff tear',
      'shoulder impingement syndrome',
      'adhesive capsulitis of the shoulder',
      'acromioclavicular joint arthritis',
      'bicipital tendinitis',
      'labral tear of the shoulder',
    ],
    findings: [
      'a positive Neer sign',
      'a positive Hawkins test',
      'abduction limited to 110 degrees',
      'tenderness over the acromioclavicular joint',
      'weakness of the supraspinatus at 4/5',
    ],
    imaging: ['MRI', 'MRI', 'X-ray'],
    surgeries: [
      'shoulder arthroscopy with subacromial decompression',
      'arthroscopic rotator cuff repair',
      'shoulder arthroscopy with labral repair',
      'arthroscopic distal clavicle excision',
    ],
    braces: ['Shoulder sling', 'Shoulder immobilizer'],
    levels: [],
  },
  knee: {
    key: 'knee',
    isLimb: true,
    name: 'knee',
    painSite: 'knee',
    mtusPart: { title: 'Knee Complaints', edition: ACOEM_2004 },
    odgChapters: ['Knee & Leg (Acute & Chronic)', 'Knee & Leg', 'Knee and Leg'],
    diagnoses: [
      'medial meniscus tear',
      'osteoarthritis of the knee',
      'patellofemoral pain syndrome',
      'knee sprain',
      'chondromalacia patella',
      'anterior cruciate ligament sprain',
    ],
    findings: [
      'medial joint line tenderness',
      'a positive McMurray test',
      'a small knee effusion',
      'crepitus with flexion and extension',
      'flexion limited to 110 degrees',
    ],
    imaging: ['MRI', 'MRI', 'X-ray', 'X-ray'],
    surgeries: [
      'knee arthroscopy with partial medial meniscectomy',
      'arthroscopic chondroplasty of the knee',
      'total knee arthroplasty',
      'arthroscopic anterior cruciate ligament reconstruction',
    ],
    braces: ['Hinged knee brace', 'Knee brace', 'Unloader knee brace'],
    levels: [],
  },
  wrist: {
    key: 'wrist',
    isLimb: true,
    name: 'wrist',
    painSite: 'wrist and hand',
    mtusPart: { title: 'Forearm, Wrist, and Hand Complaints', edition: ACOEM_2004 },
    odgChapters: ['Forearm, Wrist & Hand (Acute & Chronic)', 'Carpal Tunnel Syndrome (Acute & Chronic)', 'Forearm, Wrist & Hand'],
    diagnoses: [
      'carpal tunnel syndrome',
      'de Quervain tenosynovitis',
      'trigger finger of the long finger',
      'wrist sprain',
      'flexor tendinitis of the wrist',
    ],
    findings: [
      'a positive Phalen test',
      'a positive Tinel sign at the wrist',
      'a positive Finkelstein test',
      'decreased grip strength',
      'numbness in the thumb, index and middle fingers',
    ],
    imaging: ['MRI', 'X-ray'],
    surgeries: ['carpal tunnel release', 'first dorsal compartment release', 'trigger finger release', 'wrist arthroscopy with debridement'],
    braces: ['Wrist brace', 'Thumb spica splint', 'Night wrist splint'],
    levels: [],
  },
  elbow: {
    key: 'elbow',
    isLimb: true,
    name: 'elbow',
    painSite: 'elbow',
    mtusPart: { title: 'Elbow Complaints', edition: '2007' },
    odgChapters: ['Elbow (Acute & Chronic)', 'Elbow'],
    diagnoses: ['lateral epicondylitis', 'medial epicondylitis', 'cubital tunnel syndrome', 'olecranon bursitis'],
    findings: [
      'tenderness over the lateral epicondyle',
      'pain with resisted wrist extension',
      'a positive Tinel sign at the cubital tunnel',
      'full elbow range of motion with pain at end range',
    ],
    imaging: ['MRI', 'X-ray'],
    surgeries: ['lateral epicondyle debridement', 'cubital tunnel release', 'ulnar nerve transposition'],
    braces: ['Elbow counterforce brace', 'Elbow brace'],
    levels: [],
  },
  ankle: {
    key: 'ankle',
    isLimb: true,
    name: 'ankle',
    painSite: 'ankle and foot',
    mtusPart: { title: 'Ankle and Foot Complaints', edition: ACOEM_2004 },
    odgChapters: ['Ankle & Foot (Acute & Chronic)', 'Ankle & Foot', 'Ankle and Foot'],
    diagnoses: ['ankle sprain', 'plantar fasciitis', 'Achilles tendinitis', 'posterior tibial tendon dysfunction', 'ankle instability'],
    findings: [
      'tenderness over the anterior talofibular ligament',
      'swelling of the lateral ankle',
      'pain at the plantar fascia insertion',
      'a positive anterior drawer test',
    ],
    imaging: ['MRI', 'X-ray', 'CT scan'],
    surgeries: ['ankle arthroscopy with debridement', 'lateral ankle ligament reconstruction', 'plantar fascia release'],
    braces: ['Ankle brace', 'Controlled ankle motion walking boot', 'Custom orthotics'],
    levels: [],
  },
  hip: {
    key: 'hip',
    isLimb: true,
    name: 'hip',
    painSite: 'hip',
    mtusPart: null,
    odgChapters: ['Hip & Pelvis (Acute & Chronic)', 'Hip & Pelvis', 'Hip and Pelvis'],
    diagnoses: ['osteoarthritis of the hip', 'greater trochanteric bursitis', 'hip labral tear', 'hip strain'],
    findings: [
      'tenderness over the greater trochanter',
      'internal rotation limited to 15 degrees',
      'a positive FABER test',
      'an antalgic gait',
    ],
    imaging: ['MRI', 'X-ray'],
    surgeries: ['hip arthroscopy with labral repair', 'total hip arthroplasty'],
    braces: ['Hip abduction brace'],
    levels: [],
  },
};

export type Side = 'left' | 'right' | 'bilateral';

/** "the lumbar spine", "the left knee", "both knees" is avoided: letters write "bilateral knees" rarely, "the bilateral knees" often. */
export function regionPhrase(region: Region, side: Side | null): string {
  if (!region.isLimb || side === null) return `the ${region.name}`;
  return side === 'bilateral' ? `the bilateral ${region.name}s` : `the ${side} ${region.name}`;
}
