/**
 * Rehabilitation (DWC subcategories Acupuncture; Chiropractic; PT/OT; Other Therapies).
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const REHABILITATION = 'category/rehabilitation';
const ACUPUNCTURE = 'rehabilitation/acupuncture';
const CHIROPRACTIC = 'rehabilitation/chiropractic';
const PHYSICAL_THERAPY = 'rehabilitation/physical-therapy';
const OCCUPATIONAL_THERAPY = 'rehabilitation/occupational-therapy';
const OTHER_THERAPIES = 'group/other-therapies';

const acupuncture = services({ category: 'REHABILITATION', subcategory: 'Acupuncture', broader: [REHABILITATION] });
const chiropractic = services({ category: 'REHABILITATION', subcategory: 'Chiropractic', broader: [REHABILITATION] });
const ptOt = services({ category: 'REHABILITATION', subcategory: 'PT/OT', broader: [REHABILITATION] });
const other = services({ category: 'REHABILITATION', subcategory: 'Other Therapies', broader: [OTHER_THERAPIES] });

export const REHABILITATION_SERVICES: readonly ServiceRecord[] = [
  acupuncture('rehabilitation/electroacupuncture', 'Electroacupuncture', {
    synonyms: ['electro acupuncture', 'electro-acupuncture', 'acupuncture with electrical stimulation', 'acupuncture with electrostimulation'],
    broader: [ACUPUNCTURE],
  }),
  acupuncture(ACUPUNCTURE, 'Acupuncture', {
    synonyms: ['acupuncture therapy', 'acupuncture treatment', 'acupuncture treatments', 'acupuncture sessions', 'acupuncture visits', 'acupuncturist'],
    cues: ['acupunct*'],
  }),
  acupuncture('rehabilitation/acupressure', 'Acupressure'),
  acupuncture('rehabilitation/cupping', 'Cupping', { synonyms: ['cupping therapy'] }),

  chiropractic('rehabilitation/chiropractic-manipulation', 'Chiropractic manipulation', {
    synonyms: ['spinal manipulation', 'spinal manipulation therapy', 'spinal manipulative therapy', 'SMT', 'manipulation', 'CMT', 'chiropractic manipulative treatment', 'chiropractic adjustment', 'chiropractic adjustments', 'spinal adjustment', 'manipulative therapy', 'joint manipulation', 'chiropractic spinal manipulation', 'chiropractic joint manipulation'],
    broader: [CHIROPRACTIC],
  }),
  chiropractic('rehabilitation/mechanical-traction', 'Mechanical traction', {
    synonyms: ['traction', 'spinolator', 'spinolator therapy', 'cervical traction', 'lumbar traction', 'traction therapy', 'spinal decompression therapy', 'non-surgical spinal decompression', 'DRX9000', 'VAX-D'],
  }),
  chiropractic(CHIROPRACTIC, 'Chiropractic care', {
    synonyms: ['chiropractic', 'chiropractic treatment', 'chiropractic treatments', 'chiropractic therapy', 'chiropractic sessions', 'chiropractic visits', 'chiropractic physiotherapy', 'chiro', 'chiropractor', 'chiropractic services'],
    cues: ['chiropract*'],
  }),

  ptOt('rehabilitation/physical-and-occupational-therapy', 'Physical and occupational therapy', {
    synonyms: ['PT/OT', 'OT/PT', 'physical therapy and occupational therapy', 'occupational therapy and physical therapy', 'physical/occupational therapy', 'PT and OT'],
    combines: [PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY],
  }),
  ptOt('rehabilitation/aquatic-therapy', 'Aquatic therapy', {
    synonyms: ['aqua therapy', 'aquatherapy', 'pool therapy', 'aquatic physical therapy', 'water therapy', 'hydrotherapy', 'aquatic exercise', 'aquatic therapy sessions'],
    broader: [PHYSICAL_THERAPY],
  }),
  ptOt('rehabilitation/hand-therapy', 'Hand therapy', { synonyms: ['certified hand therapy', 'hand therapy sessions', 'CHT'], broader: [OCCUPATIONAL_THERAPY] }),
  ptOt('rehabilitation/home-exercise-program', 'Home exercise program', { synonyms: ['HEP', 'home exercise', 'home exercises', 'home exercise programs'], broader: [PHYSICAL_THERAPY] }),
  ptOt(PHYSICAL_THERAPY, 'Physical therapy', {
    synonyms: ['PT', 'physiotherapy', 'physical therapy sessions', 'physical therapy visits', 'physical therapy treatments', 'physical medicine', 'physical rehabilitation', 'physical therapy evaluation', 'therapeutic exercise', 'therapeutic exercises', 'post-operative physical therapy', 'postoperative physical therapy', 'post-op physical therapy', 'physical therapist', 'physical therapies'],
    cues: ['therapeutic exercise*'],
  }),
  ptOt(OCCUPATIONAL_THERAPY, 'Occupational therapy', {
    synonyms: ['OT', 'occupational therapy sessions', 'occupational therapy visits', 'occupational therapist', 'work therapy'],
  }),

  other('rehabilitation/myofascial-release', 'Myofascial release', { synonyms: ['myofascial therapy', 'myofascial release therapy', 'soft tissue mobilization'] }),
  other('rehabilitation/massage-therapy', 'Massage therapy', { synonyms: ['massage', 'therapeutic massage', 'massage sessions', 'massage treatments'] }),
  other('rehabilitation/infrared-therapy', 'Infrared therapy', { synonyms: ['infrared', 'infrared heat', 'infrared light therapy'] }),
  other('rehabilitation/therapeutic-ultrasound', 'Therapeutic ultrasound', {
    synonyms: ['pulsed ultrasound', 'ultrasound therapy', 'ultrasound treatment'],
    // A request that says only "ultrasound" is this therapy; a search for "ultrasound" also means imaging.
    cues: ['ultrasound'],
    searchSynonyms: ['ultrasound'],
  }),
  other('rehabilitation/shockwave-therapy', 'Extracorporeal shockwave therapy', {
    synonyms: ['ESWT', 'shockwave', 'shock wave', 'shockwave therapy', 'shock wave therapy', 'extracorporeal shock wave therapy', 'ECSWT', 'shockwave treatments', 'shockwave treatment'],
  }),
  other('rehabilitation/heat-and-cold-therapy', 'Heat and cold therapy', {
    synonyms: ['ice/heat', 'heat/ice', 'hot/cold packs', 'hot packs', 'cold packs', 'heat', 'ice', 'moist heat', 'heat therapy', 'ice therapy', 'hot and cold packs'],
  }),
  other('rehabilitation/paraffin', 'Paraffin bath', { synonyms: ['paraffin', 'paraffin wax', 'paraffin wax bath'] }),
  other('rehabilitation/laser-therapy', 'Laser therapy', { synonyms: ['laser', 'low level laser therapy', 'low-level laser therapy', 'LLLT', 'cold laser', 'cold laser therapy', 'class IV laser'] }),
  other('rehabilitation/diathermy', 'Diathermy', { synonyms: ['shortwave diathermy'] }),
  other('rehabilitation/iontophoresis', 'Iontophoresis'),
  other('rehabilitation/phonophoresis', 'Phonophoresis'),
  other('rehabilitation/kinesio-taping', 'Kinesio taping', { synonyms: ['kinesio', 'kinesio tape', 'kinesiotape', 'kinesiotaping', 'taping', 'KT tape'] }),
  other('rehabilitation/vestibular-rehabilitation', 'Vestibular rehabilitation', { synonyms: ['vestibular', 'vestibular therapy', 'vestibular rehab'] }),
  other('rehabilitation/speech-therapy', 'Speech therapy', { synonyms: ['speech language therapy', 'speech-language therapy', 'speech-language pathology', 'speech therapist'] }),
  other('rehabilitation/cognitive-rehabilitation', 'Cognitive rehabilitation', { synonyms: ['cognitive therapy', 'cognitive rehab', 'cognitive retraining', 'cognitive rehabilitation therapy'] }),
  other('rehabilitation/vision-therapy', 'Vision therapy'),
  group(OTHER_THERAPIES, 'Other therapies', { category: 'REHABILITATION', subcategory: 'Other Therapies', broader: [REHABILITATION] }, {
    synonyms: ['physical modalities', 'passive modalities', 'modalities'],
    cues: ['rehabilitation', 'rehab', 'modalities', 'modality'],
  }),
  // Any other "therapy" is taken for PT/OT, but only after every named therapy had its turn ("massage therapy").
  group('group/therapy-unspecified', 'Therapy (unspecified)', { category: 'REHABILITATION', subcategory: 'PT/OT', broader: [REHABILITATION] }, {
    cues: ['therapy', 'therapies', 'therapist'],
  }),
  category('REHABILITATION', 'Rehabilitation', { synonyms: ['rehabilitation', 'rehab', 'rehabilitation services', 'rehabilitation therapies'] }),
];
