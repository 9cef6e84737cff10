/**
 * Diagnostic testing (DWC subcategories Imaging/Radiology; EMG/NCV/NCS; Lab & Pathology; Other).
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const EDX_GROUP = 'group/electrodiagnostics';
const IMAGING_GROUP = 'group/imaging';
const LAB_GROUP = 'group/lab-tests';
const OTHER_GROUP = 'group/other-diagnostic-tests';
const EMG = 'electrodiagnostics/emg';
const NCS = 'electrodiagnostics/nerve-conduction-study';

const edx = services({ category: 'DIAGNOSTIC_TESTING', subcategory: 'EMG/NCV/NCS', broader: [EDX_GROUP] });
const imaging = services({ category: 'DIAGNOSTIC_TESTING', subcategory: 'Imaging/Radiology', broader: [IMAGING_GROUP] });
const lab = services({ category: 'DIAGNOSTIC_TESTING', subcategory: 'Lab & Pathology', broader: [LAB_GROUP] });
const test = services({ category: 'DIAGNOSTIC_TESTING', subcategory: 'Other', broader: [OTHER_GROUP] });
const family = (subcategory: string) => ({ category: 'DIAGNOSTIC_TESTING' as const, subcategory, broader: ['category/diagnostic_testing'] });

export const ELECTRODIAGNOSTICS: readonly ServiceRecord[] = [
  edx('electrodiagnostics/emg-ncs', 'EMG/NCS', {
    synonyms: ['EMG/NCV', 'EMG/NCT', 'NCV/EMG', 'NCS/EMG', 'EMG-NCV', 'EMG-NCS', 'EMG and NCV', 'EMG and NCS', 'EMG/NCV study', 'EMG/NCS study', 'EMGs/NCVs', 'EMG/NCVs', 'electromyography and nerve conduction studies', 'electromyography and nerve conduction velocity'],
    combines: [EMG, NCS],
  }),
  edx(EMG, 'Electromyography', {
    synonyms: ['EMG', 'EMGs', 'electromyogram', 'needle EMG', 'electromyography study'],
    cues: ['electromyogra*', 'EMG*'],
  }),
  edx(NCS, 'Nerve conduction study', {
    synonyms: ['NCS', 'NCV', 'NCT', 'NCVs', 'nerve conduction studies', 'nerve conduction velocity', 'nerve conduction velocity study', 'nerve conduction test', 'nerve conduction testing', 'nerve conduction'],
    cues: ['NCV*', 'nerve conduction*'],
  }),
  edx('electrodiagnostics/evoked-potentials', 'Somatosensory evoked potentials', { synonyms: ['SSEP', 'SSEPs', 'evoked potentials', 'evoked potential study'] }),
  group(EDX_GROUP, 'Electrodiagnostic testing', family('EMG/NCV/NCS'), {
    synonyms: ['electrodiagnostic studies', 'electrodiagnostics', 'electrodiagnostic study', 'EDX', 'EMG/NCV/NCS', 'electrodiagnostic tests'],
    cues: ['electrodiagnostic*'],
  }),
];

export const IMAGING: readonly ServiceRecord[] = [
  imaging('imaging/mr-arthrogram', 'MR arthrogram', {
    synonyms: ['MRI arthrogram', 'MR arthrography', 'MRI arthrography', 'magnetic resonance arthrography', 'MR arthrograms'],
    cues: ['MR arthrogra*', 'MRI arthrogra*'],
    broader: [IMAGING_GROUP, 'imaging/mri', 'imaging/arthrogram'],
  }),
  imaging('imaging/mri', 'MRI', {
    synonyms: ['magnetic resonance imaging', 'MRIs', 'MRI scan', 'MRI scans', 'magnetic resonance', 'MR imaging', 'MR', 'MARS MRI', 'open MRI', 'upright MRI', 'positional MRI', 'standing MRI', 'MRI study'],
    cues: ['MRI*'],
  }),
  imaging('imaging/ct', 'CT scan', {
    synonyms: ['CT', 'CAT scan', 'computed tomography', 'computerized tomography', 'CT scans', 'CAT scans', 'CT imaging'],
    cues: ['CT scan*', 'CAT scan*'],
  }),
  imaging('imaging/x-ray', 'X-ray', {
    synonyms: ['x-rays', 'xray', 'xrays', 'x ray', 'x rays', 'radiograph', 'radiographs', 'radiography', 'plain films', 'plain radiographs'],
    cues: ['x-ray*', 'xray*', 'x ray*', 'radiograph*'],
  }),
  imaging('imaging/bone-scan', 'Bone scan', {
    synonyms: ['bone scans', 'three phase bone scan', 'triple phase bone scan', '3 phase bone scan', 'bone scintigraphy', 'nuclear bone scan', 'scintigraphy'],
    cues: ['bone scan*'],
  }),
  imaging('imaging/bone-density', 'Bone density scan', { synonyms: ['DEXA', 'DXA', 'DEXA scan', 'bone density', 'bone densitometry', 'bone mineral density'] }),
  imaging('imaging/ultrasound', 'Diagnostic ultrasound', {
    synonyms: ['sonogram', 'ultrasonography', 'musculoskeletal ultrasound', 'MSK ultrasound', 'diagnostic ultrasound study'],
    // Alone, "ultrasound" in a request is the therapy (rehabilitation.ts); with "of" it is imaging.
    cues: ['ultrasound of', 'ultrasound guided', 'ultrasound-guided'],
    searchSynonyms: ['ultrasound', 'ultrasounds'],
  }),
  imaging('imaging/myelogram', 'Myelogram', { synonyms: ['myelography', 'CT myelogram'], cues: ['myelogra*'] }),
  imaging('imaging/discogram', 'Discogram', { synonyms: ['discography', 'provocative discography', 'provocative discogram'], cues: ['discogra*'] }),
  imaging('imaging/arthrogram', 'Arthrogram', { synonyms: ['arthrography', 'CT arthrogram'], cues: ['arthrogra*'] }),
  imaging('imaging/pet', 'PET scan', { synonyms: ['PET', 'PET/CT', 'positron emission tomography'] }),
  imaging('imaging/doppler', 'Doppler ultrasound', { synonyms: ['doppler', 'venous doppler', 'arterial doppler', 'duplex ultrasound', 'venous duplex', 'doppler study'] }),
  imaging('imaging/echocardiogram', 'Echocardiogram', { synonyms: ['echocardiography', 'echocardiograms'] }),
  group(IMAGING_GROUP, 'Imaging', family('Imaging/Radiology'), {
    synonyms: ['radiology', 'diagnostic imaging', 'imaging studies', 'imaging study', 'scan', 'scans'],
    cues: ['imaging', 'radiology', 'fluoroscop*', 'scan', 'scans'],
  }),
];

export const LAB_TESTS: readonly ServiceRecord[] = [
  lab('lab/urine-drug-screen', 'Urine drug screen', {
    synonyms: ['UDS', 'UDT', 'urine drug screens', 'urine drug screening', 'urine drug test', 'urine drug tests', 'urine drug testing', 'urine toxicology', 'urine toxicology screen', 'urine tox screen', 'drug screen', 'drug screens', 'drug screening', 'drug test', 'drug testing', 'toxicology screen', 'toxicology', 'qualitative urine drug screen', 'quantitative urine drug testing', 'urine drug confirmation'],
    cues: ['urine drug*', 'urine tox*', 'drug screen*', 'drug test*', 'toxicology'],
  }),
  lab('lab/urinalysis', 'Urinalysis', { synonyms: ['UA', 'urine analysis', 'urine test', 'urine tests', 'urine testing'], cues: ['urine test*'] }),
  lab('lab/complete-blood-count', 'Complete blood count', { synonyms: ['CBC', 'CBC with differential', 'hemogram'] }),
  lab('lab/metabolic-panel', 'Metabolic panel', {
    synonyms: ['CMP', 'BMP', 'comprehensive metabolic panel', 'basic metabolic panel', 'chem panel', 'chemistry panel', 'chem 7', 'chem 12', 'chemistry', 'electrolytes'],
  }),
  lab('lab/coagulation-studies', 'Coagulation studies', {
    synonyms: ['PT/PTT', 'PT/INR', 'PTT', 'INR', 'prothrombin time', 'partial thromboplastin time', 'coagulation panel', 'coags', 'PT/PTT/INR'],
  }),
  lab('lab/liver-function-tests', 'Liver function tests', { synonyms: ['LFT', 'LFTs', 'liver function test', 'liver function', 'liver function testing', 'hepatic panel', 'hepatic function panel'] }),
  lab('lab/renal-function-tests', 'Renal function tests', { synonyms: ['renal function', 'renal panel', 'kidney function tests', 'renal function test'] }),
  lab('lab/lipid-panel', 'Lipid panel', { synonyms: ['lipid profile', 'cholesterol panel'] }),
  lab('lab/hemoglobin-a1c', 'Hemoglobin A1c', { synonyms: ['A1C', 'HbA1c', 'glycated hemoglobin', 'hemoglobin A1C test'] }),
  lab('lab/genetic-testing', 'Genetic testing', {
    synonyms: ['genetic test', 'genetic tests', 'DNA testing', 'DNA test', 'pharmacogenetic testing', 'pharmacogenomic testing', 'cytokine DNA testing', 'genetic opioid risk testing'],
    cues: ['genetic test*', 'DNA test*'],
  }),
  lab('lab/pathology', 'Pathology', { synonyms: ['biopsy', 'surgical pathology', 'tissue pathology'] }),
  lab('lab/culture', 'Culture', { synonyms: ['wound culture', 'urine culture', 'blood culture'] }),
  group(LAB_GROUP, 'Laboratory tests', family('Lab & Pathology'), {
    synonyms: ['labs', 'lab tests', 'lab test', 'laboratory', 'laboratory testing', 'blood tests', 'blood test', 'blood work', 'bloodwork', 'lab work'],
    cues: ['lab', 'labs', 'laboratory', 'blood test*', 'blood work', 'bloodwork', 'lab work', 'lab test*', 'serum', 'hemoglobin'],
  }),
];

/**
 * Tests whose names hold another service's words: listed before every other service, so "trigger
 * point impedance imaging" (locating trigger points by skin impedance) is the test it is, not a
 * trigger point injection.
 */
export const TESTS_NAMED_LIKE_PROCEDURES: readonly ServiceRecord[] = [
  test('test/trigger-point-impedance-imaging', 'Trigger point impedance imaging', {
    synonyms: ['TPII', 'trigger point impedance', 'impedance imaging', 'trigger point impedance imaging (TPII)'],
    cues: ['impedance imaging', 'trigger point impedance'],
  }),
];

export const OTHER_TESTS: readonly ServiceRecord[] = [
  test('test/electrocardiogram', 'Electrocardiogram', { synonyms: ['EKG', 'ECG', 'EKGs', 'electrocardiography'], cues: ['electrocardiogra*'] }),
  test('test/electroencephalogram', 'Electroencephalogram', { synonyms: ['EEG', 'electroencephalography'], cues: ['electroencephalogra*'] }),
  test('test/functional-capacity-evaluation', 'Functional capacity evaluation', { synonyms: ['FCE', 'functional capacity exam', 'functional capacity assessment', 'functional capacity testing'] }),
  test('test/range-of-motion-testing', 'Range of motion testing', {
    synonyms: ['range of motion test', 'ROM testing', 'ROM test', 'computerized range of motion', 'computerized range of motion testing', 'range of motion measurement'],
    // "Range of motion of test" is how one real letter wrote it.
    cues: ['range of motion test*', 'range of motion of test', 'ROM test*'],
  }),
  test('test/grip-strength-testing', 'Grip strength testing', { synonyms: ['grip test', 'grip strength test', 'Jamar', 'Jamar grip test', 'Jamar dynamometer', 'hand dynamometer'], cues: ['grip test*'] }),
  test('test/muscle-testing', 'Muscle testing', { synonyms: ['manual muscle testing', 'muscle test', 'computerized muscle testing', 'muscle strength testing'], cues: ['muscle test*'] }),
  test('test/sleep-study', 'Sleep study', { synonyms: ['polysomnography', 'polysomnogram', 'PSG', 'sleep studies'], cues: ['polysomnogra*'] }),
  test('test/audiometry', 'Audiometry', { synonyms: ['audiogram', 'hearing test', 'audiometric testing', 'audiological evaluation'], cues: ['audiogra*', 'audiometr*'] }),
  test('test/pulmonary-function-test', 'Pulmonary function test', { synonyms: ['PFT', 'PFTs', 'pulmonary function', 'pulmonary function testing', 'spirometry'] }),
  test('test/stress-test', 'Cardiac stress test', { synonyms: ['stress test', 'treadmill stress test', 'exercise stress test', 'nuclear stress test'] }),
  test('test/quantitative-sensory-testing', 'Quantitative sensory testing', { synonyms: ['QST', 'quantitative sensory test'], cues: ['quantitative sensory'] }),
  test('test/videonystagmography', 'Videonystagmography', { synonyms: ['VNG', 'videonystagmogram'], cues: ['videonystagmogra*'] }),
  group(OTHER_GROUP, 'Other diagnostic tests', family('Other'), { synonyms: ['diagnostic tests', 'diagnostic testing (other)'], cues: ['QFSE', 'diagnostic test*'] }),
  category('DIAGNOSTIC_TESTING', 'Diagnostic testing', { synonyms: ['diagnostics', 'diagnostic studies', 'diagnostic services'] }),
];
