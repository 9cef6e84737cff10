/**
 * Evaluation & Management (DWC subcategories Dental; Medical Specialties): consultations, office
 * visits, examinations and evaluations, clearances, medication management, specialist referrals.
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const DENTAL = 'dental/dental-care';
const MEDICAL_GROUP = 'group/medical-evaluation';

const dental = services({ category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Dental', broader: [DENTAL] });
const medical = services({ category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Medical Specialties', broader: [MEDICAL_GROUP] });
const consultation = services({ category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Medical Specialties', broader: ['evaluation/consultation'] });

export const EVALUATION_AND_MANAGEMENT: readonly ServiceRecord[] = [
  dental('dental/dental-implants', 'Dental implants', { synonyms: ['dental implant'], cues: ['dental implant*'] }),
  dental('dental/dental-crowns', 'Dental crowns', { synonyms: ['crown', 'crowns', 'dental crown'], cues: ['crown*'] }),
  dental('dental/orthodontics', 'Orthodontic treatment', { synonyms: ['orthodontics', 'orthodontist'], cues: ['orthodont*'] }),
  dental('dental/periodontal-treatment', 'Periodontal treatment', { synonyms: ['periodontal', 'periodontist', 'scaling and root planing'], cues: ['periodont*'] }),
  dental('dental/oral-surgery', 'Oral surgery', { synonyms: ['oral surgeon', 'tooth extraction'] }),
  dental('dental/temporomandibular-joint-treatment', 'TMJ treatment', { synonyms: ['TMJ', 'temporomandibular joint treatment', 'TMJ evaluation', 'TMD treatment'] }),
  dental(DENTAL, 'Dental care', {
    synonyms: ['dental', 'dental treatment', 'dental evaluation', 'dental consultation', 'dental exam', 'dentist', 'dental work', 'dental services'],
    cues: ['teeth', 'tooth'],
    broader: ['category/evaluation_and_management'],
  }),

  medical('evaluation/medical-clearance', 'Medical clearance', {
    synonyms: ['clearance', 'preoperative clearance', 'pre-operative clearance', 'pre-op clearance', 'preoperative medical clearance', 'pre-operative medical clearance', 'surgical clearance', 'preoperative evaluation', 'pre-operative evaluation', 'pre-op evaluation', 'cardiac clearance'],
  }),
  medical('evaluation/medication-management', 'Medication management', {
    synonyms: ['medication management visit', 'medication management visits', 'medication management consultation', 'pharmacological management', 'med management', 'medication review'],
  }),
  medical('evaluation/transfer-of-care', 'Transfer of care', { synonyms: ['TOC'] }),
  consultation('evaluation/pain-management-consultation', 'Pain management consultation', {
    synonyms: ['pain management', 'pain management consult', 'pain management evaluation', 'pain management referral', 'pain specialist', 'pain medicine consultation', 'pain management specialist'],
  }),
  consultation('evaluation/orthopedic-consultation', 'Orthopedic consultation', {
    synonyms: ['orthopedic consult', 'orthopedic evaluation', 'orthopedist', 'orthopedic referral', 'orthopaedic consultation', 'ortho consult', 'orthopedic specialist'],
    cues: ['orthopedic', 'orthopaedic'],
  }),
  consultation('evaluation/neurology-consultation', 'Neurology consultation', {
    synonyms: ['neurology consult', 'neurologist', 'neurology', 'neurological consultation', 'neurological evaluation', 'neurology evaluation'],
  }),
  consultation('evaluation/internal-medicine-consultation', 'Internal medicine consultation', {
    synonyms: ['internal medicine', 'internist', 'internal medicine consult', 'internal medicine evaluation'],
  }),
  consultation('evaluation/physiatry-consultation', 'Physiatry consultation', { synonyms: ['physiatrist', 'physiatry', 'PM&R consultation'], cues: ['physiatr*'] }),
  consultation('evaluation/podiatry-consultation', 'Podiatry consultation', { synonyms: ['podiatrist', 'podiatry'], cues: ['podiatr*'] }),
  consultation('evaluation/rheumatology-consultation', 'Rheumatology consultation', { synonyms: ['rheumatologist', 'rheumatology'], cues: ['rheumatolog*'] }),
  consultation('evaluation/cardiology-consultation', 'Cardiology consultation', { synonyms: ['cardiologist', 'cardiology'], cues: ['cardiolog*'] }),
  consultation('evaluation/sleep-medicine-consultation', 'Sleep medicine consultation', { synonyms: ['sleep medicine', 'sleep specialist', 'sleep medicine consult'] }),
  consultation('evaluation/specialist-consultation', 'Specialist consultation', {
    synonyms: ['specialist', 'specialist referral', 'specialist consult', 'second opinion', 'ENT', 'dermatologist', 'urologist', 'gastroenterologist', 'ophthalmologist', 'optometrist'],
    cues: ['dermatolog*', 'ophthalmolog*', 'optometr*', 'urolog*', 'gastroenterolog*', 'otolaryngolog*', 'endocrinolog*', 'hematolog*', 'pulmonolog*'],
  }),
  medical('evaluation/follow-up-visit', 'Follow-up visit', {
    synonyms: ['follow-up', 'follow up', 'followup', 'follow-up visits', 'follow up visit', 'follow-up office visit', 're-evaluation', 'reevaluation', 're-exam', 'reexam', 're-examination', 'return visit'],
    broader: [MEDICAL_GROUP, 'evaluation/office-visit'],
  }),
  medical('evaluation/office-visit', 'Office visit', {
    synonyms: ['office visits', 'visit', 'visits', 'clinic visit', 'appointment', 'appointments', 'outpatient visit'],
    cues: ['office visit*', 'visit*'],
  }),
  medical('evaluation/examination', 'Examination', {
    synonyms: ['exam', 'physical exam', 'physical examination', 'initial exam', 'initial evaluation', 'evaluation', 'eval', 'comprehensive evaluation', 'medical evaluation', 'history and physical'],
  }),
  medical('evaluation/consultation', 'Consultation', {
    synonyms: ['consult', 'consultations', 'referral', 'referrals', 'refer', 'referral to specialist'],
    cues: ['consult*'],
  }),
  group(MEDICAL_GROUP, 'Medical evaluation and management', { category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Medical Specialties', broader: ['category/evaluation_and_management'] }, {
    synonyms: ['medical specialties', 'office visits and consultations'],
  }),
  category('EVALUATION_AND_MANAGEMENT', 'Evaluation and management', { synonyms: ['E&M', 'E/M', 'evaluation & management'], cues: ['management'] }),
];
