/**
 * The expert reviewers and injured workers of the synthetic letters. Reviewers are known only by
 * licensure and specialty (as in real letters); the specialty sets and their weights follow the
 * real letters' credentials lines, widened to the specialties DWC's reviewers hold.
 */
import { w, type Weighted } from './random.js';

export type SpecialtyKey =
  | 'occupational'
  | 'familyPractice'
  | 'pmr'
  | 'pmrPain'
  | 'internal'
  | 'orthopedic'
  | 'emergency'
  | 'anesthesiaPain'
  | 'neurologyPain'
  | 'neurosurgery'
  | 'chiropractor'
  | 'psychiatry'
  | 'handSurgery';

export interface SpecialtySet {
  key: SpecialtyKey;
  /** Variants of the list as written; the first is the common one. */
  lists: readonly (readonly string[])[];
  /** How much more (above 1) or less often this reviewer overturns a denial than the average reviewer. */
  overturnFactor: number;
}

export const SPECIALTY_SETS: Readonly<Record<SpecialtyKey, SpecialtySet>> = {
  occupational: {
    key: 'occupational',
    lists: [
      ['Preventive Medicine', 'Occupational Medicine'],
      ['Preventive Medicine', 'Occupational Medicine', 'Public Health & General Preventive Medicine'],
      ['Preventive Medicine', 'Occupational Medicine', 'Medical Toxicology'],
    ],
    overturnFactor: 0.9,
  },
  familyPractice: { key: 'familyPractice', lists: [['Family Practice'], ['Family Practice', 'Sports Medicine']], overturnFactor: 0.8 },
  pmr: { key: 'pmr', lists: [['Physical Medicine & Rehabilitation'], ['Physical Medicine & Rehabilitation', 'Sports Medicine']], overturnFactor: 1.2 },
  pmrPain: {
    key: 'pmrPain',
    lists: [['Physical Medicine & Rehabilitation', 'Pain Management'], ['Physical Medicine & Rehabilitation', 'Pain Management', 'Occupational Medicine']],
    overturnFactor: 1.5,
  },
  internal: { key: 'internal', lists: [['Internal Medicine']], overturnFactor: 0.85 },
  orthopedic: { key: 'orthopedic', lists: [['Orthopedic Surgery'], ['Orthopedic Surgery', 'Sports Medicine']], overturnFactor: 1.1 },
  emergency: { key: 'emergency', lists: [['Emergency Medicine']], overturnFactor: 0.7 },
  anesthesiaPain: {
    key: 'anesthesiaPain',
    lists: [['Anesthesiology', 'Pain Management'], ['Anesthesiology', 'Pain Management', 'Hospice & Palliative Medicine']],
    overturnFactor: 1.6,
  },
  neurologyPain: { key: 'neurologyPain', lists: [['Neurology', 'Pain Management'], ['Neurology']], overturnFactor: 1.0 },
  neurosurgery: { key: 'neurosurgery', lists: [['Neurological Surgery']], overturnFactor: 1.3 },
  chiropractor: { key: 'chiropractor', lists: [['Chiropractor']], overturnFactor: 1.8 },
  psychiatry: { key: 'psychiatry', lists: [['Psychiatry'], ['Psychiatry', 'Addiction Medicine']], overturnFactor: 1.4 },
  handSurgery: { key: 'handSurgery', lists: [['Orthopedic Surgery', 'Hand Surgery', 'Sports Medicine'], ['Plastic Surgery', 'Hand Surgery']], overturnFactor: 1.2 },
};

/** Who reviews a letter whose requests are mostly medications, therapy or diagnostics. */
export const GENERAL_REVIEWERS: readonly Weighted<SpecialtyKey>[] = w(
  ['occupational', 30],
  ['familyPractice', 26],
  ['pmr', 11],
  ['internal', 9],
  ['pmrPain', 8],
  ['orthopedic', 5],
  ['emergency', 4],
  ['anesthesiaPain', 4],
  ['neurologyPain', 3],
);

/** States that license MAXIMUS reviewers; California is on most lists. */
const OTHER_STATES = [
  'Texas', 'Florida', 'North Carolina', 'Pennsylvania', 'New York', 'New Jersey', 'Arizona', 'Virginia', 'Washington',
  'Ohio', 'Missouri', 'South Carolina', 'Georgia', 'Illinois', 'Maryland', 'Massachusetts', 'Michigan', 'Oregon',
  'Colorado', 'Nevada', 'Utah', 'Iowa', 'Tennessee', 'Minnesota', 'Wisconsin', 'Connecticut', 'District of Columbia',
] as const;

export const STATE_LISTS = { californiaShare: 0.7, others: OTHER_STATES } as const;

/** How the injuries happened, per region family; all past-tense clauses with no sex words. */
export const MECHANISMS = {
  spine: [
    'lifted a heavy box from the floor',
    'slipped on a wet floor and fell backward',
    'was rear-ended while driving a company vehicle',
    'twisted while moving a patient from a bed to a wheelchair',
    'fell from a ladder while stocking shelves',
    'unloaded freight from a truck over a full shift',
    'bent repeatedly to install flooring',
  ],
  upper: [
    'reached overhead repeatedly to place stock on high shelves',
    'caught a falling load of lumber',
    'fell onto an outstretched arm in a parking lot',
    'performed repetitive keyboard and mouse work',
    'pulled a heavy cart up a ramp',
    'used a vibrating power tool for several hours a day',
  ],
  lower: [
    'stepped off a loading dock and twisted the leg',
    'tripped over a pallet',
    'knelt repeatedly while laying tile',
    'slipped on ice in a parking lot',
    'jumped down from the bed of a truck',
    'was struck by a forklift at low speed',
  ],
} as const;

export const OCCUPATIONS = [
  'warehouse worker', 'certified nursing assistant', 'delivery driver', 'grocery clerk', 'carpenter', 'custodian',
  'machine operator', 'correctional officer', 'home health aide', 'office assistant', 'landscaper', 'cook',
  'bus driver', 'electrician', 'teacher', 'firefighter', 'police officer', 'assembly line worker', 'farm worker',
  'housekeeper', 'mechanic', 'security guard', 'plumber', 'sales associate', 'welder', 'painter',
] as const;
