/**
 * Care by people outside the clinic and the mind: home health, transportation, programs
 * (functional restoration, work hardening, weight loss, ...) and psychological services.
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const home = services({ category: 'HOME_HEALTH', subcategory: null, broader: ['category/home_health'] });
const transport = services({ category: 'TRANSPORTATION', subcategory: null, broader: ['category/transportation'] });
const program = services({ category: 'PROGRAMS', subcategory: null, broader: ['category/programs'] });
const PSYCH_THERAPIES = 'group/psych-therapies';
const PSYCH_EVALUATION = 'group/psych-evaluation';
const psychTherapy = services({ category: 'PSYCH_SERVICES', subcategory: 'Therapies', broader: [PSYCH_THERAPIES] });
const psychEvaluation = services({ category: 'PSYCH_SERVICES', subcategory: 'Evaluation & Management', broader: [PSYCH_EVALUATION] });

export const HOME_HEALTH: readonly ServiceRecord[] = [
  home('home-health/home-health-aide', 'Home health aide', {
    synonyms: ['home aide', 'home health aid', 'home health aides', 'HHA', 'caregiver', 'caregivers', 'attendant care', 'home attendant', 'home assistance', 'personal care attendant', 'in-home support services', 'IHSS', 'in-home care', 'home care assistance'],
    cues: ['in-home'],
  }),
  home('home-health/home-nursing', 'Home nursing', { synonyms: ['home nursing care', 'skilled nursing visits', 'home nurse', 'visiting nurse', 'home health nursing', 'nursing visits'] }),
  home('home-health/housekeeping', 'Housekeeping services', { synonyms: ['housekeeping', 'homemaker services', 'home help', 'chore services', 'domestic help', 'housekeeper'] }),
  home('home-health/skilled-nursing-facility', 'Skilled nursing facility', { synonyms: ['SNF', 'nursing facility', 'nursing home', 'skilled nursing'] }),
  home('home-health/home-health-services', 'Home health services', {
    synonyms: ['home health', 'home health care', 'home healthcare', 'home care', 'home health evaluation', 'home health visits'],
    cues: ['home health*'],
  }),
  category('HOME_HEALTH', 'Home health', { synonyms: ['home health category'] }),
];

export const TRANSPORTATION: readonly ServiceRecord[] = [
  transport('transportation/ambulance', 'Ambulance', { synonyms: ['ambulance transport', 'ambulance transportation'] }),
  transport('transportation/medical-transportation', 'Medical transportation', {
    synonyms: ['transportation', 'transport', 'medical transport', 'non-emergency medical transportation', 'NEMT', 'taxi', 'car service', 'mileage', 'transportation services', 'round trip transportation'],
  }),
  category('TRANSPORTATION', 'Transportation', { synonyms: ['transportation category'] }),
];

export const PROGRAMS: readonly ServiceRecord[] = [
  program('program/functional-restoration-program', 'Functional restoration program', {
    synonyms: ['FRP', 'functional restoration', 'HELP program', 'chronic pain program', 'pain program', 'interdisciplinary pain program', 'multidisciplinary pain program', 'interdisciplinary pain rehabilitation program', 'chronic pain management program', 'functional restoration programs'],
  }),
  program('program/work-hardening', 'Work hardening', { synonyms: ['work hardening program', 'work hardening sessions'] }),
  program('program/work-conditioning', 'Work conditioning', { synonyms: ['work conditioning program', 'work conditioning sessions'] }),
  program('program/weight-loss-program', 'Weight loss program', { synonyms: ['weight loss', 'weight reduction', 'weight reduction program', 'weight management program', 'Weight Watchers', 'Medifast', 'Nutrisystem'] }),
  program('program/gym-membership', 'Gym membership', { synonyms: ['pool membership', 'YMCA membership', 'health club membership', 'gym membership with pool access'] }),
  program('program/detoxification', 'Detoxification program', { synonyms: ['detox', 'detoxification', 'detox program', 'opioid detoxification', 'rapid detox', 'inpatient detox'], cues: ['detox*'] }),
  // Acute inpatient rehabilitation is physical and occupational therapy given in a facility (CMS:
  // three hours a day): a search for either therapy finds it.
  program('program/inpatient-rehabilitation', 'Inpatient rehabilitation', {
    synonyms: ['acute inpatient rehabilitation', 'inpatient rehab', 'acute rehabilitation', 'acute rehab', 'inpatient rehabilitation facility', 'IRF'],
    broader: ['category/programs', 'rehabilitation/physical-therapy', 'rehabilitation/occupational-therapy'],
  }),
  program('program/partial-hospitalization', 'Partial hospitalization program', { synonyms: ['partial hospitalization', 'PHP', 'day treatment', 'day treatment program', 'day program'] }),
  program('program/residential-treatment', 'Residential treatment', { synonyms: ['residential', 'residential program', 'residential treatment program'] }),
  category('PROGRAMS', 'Programs', { synonyms: ['program', 'treatment programs'], cues: ['program', 'programs', 'rehabilitation program'] }),
];

export const PSYCH_SERVICES: readonly ServiceRecord[] = [
  psychTherapy('psych/cognitive-behavioral-therapy', 'Cognitive behavioral therapy', {
    synonyms: ['CBT', 'cognitive behavioural therapy', 'cognitive behavior therapy', 'cognitive behavioral psychotherapy', 'cognitive behavioral therapy sessions', 'cognitive behavioral'],
    cues: ['cognitive behavio*'],
  }),
  psychTherapy('psych/biofeedback', 'Biofeedback', { synonyms: ['biofeedback therapy', 'EMG biofeedback', 'biofeedback sessions'] }),
  psychTherapy('psych/hypnotherapy', 'Hypnotherapy', { synonyms: ['hypnosis'] }),
  psychTherapy('psych/group-psychotherapy', 'Group psychotherapy', { synonyms: ['group therapy', 'group counseling'], broader: ['psych/psychotherapy'] }),
  psychTherapy('psych/relaxation-training', 'Relaxation training', { synonyms: ['relaxation therapy', 'relaxation techniques'] }),
  psychTherapy('psych/pain-psychology', 'Pain psychology', { synonyms: ['pain psychologist', 'pain coping skills training'] }),
  psychTherapy('psych/psychotherapy', 'Psychotherapy', {
    synonyms: ['individual psychotherapy', 'talk therapy', 'psychological therapy', 'psychological treatment', 'psych treatment', 'psychiatric treatment', 'counseling', 'psychological counseling', 'mental health treatment', 'psychotherapy sessions'],
  }),
  group(PSYCH_THERAPIES, 'Psychological therapies', { category: 'PSYCH_SERVICES', subcategory: 'Therapies', broader: ['category/psych_services'] }, { synonyms: ['psychological therapies', 'psych therapies'] }),

  psychEvaluation('psych/psychological-evaluation', 'Psychological evaluation', {
    synonyms: ['psych evaluation', 'psych eval', 'psychological consultation', 'psychological consult', 'psychology consultation', 'psychological assessment', 'psych consult', 'psychological evaluations', 'psychologist'],
    cues: ['psychological consult*'],
  }),
  psychEvaluation('psych/psychiatric-evaluation', 'Psychiatric evaluation', {
    synonyms: ['psychiatric consultation', 'psychiatric consult', 'psychiatry consultation', 'psychiatrist', 'psychiatry', 'psychiatric evaluations'],
  }),
  psychEvaluation('psych/psychological-testing', 'Psychological testing', {
    synonyms: ['psychometric testing', 'psychometric', 'MMPI', 'MMPI-2', 'psychometric tests', 'BHI', 'Battery for Health Improvement'],
    cues: ['psychometric*'],
  }),
  psychEvaluation('psych/neuropsychological-testing', 'Neuropsychological testing', {
    synonyms: ['neuropsychological evaluation', 'neuropsych testing', 'neuropsychological assessment', 'neuropsychological'],
    cues: ['neuropsych*'],
  }),
  group(PSYCH_EVALUATION, 'Psychological evaluation and management', { category: 'PSYCH_SERVICES', subcategory: 'Evaluation & Management', broader: ['category/psych_services'] }, {
    synonyms: ['psych', 'psychological services'],
    cues: ['psych*'],
  }),
  category('PSYCH_SERVICES', 'Psych services', { synonyms: ['psych services', 'psychological and psychiatric services', 'mental health services', 'behavioral health'] }),
];
