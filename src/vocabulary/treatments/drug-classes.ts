/**
 * Drug classes (DWC's pharmaceutical subcategories) as concepts, the names of ingredients beyond
 * their generic name, and the Pharmaceuticals category. A drug's class and ingredients are its
 * broader concepts: "opioids" finds every opioid, "hydrocodone" every product holding it.
 */
import { category, type ServiceRecord } from './records.js';
import { DRUG_CLASSES, type DrugClass } from './drugs.js';

export interface DrugClassRecord {
  id: string;
  name: DrugClass;
  synonyms: readonly string[];
}

const C = DRUG_CLASSES;

export const DRUG_CLASS_RECORDS: readonly DrugClassRecord[] = [
  { id: 'class/opioids', name: C.opioids, synonyms: ['opioid', 'opiates', 'opiate', 'narcotics', 'narcotic', 'narcotic analgesics', 'opioid analgesics', 'opioid medications'] },
  { id: 'class/opioid-antagonists', name: C.opioidAntagonist, synonyms: ['opioid antagonists', 'opioid reversal agents', 'opioid overdose reversal'] },
  { id: 'class/opioid-induced-constipation', name: C.opioidInducedConstipation, synonyms: ['OIC', 'opioid induced constipation', 'opioid-induced constipation treatment', 'PAMORA', 'PAMORAs'] },
  { id: 'class/laxatives', name: C.laxatives, synonyms: ['laxative', 'stool softener', 'stool softeners'] },
  { id: 'class/muscle-relaxants', name: C.muscleRelaxant, synonyms: ['muscle relaxants', 'skeletal muscle relaxant', 'skeletal muscle relaxants', 'antispasmodic', 'antispasmodics', 'antispasticity drugs'] },
  { id: 'class/nsaids', name: C.nsaid, synonyms: ['NSAIDs', 'non-steroidal anti-inflammatory drugs', 'nonsteroidal anti-inflammatory drugs', 'non-steroidal anti-inflammatory drug', 'anti-inflammatory', 'anti-inflammatories', 'anti-inflammatory drugs', 'COX-2 inhibitors'] },
  { id: 'class/topical-analgesics', name: C.topicalAnalgesics, synonyms: ['topical analgesic', 'topicals', 'topical pain relievers', 'topical medications'] },
  { id: 'class/topical-compounds', name: C.topicalCompounds, synonyms: ['topical compound', 'compound', 'compounds', 'compounded', 'compounded medications', 'compounded topicals', 'compound cream', 'compound creams', 'compounded creams'] },
  { id: 'class/proton-pump-inhibitors', name: C.ppi, synonyms: ['PPI', 'PPIs', 'proton pump inhibitor'] },
  { id: 'class/h2-blockers', name: C.h2Blocker, synonyms: ['H2 blockers', 'H2 antagonists', 'H2 receptor antagonists', 'H2RA'] },
  { id: 'class/anti-epilepsy-drugs', name: C.antiEpilepsy, synonyms: ['AED', 'AEDs', 'antiepilepsy drugs', 'anti-epileptic drugs', 'antiepileptic drugs', 'antiepileptics', 'anticonvulsant', 'anticonvulsants', 'gabapentinoids'] },
  { id: 'class/antidepressants', name: C.antidepressant, synonyms: ['antidepressants', 'SSRI', 'SSRIs', 'SNRI', 'SNRIs', 'tricyclic antidepressants', 'TCA', 'TCAs'] },
  { id: 'class/anti-anxiety', name: C.antiAnxiety, synonyms: ['anxiolytic', 'anxiolytics', 'anti-anxiety medications', 'antianxiety'] },
  { id: 'class/benzodiazepines', name: C.benzodiazepine, synonyms: ['benzodiazepines', 'benzos'] },
  { id: 'class/sedative-hypnotics', name: C.sedativeHypnotics, synonyms: ['sedative-hypnotic', 'sedatives', 'sedative', 'hypnotics', 'sleep aids', 'sleep aid', 'sleep medications', 'insomnia medications'] },
  { id: 'class/antiemetics', name: C.antiemetic, synonyms: ['antiemetics', 'anti-nausea medications', 'antinauseants'] },
  { id: 'class/stimulants', name: C.stimulants, synonyms: ['stimulant', 'wakefulness-promoting agents'] },
  { id: 'class/hormones', name: C.hormones, synonyms: ['hormone', 'hormone therapy', 'hormone replacement'] },
  { id: 'class/corticosteroids', name: C.corticosteroids, synonyms: ['corticosteroid', 'oral steroids', 'oral corticosteroids', 'glucocorticoids'] },
  { id: 'class/misc-analgesics', name: C.miscAnalgesics, synonyms: ['miscellaneous analgesics', 'other analgesics', 'non-opioid analgesics'] },
  { id: 'class/local-anesthetics', name: C.localAnesthetic, synonyms: ['local anesthetics', 'anesthetics'] },
  { id: 'class/erectile-dysfunction', name: C.erectileDysfunction, synonyms: ['erectile dysfunction drugs', 'ED medications', 'PDE5 inhibitors'] },
  { id: 'class/migraine', name: C.migraine, synonyms: ['migraine medications', 'antimigraine', 'triptans', 'triptan'] },
  { id: 'class/medical-foods', name: C.medicalFood, synonyms: ['medical foods'] },
  { id: 'class/dietary-supplements', name: C.supplements, synonyms: ['supplements', 'supplement', 'dietary supplement', 'nutritional supplements', 'vitamins'] },
  { id: 'class/antihistamines', name: C.antihistamine, synonyms: ['antihistamines'] },
  { id: 'class/antihypertensives', name: C.antihypertensive, synonyms: ['antihypertensives', 'blood pressure medications'] },
  { id: 'class/antidiabetics', name: C.antidiabetic, synonyms: ['antidiabetics', 'diabetes medications'] },
  { id: 'class/antipsychotics', name: C.antipsychotic, synonyms: ['antipsychotics', 'neuroleptics'] },
  { id: 'class/gastrointestinal', name: C.gastrointestinal, synonyms: ['gastrointestinal agents', 'GI medications'] },
  { id: 'class/other-drugs', name: C.other, synonyms: ['other drugs', 'other medications'] },
];

/** Ways of naming an ingredient beyond its generic name (which is always one). */
export const INGREDIENT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  acetaminophen: ['APAP', 'paracetamol'],
  hydrocodone: ['hydrocodone bitartrate'],
  oxycodone: ['oxycodone HCL', 'oxycodone hydrochloride'],
  tramadol: ['tramadol HCL', 'tramadol hydrochloride'],
  cyclobenzaprine: ['cyclobenzaprine HCL'],
  diclofenac: ['diclofenac sodium', 'diclofenac potassium', 'diclofenac epolamine'],
  naproxen: ['naproxen sodium'],
  morphine: ['morphine sulfate'],
  'methyl salicylate': ['wintergreen oil'],
  'vitamin D': ['cholecalciferol'],
  'vitamin B12': ['cyanocobalamin'],
};

export const PHARMACEUTICALS_CATEGORY: ServiceRecord = category('PHARMACEUTICALS', 'Pharmaceuticals', {
  synonyms: ['medications', 'medication', 'drugs', 'drug', 'prescriptions', 'prescription drugs', 'meds', 'pharmacy'],
});
