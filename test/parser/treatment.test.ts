/**
 * Disputed requests read into treatments: the item lines of the sample letters (compared with
 * samples/facts) and requests quoted from real letters, one per kind of request: the concept each
 * gets in the treatment vocabulary, its whole name, category, strength, quantity, schedule, body
 * region and side.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Treatment } from '../../src/domain/determination.js';
import { describeTreatment } from '../../src/parser/treatment.js';
import { treatmentConcept } from '../../src/vocabulary/treatments/index.js';
import { REAL_FACTS } from '../real-fixtures.js';

interface Case {
  request: string;
  expected: Partial<Treatment>;
  /** The name holds this (the name is the drug or service as written within the request). */
  nameContains?: string;
}

function check({ request, expected, nameContains }: Case) {
  // Act
  const treatment = describeTreatment(request);
  // Assess
  expect(treatment).toMatchObject(expected);
  if (nameContains) expect(treatment.name).toContain(nameContains);
}

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

interface SampleItemFacts {
  description: string;
  treatment: Partial<Treatment> & { nameContains: string };
}

describe('the item lines of the sample letters', () => {
  const items = readdirSync(path.join(SAMPLES, 'facts'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(SAMPLES, 'facts', f), 'utf8')) as { disputedItems: SampleItemFacts[] }).disputedItems);

  it('are all here', () => {
    expect(items.length).toBeGreaterThanOrEqual(8);
  });

  it.each(items.map((item) => ({ request: item.description, treatment: item.treatment })))('$request', ({ request, treatment }) => {
    const { nameContains, ...expected } = treatment;
    check({ request, expected, nameContains });
  });
});

describe('pharmaceutical requests', () => {
  const cases: Case[] = [
    { request: 'Hydrocodone 10/325 mg #110', expected: { name: 'Hydrocodone', genericName: 'hydrocodone', drugClass: 'Opioids', category: 'PHARMACEUTICALS', strength: '10/325 mg', quantity: 110 } },
    {
      request: 'Nalozone 0.4/0.4 ml syringe Evzio emergency kit #1',
      expected: { name: 'Nalozone', genericName: 'naloxone', drugClass: 'Opioid Antagonist', category: 'PHARMACEUTICALS', quantity: 1, refills: null },
    },
    {
      request: 'Retro Norco 10/325mg 1 Tab PO Q 6-8hours PRN #120',
      expected: { name: 'Norco', genericName: 'hydrocodone/acetaminophen', drugClass: 'Opioids', strength: '10/325 mg', quantity: 120, retrospective: true, serviceDate: null },
    },
    { request: '120 tablets of Norco 10/325 mg with 2 refills', expected: { name: 'Norco', strength: '10/325 mg', quantity: 120, refills: 2 } },
    { request: '30 tablets of Zanaflex 4mg with 2 refills', expected: { name: 'Zanaflex', genericName: 'tizanidine', drugClass: 'Muscle Relaxant', strength: '4 mg', quantity: 30, refills: 2 } },
    { request: 'Norco 10/325 QTY: 60.00', expected: { name: 'Norco', strength: '10/325', quantity: 60 } },
    { request: 'Retrospective Norco 10/325mg #90 (DOS 11/18/16)', expected: { name: 'Norco', retrospective: true, serviceDate: '2016-11-18', quantity: 90 } },
    { request: 'Oxycodone HCL ER 20mg #60 day supply: 30', expected: { name: 'Oxycodone HCL ER', genericName: 'oxycodone', drugClass: 'Opioids', strength: '20 mg', quantity: 60 } },
    { request: 'Norco 7.5-325mg #112', expected: { strength: '7.5-325 mg', quantity: 112 } },
    { request: 'Ultram (tramadol) 50mg #90', expected: { name: 'Ultram', genericName: 'tramadol', strength: '50 mg', quantity: 90 } },
    { request: 'Meloxicam (Mobic) 7.5mg #30', expected: { name: 'Meloxicam', genericName: 'meloxicam', drugClass: 'NSAID', strength: '7.5 mg' } },
    {
      request: 'Tramadol (Ultram) 50mg take 1 tab orally every 4-6 hours as needed for moderate to severe pain #30',
      expected: { name: 'Tramadol', genericName: 'tramadol', quantity: 30, strength: '50 mg' },
    },
    { request: 'Three refills of Voltaren 75mg #60', expected: { name: 'Voltaren', genericName: 'diclofenac', drugClass: 'NSAID', refills: 3, quantity: 60 } },
    { request: 'Post-op Colace 100mg #60, 1 tablet by mouth as needed', expected: { name: 'Colace', genericName: 'docusate', drugClass: 'Laxatives' } },
    { request: 'Pantoprazole sod DR 20mg #60', expected: { genericName: 'pantoprazole', drugClass: 'Proton Pump Inhibitors' } },
    { request: 'Retrospective Famotidine 20mg #60, per 12/07/2016 order', expected: { name: 'Famotidine', drugClass: 'H2 Blocker', retrospective: true, serviceDate: null, quantity: 60 } },
    { request: 'Lorzone 750mg one by mouth three times a day #45', expected: { genericName: 'chlorzoxazone', drugClass: 'Muscle Relaxant', quantity: 45 } },
    { request: 'Venlafaxine HCL ER 37.5mg #90', expected: { genericName: 'venlafaxine', drugClass: 'Antidepressant', strength: '37.5 mg' } },
    { request: 'Diazepam (Valium) 5mg take 1 tab orally 1 hour before exam', expected: { genericName: 'diazepam', drugClass: 'Benzodiazepine', category: 'PHARMACEUTICALS' } },
    { request: 'Fanatrex 25mg/ml oral suspension 420ml', expected: { name: 'Fanatrex', genericName: 'gabapentin', drugClass: 'Anti-epilepsy drugs', strength: '25 mg/ml' } },
    { request: 'Deprizine (unknown quantity)', expected: { name: 'Deprizine', genericName: 'ranitidine', drugClass: 'H2 Blocker', quantity: null } },
    { request: 'Dicopanol 5mg/ml oral suspension, 150ml', expected: { genericName: 'diphenhydramine' } },
    { request: 'one month supply of Trezix capsule 30.5/30/16mg', expected: { drugClass: 'Opioids', strength: '30.5/30/16 mg' } },
  ];
  it.each(cases)('$request', check);
});

describe('topical and compounded requests', () => {
  const cases: Case[] = [
    {
      request: 'Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS: 11/11/2016',
      expected: { name: 'Voltaren gel', genericName: 'diclofenac', drugClass: 'Topical Analgesics', quantity: 60, refills: 1, retrospective: true, serviceDate: '2016-11-11' },
    },
    { request: 'Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill', expected: { name: 'Lidoderm patch', genericName: 'lidocaine', drugClass: 'Topical Analgesics', quantity: 1 } },
    { request: 'Lidocaine ointment 5% 106.32gm', expected: { genericName: 'lidocaine', drugClass: 'Topical Analgesics', strength: '5%' } },
    { request: 'Retrospective Lidopro 4%-27.5%-0.0325% 121gm #1, per 12/07/2016 order', expected: { name: 'Lidopro', drugClass: 'Topical Analgesics', strength: '4%-27.5%-0.0325%', quantity: 1 } },
    { request: 'Ketoprofen 20% in cream base 240g', expected: { genericName: 'ketoprofen', drugClass: 'Topical Compounds', strength: '20%' } },
    { request: 'Ketophene 20% cream, 167 grams', expected: { genericName: 'ketoprofen', drugClass: 'Topical Compounds' } },
    {
      request: 'Flurbiprofen 20%, Baclofen 5%, Dexamethasone 2%, Menthol 2%, Capsaicin 0.025% in cream base',
      expected: {
        name: 'Flurbiprofen, Baclofen, Dexamethasone, Menthol, Capsaicin',
        genericName: 'flurbiprofen/baclofen/dexamethasone/menthol/capsaicin',
        drugClass: 'Topical Compounds',
        category: 'PHARMACEUTICALS',
        strength: '20%, 5%, 2%, 2%, 0.025%',
      },
    },
    {
      request: 'One container of Flurbiprofen 10%, Cyclobenzaprine 3%, Gabapentin 6%, Lidocaine 5%/Dextromethorphan',
      expected: { drugClass: 'Topical Compounds', genericName: 'flurbiprofen/cyclobenzaprine/gabapentin/lidocaine/dextromethorphan' },
    },
    { request: 'TGHot cream 180gm', expected: { drugClass: 'Topical Compounds', genericName: 'tramadol/gabapentin/menthol/camphor/capsaicin' } },
    { request: 'Butrans patch 10mcg/hr #4', expected: { drugClass: 'Opioids', genericName: 'buprenorphine', strength: '10 mcg/hr', quantity: 4 } },
  ];
  it.each(cases)('$request', check);
});

describe('service requests', () => {
  const cases: Case[] = [
    { request: 'MRI of the lumbar spine', expected: { name: 'MRI of the lumbar spine', category: 'DIAGNOSTIC_TESTING', subcategory: 'Imaging/Radiology', genericName: null, drugClass: null, strength: null, quantity: null } },
    { request: 'Three phase bone scan to the left foot', expected: { name: 'Three phase bone scan to the left foot', subcategory: 'Imaging/Radiology' } },
    { request: 'EMG/NCV of the bilateral lower extremities', expected: { category: 'DIAGNOSTIC_TESTING', subcategory: 'EMG/NCV/NCS' } },
    { request: 'NCV bilateral lower extremities QTY: 2', expected: { name: 'NCV bilateral lower extremities', subcategory: 'EMG/NCV/NCS', quantity: 2 } },
    { request: 'Pre-op labs: PT/PTT', expected: { name: 'PT/PTT', category: 'DIAGNOSTIC_TESTING', subcategory: 'Lab & Pathology' } },
    { request: 'Labs to include: EKG', expected: { name: 'EKG', subcategory: 'Other' } },
    { request: 'Urine Test', expected: { subcategory: 'Lab & Pathology' } },
    { request: 'Functional capacity evaluation (FCE)', expected: { category: 'DIAGNOSTIC_TESTING' } },
    { request: 'Acupuncture 3 times a week for 2 weeks, neck, right hand and head', expected: { name: 'Acupuncture', category: 'REHABILITATION', subcategory: 'Acupuncture', quantity: 6 } },
    { request: 'Electro acupuncture to the low back two times a week times six weeks', expected: { subcategory: 'Acupuncture', quantity: 12 } },
    { request: 'Chiropractic care to the low back two times a week for four weeks', expected: { name: 'Chiropractic care to the low back', subcategory: 'Chiropractic', quantity: 8 } },
    { request: 'Physical therapy 2-3 times a week for 6 weeks', expected: { name: 'Physical therapy', subcategory: 'PT/OT', quantity: null } },
    { request: 'Eight (8) physical therapy sessions', expected: { name: 'Physical therapy', subcategory: 'PT/OT', quantity: 8 } },
    { request: 'Twelve sessions of physical therapy for the right shoulder, right wrist and right hand, three times a week for four weeks', expected: { subcategory: 'PT/OT', quantity: 12 } },
    { request: 'Physical therapy additional 3 visits per week for 2 weeks', expected: { name: 'Physical therapy', quantity: 6 } },
    { request: 'Associated surgical service: Physical Therapy sessions, 12', expected: { name: 'Physical Therapy', quantity: 12 } },
    { request: 'Myofascial release to the low back two times a week times six weeks', expected: { subcategory: 'Other Therapies' } },
    { request: 'Facet joint injections L4-5, L5-S1', expected: { category: 'INJECTION', subcategory: 'Facet Injection' } },
    { request: 'Right L4 transforaminal epidural steroid injection under fluoroscopic guidance', expected: { category: 'INJECTION', subcategory: 'Injection' } },
    {
      request: 'Retrospective injection 5cc of lidocaine hcl 1percent and 1cc of dexamethasone 120mg to the right knee',
      expected: { category: 'INJECTION', genericName: null, retrospective: true },
    },
    { request: 'Right shoulder arthroscopy RCR (rotator cuff repair) and decompression', expected: { category: 'SURGERY', subcategory: 'Arthroscopic' } },
    { request: 'with open carpal tunnel release', expected: { category: 'SURGERY', subcategory: 'Non-arthroscopic' } },
    { request: 'Assistant surgeon', expected: { category: 'SURGERY', subcategory: 'Adjunct Surgical Services' } },
    { request: 'TOC to ortho spine surgeon eval and treatment', expected: { category: 'SURGERY', subcategory: 'Surgical Consult' } },
    { request: 'TENS unit', expected: { category: 'DMEPOS', subcategory: 'Electrical Stimulation' } },
    { request: 'Wrist braces #2', expected: { name: 'Wrist braces', subcategory: 'Prosthetics/Orthotics', quantity: 2 } },
    { request: 'Associated surgical service: Cold compression therapy 30 day rental', expected: { name: 'Cold compression therapy', category: 'DMEPOS', subcategory: 'DME' } },
    { request: 'Associated surgical service: Cryotherapy unit, seven day use', expected: { name: 'Cryotherapy unit', subcategory: 'DME' } },
    { request: 'Hygiene wipes', expected: { subcategory: 'Supplies' } },
    { request: 'Bilateral hearing aids', expected: { category: 'DMEPOS' } },
    { request: 'Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility', expected: { name: 'Home aide', category: 'HOME_HEALTH' } },
    { request: 'Partial Hospitalization day treatment', expected: { category: 'PROGRAMS' } },
    { request: 'Medication management consultation', expected: { category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Medical Specialties' } },
    { request: 'Pre-operative medical clearance', expected: { category: 'EVALUATION_AND_MANAGEMENT' } },
    { request: 'Psychological evaluation', expected: { category: 'PSYCH_SERVICES', subcategory: 'Evaluation & Management' } },
    { request: 'Cognitive behavioral therapy 6 sessions', expected: { category: 'PSYCH_SERVICES', subcategory: 'Therapies', quantity: 6 } },
    { request: 'Functional restoration program 80 hours', expected: { category: 'PROGRAMS' } },
    { request: 'Transportation to and from medical appointments', expected: { category: 'TRANSPORTATION' } },
    { request: 'Dental evaluation', expected: { category: 'EVALUATION_AND_MANAGEMENT', subcategory: 'Dental' } },
    { request: 'Massage therapy 6 sessions', expected: { name: 'Massage therapy', subcategory: 'Other Therapies', quantity: 6 } },
    { request: 'Ice/Heat pads therapy times 6', expected: { subcategory: 'Other Therapies', quantity: 6 } },
    { request: 'Aquatic therapy 2x4', expected: { name: 'Aquatic therapy', subcategory: 'PT/OT', quantity: 8 } },
    { request: 'Gym membership x 6 months', expected: { name: 'Gym membership', category: 'PROGRAMS', quantity: null } },
    { request: 'Interferential unit rental x 1 month', expected: { name: 'Interferential unit', subcategory: 'Electrical Stimulation' } },
    { request: 'Spinal cord stimulator trial', expected: { category: 'SURGERY', subcategory: 'Spine' } },
    { request: 'Something nobody has catalogued', expected: { category: 'OTHER', subcategory: null, name: 'Something nobody has catalogued' } },
  ];
  it.each(cases)('$request', check);
});

describe('the concept, whole name, site and schedule of a request', () => {
  const cases: Case[] = [
    // Whole names: never the fragment a cut leaves ("Initial acupuncture, 1 to", "CT scan of the cervical spine (")
    { request: 'Initial acupuncture, 1 to 2 times a week for 6 weeks', expected: { name: 'Acupuncture', conceptId: 'rehabilitation/acupuncture', quantity: null, frequencyPerWeek: null, durationDays: 42 } },
    { request: 'CT scan of the cervical spine (', expected: { name: 'CT scan of the cervical spine', conceptId: 'imaging/ct', bodyRegion: 'cervical spine' } },
    { request: 'MRI of the lumbar spine', expected: { name: 'MRI of the lumbar spine', conceptId: 'imaging/mri', bodyRegion: 'lumbar spine', laterality: null } },
    { request: 'Physical therapy 2 times a week for 4 weeks', expected: { name: 'Physical therapy', conceptId: 'rehabilitation/physical-therapy', quantity: 8, frequencyPerWeek: 2, durationDays: 28 } },
    { request: 'Additional physical therapy lumbar spine two times a week for three weeks', expected: { name: 'Physical therapy lumbar spine', bodyRegion: 'lumbar spine', frequencyPerWeek: 2, durationDays: 21 } },
    { request: 'with open carpal tunnel release', expected: { name: 'Open carpal tunnel release', conceptId: 'surgery/carpal-tunnel-release', bodyRegion: 'wrist' } },
    { request: 'Follow-up office visit in 4 weeks', expected: { name: 'Follow-up office visit', conceptId: 'evaluation/follow-up-visit', durationDays: null } },
    { request: 'Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days for left foot fracture', expected: { name: 'Acute inpatient rehabilitation physical therapy and occupational therapy', conceptId: 'program/inpatient-rehabilitation', durationDays: null } },
    // Each family of service
    { request: 'EMG/NCV of the bilateral lower extremities', expected: { conceptId: 'electrodiagnostics/emg-ncs', bodyRegion: 'lower extremity', laterality: 'BILATERAL' } },
    { request: 'EMG and NCS of the right lower extremity', expected: { conceptId: 'electrodiagnostics/emg-ncs', laterality: 'RIGHT' } },
    { request: 'NCV bilateral lower extremities QTY: 2', expected: { conceptId: 'electrodiagnostics/nerve-conduction-study', quantity: 2 } },
    { request: 'Three phase bone scan to the left foot', expected: { conceptId: 'imaging/bone-scan', bodyRegion: 'foot', laterality: 'LEFT' } },
    { request: 'X-rays of the left shoulder', expected: { conceptId: 'imaging/x-ray', bodyRegion: 'shoulder', laterality: 'LEFT' } },
    { request: 'MR Arthrogram of the right shoulder', expected: { conceptId: 'imaging/mr-arthrogram', laterality: 'RIGHT' } },
    { request: 'Retrospective urine drug screen (DOS 02/03/2015)', expected: { name: 'Urine drug screen', conceptId: 'lab/urine-drug-screen', retrospective: true } },
    { request: 'Associated surgical service: Labs - PT/PTT', expected: { conceptId: 'lab/coagulation-studies' } },
    { request: 'Functional capacity evaluation (FCE)', expected: { conceptId: 'test/functional-capacity-evaluation' } },
    { request: 'Right L4 transforaminal epidural steroid injection under fluoroscopic guidance', expected: { conceptId: 'injection/transforaminal-epidural-steroid-injection', bodyRegion: 'lumbar spine', laterality: 'RIGHT' } },
    { request: 'Lumbar Spine Epidural Injection at L4-5 under fluoroscopy', expected: { conceptId: 'injection/epidural-steroid-injection', bodyRegion: 'lumbar spine' } },
    { request: 'Facet joint injections L4-5, L5-S1', expected: { conceptId: 'injection/facet-joint-injection', bodyRegion: 'lumbar spine' } },
    { request: 'Medial branch block at right L4-L5', expected: { conceptId: 'injection/medial-branch-block', laterality: 'RIGHT' } },
    { request: 'Radiofrequency ablation at bilateral L4-L5 and L5-S1', expected: { conceptId: 'injection/radiofrequency-ablation', laterality: 'BILATERAL' } },
    { request: 'Trigger point injections to the lumbar paraspinal muscles', expected: { conceptId: 'injection/trigger-point-injection', bodyRegion: 'lumbar spine' } },
    { request: 'Platelet-rich plasma injection to the right knee', expected: { conceptId: 'injection/platelet-rich-plasma', bodyRegion: 'knee', laterality: 'RIGHT' } },
    { request: 'Synvisc injection to the left knee', expected: { conceptId: 'injection/viscosupplementation', bodyRegion: 'knee', laterality: 'LEFT' } },
    { request: 'Right shoulder arthroscopy RCR (rotator cuff repair) and decompression', expected: { conceptId: 'surgery/arthroscopic-rotator-cuff-repair', subcategory: 'Arthroscopic', bodyRegion: 'shoulder', laterality: 'RIGHT' } },
    { request: 'Operative arthroscopy, superior labral anterior posterior repair, right shoulder', expected: { conceptId: 'surgery/slap-repair', laterality: 'RIGHT' } },
    { request: 'L4-L5 microdiscectomy', expected: { conceptId: 'surgery/discectomy', bodyRegion: 'lumbar spine' } },
    { request: 'Chiropractic spinal manipulation times 6', expected: { conceptId: 'rehabilitation/chiropractic-manipulation', quantity: 6 } },
    { request: 'Chiropractic care to the low back two times a week for four weeks', expected: { conceptId: 'rehabilitation/chiropractic', bodyRegion: 'lumbar spine', frequencyPerWeek: 2, durationDays: 28 } },
    { request: 'Electro acupuncture to the low back two times a week times six weeks', expected: { conceptId: 'rehabilitation/electroacupuncture', frequencyPerWeek: 2, durationDays: 42 } },
    { request: 'Massage therapy 6 sessions', expected: { conceptId: 'rehabilitation/massage-therapy', quantity: 6 } },
    { request: 'Aquatic therapy 2x4', expected: { conceptId: 'rehabilitation/aquatic-therapy', quantity: 8, frequencyPerWeek: 2, durationDays: 28 } },
    { request: 'PT/OT 18 sessions left hand, right lower leg', expected: { conceptId: 'rehabilitation/physical-and-occupational-therapy', bodyRegion: 'hand', laterality: 'LEFT' } },
    { request: 'Work hardening 10 sessions', expected: { conceptId: 'program/work-hardening', quantity: 10 } },
    { request: 'Functional restoration program 80 hours', expected: { conceptId: 'program/functional-restoration-program' } },
    { request: 'TENS unit 30 day rental', expected: { name: 'TENS unit', conceptId: 'dme/tens', durationDays: 30 } },
    { request: 'Associated surgical service: EMS/TENS unit', expected: { conceptId: 'dme/tens-ems-unit' } },
    { request: 'Associated surgical service: Cold compression therapy 30 day rental', expected: { conceptId: 'dme/cold-compression-unit', durationDays: 30 } },
    { request: 'Interferential unit rental x 1 month', expected: { conceptId: 'dme/interferential-stimulator', durationDays: 30 } },
    { request: 'Wrist braces #2', expected: { conceptId: 'orthotics/brace', bodyRegion: 'wrist', quantity: 2 } },
    { request: 'Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility', expected: { conceptId: 'home-health/home-health-aide', frequencyPerWeek: 5, durationDays: 28 } },
    { request: 'Cognitive behavioral therapy 6 sessions', expected: { conceptId: 'psych/cognitive-behavioral-therapy', quantity: 6 } },
    { request: 'Psychological evaluation', expected: { conceptId: 'psych/psychological-evaluation' } },
    { request: 'Medication management consultation', expected: { conceptId: 'evaluation/medication-management' } },
    { request: 'Pre-op Clearance', expected: { conceptId: 'evaluation/medical-clearance' } },
    { request: 'Transportation to and from medical appointments', expected: { conceptId: 'transportation/medical-transportation' } },
    { request: 'Dental evaluation', expected: { conceptId: 'dental/dental-care' } },
    // Drugs: the product as requested; compounds and topical forms made of their drugs
    { request: 'Hydrocodone 10/325 mg #110', expected: { name: 'Hydrocodone', conceptId: 'drug/hydrocodone' } },
    { request: 'Retro Norco 10/325mg 1 Tab PO Q 6-8hours PRN #120', expected: { name: 'Norco', conceptId: 'drug/hydrocodone-acetaminophen', frequencyPerWeek: null, durationDays: null } },
    { request: 'Vicodin 5/300 #60', expected: { name: 'Vicodin', conceptId: 'drug/hydrocodone-acetaminophen' } },
    { request: 'Oxycodone HCL ER 20mg #60 day supply: 30', expected: { conceptId: 'drug/oxycodone', quantity: 60, durationDays: 30 } },
    { request: 'one month supply of Trezix capsule 30.5/30/16mg', expected: { durationDays: 30 } },
    { request: 'Lidocaine ointment 5% 106.32gm', expected: { conceptId: 'drug/lidocaine-topical' } },
    { request: 'Diclofenac sodium 3% 300mg/g #1', expected: { conceptId: 'drug/diclofenac-topical', drugClass: 'Topical Analgesics' } },
    { request: 'Ketoprofen cream 10% #1', expected: { conceptId: 'topical/ketoprofen', drugClass: 'Topical Analgesics' } },
    { request: 'Ketoprofen 20% in cream base 240g', expected: { conceptId: 'compound/ketoprofen', drugClass: 'Topical Compounds' } },
    { request: 'Ketophene 20% cream, 167 grams', expected: { conceptId: 'drug/ketophene' } },
    { request: 'Flurbiprofen 20%, Baclofen 5%, Dexamethasone 2%, Menthol 2%, Capsaicin 0.025% in cream base', expected: { conceptId: 'compound/baclofen+capsaicin+dexamethasone+flurbiprofen+menthol' } },
    { request: 'Butrans patch 10mcg/hr #4', expected: { conceptId: 'drug/buprenorphine', drugClass: 'Opioids' } },
    { request: 'Norco/Soma', expected: { conceptId: 'combination/carisoprodol+hydrocodone-acetaminophen' } },
    { request: 'Unknown cream 5%', expected: { category: 'PHARMACEUTICALS', conceptId: 'class/topical-analgesics' } },
    { request: 'Something nobody has catalogued', expected: { conceptId: 'category/other' } },
    // A service given with a product is the service, counted by its own words, not the product's.
    { request: 'Acupuncture visits with Capsaicin patch 0.025% #30', expected: { name: 'Acupuncture', conceptId: 'rehabilitation/acupuncture', category: 'REHABILITATION', quantity: null } },
    { request: 'Chiropractic treatment 6 sessions with Biofreeze gel', expected: { conceptId: 'rehabilitation/chiropractic', quantity: 6 } },
    { request: 'Norco 10/325 #60 with 1 refill', expected: { conceptId: 'drug/hydrocodone-acetaminophen', quantity: 60 } },
    // A total in brackets is the count, whatever words come before it.
    { request: 'Physical therapy two times four visits (8)', expected: { name: 'Physical therapy', quantity: 8 } },
    // Imaging of trigger points is a test, not an injection.
    { request: 'Trigger point impedance imaging (TPII) to the lumbar spine', expected: { conceptId: 'test/trigger-point-impedance-imaging', category: 'DIAGNOSTIC_TESTING', bodyRegion: 'lumbar spine' } },
    { request: 'Trigger point injections x 4', expected: { conceptId: 'injection/trigger-point-injection', category: 'INJECTION', quantity: 4 } },
  ];
  it.each(cases)('$request', check);

  it('reads a range of sessions a week as no one count ("2-3 times a week")', () => {
    expect(describeTreatment('Physical therapy 2-3 times a week for 6 weeks')).toMatchObject({ frequencyPerWeek: null, durationDays: 42, quantity: null });
  });

  it('takes "5 days a week" for how often, not how long', () => {
    expect(describeTreatment('Home health aide 4 hours a day 5 days a week for 6 weeks')).toMatchObject({ frequencyPerWeek: 5, durationDays: 42 });
  });

  it('gives a side to the region it stands before, not to the first region named', () => {
    expect(describeTreatment('Acupuncture 3 times a week for 2 weeks, neck, right hand and head')).toMatchObject({ bodyRegion: 'cervical spine', laterality: null });
    expect(describeTreatment('MRI of the fingers of the right hand without contrast')).toMatchObject({ bodyRegion: 'hand', laterality: 'RIGHT' });
    expect(describeTreatment('left and right knee x-rays')).toMatchObject({ bodyRegion: 'knee', laterality: 'BILATERAL' });
    expect(describeTreatment('Bilateral hearing aids')).toMatchObject({ bodyRegion: null, laterality: 'BILATERAL' });
  });
});

describe('requests of the real letters', () => {
  const present = existsSync(REAL_FACTS);
  if (!present) {
    it.skip(`skipped: the real letters' facts are not on this machine (${REAL_FACTS})`, () => {});
    return;
  }
  const requests = readdirSync(REAL_FACTS)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(REAL_FACTS, f), 'utf8')) as { disputedItems?: { description: string }[] }).disputedItems ?? [])
    .map((item) => item.description);

  it('every one has a name and a category from the catalogues', () => {
    // Act
    const uncategorised = requests.filter((r) => describeTreatment(r).category === 'OTHER');
    const unnamed = requests.filter((r) => describeTreatment(r).name.trim() === '');
    // Assess
    expect(requests.length).toBeGreaterThan(200);
    expect(uncategorised).toEqual([]);
    expect(unnamed).toEqual([]);
  });

  it('every one has a whole name and a concept the vocabulary knows', () => {
    // Act
    const described = requests.map((r) => ({ request: r, treatment: describeTreatment(r) }));
    const fragments = described.filter(({ treatment }) => /(?:[(,;:\/&-]|\b(?:to|of|for|with|and|or|at|in|on|per|x|times|the|a|an|by|vs))\s*$/i.test(treatment.name));
    const unknown = described.filter(({ treatment }) => treatmentConcept(treatment.conceptId) === undefined);
    // Assess
    expect(fragments.map(({ request, treatment }) => `${request} → ${treatment.name}`)).toEqual([]);
    expect(unknown.map(({ request, treatment }) => `${request} → ${treatment.conceptId}`)).toEqual([]);
  });

  it('every pharmaceutical has a drug class', () => {
    const classless = requests.map((r) => describeTreatment(r)).filter((t) => t.category === 'PHARMACEUTICALS' && t.drugClass === null);
    expect(classless).toEqual([]);
  });
});

describe('what a request the catalogues cannot read yields', () => {
  it('is the request itself as the name, in OTHER with its catch-all concept, with nothing made up', () => {
    expect(describeTreatment('  ')).toEqual({
      name: '',
      conceptId: 'category/other',
      genericName: null,
      drugClass: null,
      category: 'OTHER',
      subcategory: null,
      strength: null,
      quantity: null,
      refills: null,
      retrospective: false,
      serviceDate: null,
      bodyRegion: null,
      laterality: null,
      frequencyPerWeek: null,
      durationDays: null,
    });
  });

  it('does not take an order date for a date of service', () => {
    expect(describeTreatment('Cyclobenzaprine 7.5mg #18, per 12/07/2016 order').serviceDate).toBeNull();
  });

  it('rejects an impossible date of service', () => {
    expect(describeTreatment('Norco 10/325mg #60 (DOS 13/45/16)')).toMatchObject({ retrospective: true, serviceDate: null });
  });
});

describe('any request at all', () => {
  const WORDS = ['Norco', 'Retro', '10/325mg', '#120', 'QTY:', '60.00', 'with', '2', 'refills', 'MRI', 'of', 'the', 'lumbar', 'spine', 'times', 'a', 'week', 'for', 'two', 'sessions', '(DOS', '11/18/16)', 'Lidocaine', '5%', 'cream', 'base', 'Associated surgical service:', 'injection', '-', '/', ',', '(', ')'];
  const requests = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' ')));

  it('is described without throwing, with counts that are whole and not negative', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const t = describeTreatment(request);
        for (const count of [t.quantity, t.refills, t.frequencyPerWeek, t.durationDays]) if (count !== null) expect(Number.isInteger(count) && count >= 0).toBe(true);
        expect(treatmentConcept(t.conceptId)?.category).toBe(t.category);
        if (t.serviceDate !== null) expect(t.serviceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (t.category !== 'PHARMACEUTICALS') expect([t.genericName, t.drugClass, t.strength]).toEqual([null, null, null]);
      }),
      { numRuns: 400 },
    );
  });

  it('is described in one pass even when a broken letter runs the item line on for pages', () => {
    const runOn = `Physical therapy ${'for the lumbar and cervical spine with heat and '.repeat(3000)}`;
    // The whole run-on is the name, less the "and" it breaks off after.
    expect(describeTreatment(runOn)).toMatchObject({ category: 'REHABILITATION', subcategory: 'PT/OT', name: runOn.trim().replace(/ and$/, '') });
  });
});
