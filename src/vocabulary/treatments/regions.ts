/**
 * Body regions as requests write them. The name is what Treatment.bodyRegion holds; synonyms are
 * matched as whole words in a request and, for search terms, without regard to case or punctuation.
 * Spine levels ("L4-5", "C5-6") name a region too; the parser reads those (treatment.ts).
 */
import type { BodyRegion } from './types.js';

export const BODY_REGIONS: readonly BodyRegion[] = [
  { id: 'region/cervical-spine', name: 'cervical spine', synonyms: ['cervical', 'neck', 'c-spine', 'c spine', 'cervical region', 'cervical area'] },
  { id: 'region/thoracic-spine', name: 'thoracic spine', synonyms: ['thoracic', 't-spine', 't spine', 'upper back', 'mid back', 'mid-back', 'middle back', 'dorsal spine', 'thoracic region'] },
  { id: 'region/lumbar-spine', name: 'lumbar spine', synonyms: ['lumbar', 'low back', 'lower back', 'l-spine', 'l spine', 'lumbosacral', 'lumbosacral spine', 'LS spine', 'lumbar region', 'back', 'thoracolumbar', 'thoracolumbar spine'] },
  { id: 'region/sacroiliac-joint', name: 'sacroiliac joint', synonyms: ['sacroiliac', 'SI joint', 'SI joints', 'SIJ', 'sacroiliac joints', 'sacrum', 'sacral', 'coccyx', 'tailbone'] },
  { id: 'region/spine', name: 'spine', synonyms: ['spinal', 'whole spine', 'entire spine'] },
  { id: 'region/head', name: 'head', synonyms: ['brain', 'brainstem', 'skull', 'cranial', 'face', 'facial', 'scalp'] },
  { id: 'region/jaw', name: 'jaw', synonyms: ['temporomandibular joint', 'mandible', 'TMJ'] },
  { id: 'region/eye', name: 'eye', synonyms: ['eyes', 'ocular'] },
  { id: 'region/chest', name: 'chest', synonyms: ['thorax', 'rib', 'ribs', 'sternum', 'chest wall'] },
  { id: 'region/abdomen', name: 'abdomen', synonyms: ['abdominal', 'stomach'] },
  { id: 'region/pelvis', name: 'pelvis', synonyms: ['pelvic', 'groin', 'inguinal'] },
  { id: 'region/shoulder', name: 'shoulder', synonyms: ['shoulders', 'rotator cuff', 'acromioclavicular', 'AC joint', 'glenohumeral', 'scapula', 'clavicle', 'labrum', 'subacromial'] },
  { id: 'region/upper-arm', name: 'upper arm', synonyms: ['upper arms', 'humerus', 'biceps', 'triceps'] },
  { id: 'region/elbow', name: 'elbow', synonyms: ['elbows', 'olecranon', 'epicondyle', 'lateral epicondyle', 'medial epicondyle', 'cubital tunnel'] },
  { id: 'region/forearm', name: 'forearm', synonyms: ['forearms'] },
  { id: 'region/wrist', name: 'wrist', synonyms: ['wrists', 'carpal', 'carpal tunnel', 'TFCC'] },
  { id: 'region/hand', name: 'hand', synonyms: ['hands', 'finger', 'fingers', 'thumb', 'thumbs', 'digit', 'digits', 'palm', 'knuckle', 'trigger finger'] },
  { id: 'region/upper-extremity', name: 'upper extremity', synonyms: ['upper extremities', 'upper limb', 'upper limbs', 'arm', 'arms'] },
  { id: 'region/hip', name: 'hip', synonyms: ['hips', 'acetabulum', 'femoral head'] },
  { id: 'region/thigh', name: 'thigh', synonyms: ['thighs', 'femur', 'hamstring', 'hamstrings', 'quadriceps'] },
  { id: 'region/knee', name: 'knee', synonyms: ['knees', 'patella', 'patellar', 'meniscus', 'menisci', 'ACL', 'patellofemoral'] },
  { id: 'region/lower-leg', name: 'lower leg', synonyms: ['lower legs', 'calf', 'calves', 'shin', 'tibia', 'fibula'] },
  { id: 'region/ankle', name: 'ankle', synonyms: ['ankles', 'achilles', 'Achilles tendon'] },
  { id: 'region/foot', name: 'foot', synonyms: ['feet', 'toe', 'toes', 'heel', 'heels', 'plantar', 'plantar fascia', 'metatarsal', 'forefoot', 'hindfoot'] },
  { id: 'region/lower-extremity', name: 'lower extremity', synonyms: ['lower extremities', 'lower limb', 'lower limbs', 'leg', 'legs'] },
];
