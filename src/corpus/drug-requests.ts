/**
 * Medication requests, written the ways requests write them: "Norco 10/325mg #120",
 * "Hydrocodone 10/325 #90", "Vicodin 5/300", "120 tablets of Norco 10/325 mg with 2 refills",
 * "Ultram 50mg QTY: 60.00", "Retro Norco 10/325mg #120 (DOS 11/18/16)".
 */
import { isoOf, writeDate } from './calendar.js';
import type { Kind, MtusOption, RequestContext, WrittenRequest } from './kinds.js';
import type { RationaleFamily } from './rationales.js';

interface Drug {
  /** The name as the request writes it (brand or generic). */
  name: string;
  /** Strengths: "10/325mg", "5mcg/hr", "5%", or a bare ratio "10/325" (written without a unit). */
  strengths: readonly string[];
  quantities: readonly number[];
  form: 'tablets' | 'capsules' | 'patches' | 'tubes';
  /** Chronic Pain guideline sections about this drug in particular. */
  sections?: readonly string[];
  /** Some ways of writing a request do not fit a drug (a patch has no "tablets of"). */
  noRefills?: true;
}

const STRENGTH = /^(\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?)(mg|mcg\/hr|%)?$/;

/** The strength as written in the request, and as the parser reports it ("10/325mg" → "10/325 mg"). */
function writeStrength(strength: string, spaced: boolean): { written: string; parsed: string } {
  const match = STRENGTH.exec(strength);
  if (!match) throw new Error(`Unreadable strength in the drug table: ${strength}`);
  const [, value, unit] = match as unknown as [string, string, string | undefined];
  if (unit === undefined) return { written: value, parsed: value };
  if (unit === '%') return { written: `${value}%`, parsed: `${value}%` };
  return { written: `${value}${spaced ? ' ' : ''}${unit}`, parsed: `${value} ${unit}` };
}

const refillWords = (n: number) => `${n} refill${n === 1 ? '' : 's'}`;

/** One request for `drug`, in one of the ways requests are written (shares roughly as in the real letters). */
function writeDrugRequest(drug: Drug, context: RequestContext): WrittenRequest {
  const { draw } = context;
  const strength = writeStrength(draw.pick(drug.strengths), draw.chance(0.25));
  const quantity = draw.pick(drug.quantities);
  const named = `${drug.name} ${strength.written}`;
  const request = (text: string, q: number | null, refills: number | null = null, extra: Partial<WrittenRequest> = {}): WrittenRequest => ({
    text,
    treatment: { nameContains: drug.name, strength: strength.parsed, quantity: q, refills, retrospective: false },
    noun: drug.name,
    ...extra,
  });
  const form = draw.int(0, 99);
  if (form < 40) return request(`${named} #${quantity}`, quantity);
  if (form < 52) return request(`${named} QTY: ${quantity}.00`, quantity);
  if (form < 64 && drug.noRefills === undefined) {
    const refills = draw.int(1, 3);
    return request(`${quantity} ${drug.form} of ${named} with ${refillWords(refills)}`, quantity, refills);
  }
  if (form < 72 && drug.noRefills === undefined) {
    const refills = draw.int(1, 5);
    return request(`${named} #${quantity} with ${refillWords(refills)}`, quantity, refills);
  }
  if (form < 80) return request(named, null);
  if (form < 86) return request(`${named} quantity ${quantity}`, quantity);
  if (form < 93) {
    // Medication already dispensed, with its date of service.
    const serviceDay = context.urDay - draw.int(5, 45);
    const lead = draw.pick(['Retro', 'Retrospective', 'Retrospective request for']);
    const written = request(`${lead} ${named} #${quantity} (DOS ${writeDate(serviceDay, draw.pick(['shortYear', 'slash'] as const))})`, quantity);
    return { ...written, treatment: { ...written.treatment, retrospective: true, serviceDate: isoOf(serviceDay) } };
  }
  if (quantity < 30) return request(`${named} #${quantity}`, quantity);
  // UR authorized part of the supply (enough to wean); the rest went to IMR.
  const authorizedQuantity = Math.round(quantity / 20) * 10;
  const original = `${named} #${quantity}`;
  const authorized = `${named} #${authorizedQuantity}`;
  if (draw.chance(0.5)) return request(original, quantity, null, { modified: { original, authorized, wording: 'authorizedFirst' } });
  const remaining = quantity - authorizedQuantity;
  return request(`${named} #${remaining}`, remaining, null, { modified: { original, authorized, wording: 'remainingPortion' } });
}

const TABLETS = [30, 60, 90, 120, 150, 180] as const;
const FEW_TABLETS = [30, 60, 90] as const;

interface DrugKindSpec {
  key: string;
  weight: number;
  overturnRate: number;
  family: RationaleFamily;
  drugs: readonly Drug[];
  mtus: readonly MtusOption[];
  odg: Kind['odg'];
  acoem?: string;
  outsideMtus?: boolean;
}

function drugKind(spec: DrugKindSpec): Kind {
  return {
    key: spec.key,
    weight: spec.weight,
    overturnRate: spec.overturnRate,
    family: spec.family,
    mtus: spec.mtus,
    odg: spec.odg,
    ...(spec.acoem ? { acoem: spec.acoem } : {}),
    ...(spec.outsideMtus ? { outsideMtus: true } : {}),
    write(context) {
      const drug = context.draw.pick(spec.drugs);
      const request = writeDrugRequest(drug, context);
      return drug.sections ? { ...request, sections: drug.sections } : request;
    },
  };
}

const PAIN_CHAPTERS = ['Pain (Chronic)', 'Pain'] as const;

export const DRUG_KINDS: readonly Kind[] = [
  drugKind({
    key: 'opioid',
    weight: 11,
    overturnRate: 0.1,
    family: 'opioid',
    drugs: [
      { name: 'Norco', strengths: ['10/325mg', '10/325mg', '7.5/325mg', '5/325mg', '10/325'], quantities: TABLETS, form: 'tablets', sections: ['Hydrocodone/Acetaminophen'] },
      { name: 'Vicodin', strengths: ['5/300', '7.5/300', '10/300'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Hydrocodone/Acetaminophen'] },
      { name: 'Hydrocodone', strengths: ['10/325', '7.5/325', '10/325mg'], quantities: TABLETS, form: 'tablets' },
      { name: 'Hydrocodone/APAP', strengths: ['10/325mg', '7.5/325mg'], quantities: TABLETS, form: 'tablets', sections: ['Hydrocodone/Acetaminophen'] },
      { name: 'Percocet', strengths: ['5/325mg', '10/325mg'], quantities: TABLETS, form: 'tablets', sections: ['Oxycodone'] },
      { name: 'Oxycodone', strengths: ['5mg', '10mg', '15mg', '30mg'], quantities: TABLETS, form: 'tablets', sections: ['Oxycodone'] },
      { name: 'OxyContin', strengths: ['10mg', '20mg', '40mg'], quantities: [30, 60, 90], form: 'tablets', sections: ['Oxycodone'] },
      { name: 'Tramadol', strengths: ['50mg'], quantities: TABLETS, form: 'tablets', sections: ['Tramadol (Ultram)'] },
      { name: 'Tramadol ER', strengths: ['100mg', '150mg', '200mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Tramadol (Ultram)'] },
      { name: 'Ultram', strengths: ['50mg'], quantities: TABLETS, form: 'tablets', sections: ['Tramadol (Ultram)'] },
      { name: 'Ultracet', strengths: ['37.5/325mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Tramadol (Ultram)'] },
      { name: 'Nucynta', strengths: ['50mg', '75mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Tapentadol (Nucynta)'] },
      { name: 'Nucynta ER', strengths: ['100mg', '150mg'], quantities: [60], form: 'tablets', sections: ['Tapentadol (Nucynta)'] },
      { name: 'MS Contin', strengths: ['15mg', '30mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Morphine sulfate'] },
      { name: 'Butrans', strengths: ['5mcg/hr', '10mcg/hr', '20mcg/hr'], quantities: [4, 8], form: 'patches', sections: ['Buprenorphine', 'Butrans'], noRefills: true },
      { name: 'Duragesic', strengths: ['25mcg/hr', '50mcg/hr'], quantities: [10, 15], form: 'patches', sections: ['Fentanyl transdermal (Duragesic)'], noRefills: true },
      { name: 'Dilaudid', strengths: ['2mg', '4mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Hydromorphone'] },
    ],
    mtus: [
      {
        part: 'chronicPain',
        sections: [
          'Opioids, criteria for use', 'Opioids, criteria for use', 'Opioids, specific drug list', 'Opioids, long-term assessment',
          'Weaning of Medications', 'Criteria for use of opioids', 'Opioids for chronic pain', 'Opioids, dosing', 'Opioids, steps to avoid misuse/addiction',
        ],
      },
      {
        part: 'opioidTreatment',
        sections: [
          '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
          '3.3.3 Opioids for Chronic Pain and Chronic Opioid Treatment: Initiation of Chronic Opioid Treatment',
          '3.3.7.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Clinically Meaningful Improvement of Pain and Function',
          '4.1 Tapering Opioids: Indications for Tapering Opioids',
        ],
      },
    ],
    odg: { chapters: PAIN_CHAPTERS, topics: ['Opioids, criteria for use', 'Opioids for chronic pain', 'Opioids, specific drug list'] },
    acoem: 'Opioids',
  }),
  drugKind({
    key: 'muscleRelaxant',
    weight: 5,
    overturnRate: 0.05,
    family: 'medication',
    drugs: [
      { name: 'Flexeril', strengths: ['7.5mg', '10mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Cyclobenzaprine (Flexeril)'] },
      { name: 'Cyclobenzaprine', strengths: ['7.5mg', '10mg', '5mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Cyclobenzaprine (Flexeril)'] },
      { name: 'Fexmid', strengths: ['7.5mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Cyclobenzaprine (Flexeril)'] },
      { name: 'Soma', strengths: ['350mg', '250mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Carisoprodol (Soma)'] },
      { name: 'Carisoprodol', strengths: ['350mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Carisoprodol (Soma)'] },
      { name: 'Zanaflex', strengths: ['4mg', '2mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Tizanidine (Zanaflex)'] },
      { name: 'Tizanidine', strengths: ['4mg', '2mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Tizanidine (Zanaflex)'] },
      { name: 'Skelaxin', strengths: ['800mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Methocarbamol', strengths: ['500mg', '750mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Baclofen', strengths: ['10mg', '20mg'], quantities: FEW_TABLETS, form: 'tablets', sections: ['Baclofen (Lioresal)'] },
    ],
    mtus: [{ part: 'chronicPain', sections: ['Muscle relaxants (for pain)', 'Muscle relaxants (for pain)', 'Antispasmodic drugs', 'Muscle relaxants'] }],
    odg: { chapters: PAIN_CHAPTERS, topics: ['Muscle relaxants (for pain)'] },
  }),
  drugKind({
    key: 'nsaid',
    weight: 4,
    overturnRate: 0.2,
    family: 'medication',
    drugs: [
      { name: 'Motrin', strengths: ['800mg', '600mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Ibuprofen', strengths: ['800mg', '600mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Naproxen', strengths: ['500mg', '550mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Naproxen sodium', strengths: ['550mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Anaprox DS', strengths: ['550mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Celebrex', strengths: ['200mg', '100mg'], quantities: [30, 60], form: 'capsules', sections: ['Celebrex (celecoxib)'] },
      { name: 'Mobic', strengths: ['7.5mg', '15mg'], quantities: [30, 60], form: 'tablets' },
      { name: 'Meloxicam', strengths: ['15mg', '7.5mg'], quantities: [30, 60], form: 'tablets' },
      { name: 'Relafen', strengths: ['500mg', '750mg'], quantities: FEW_TABLETS, form: 'tablets' },
      { name: 'Etodolac', strengths: ['400mg'], quantities: FEW_TABLETS, form: 'tablets' },
    ],
    mtus: [
      { part: 'chronicPain', sections: ['NSAIDs (non-steroidal anti-inflammatory drugs)', 'NSAIDs, specific drug list & adverse effects', 'Anti-inflammatory medications'] },
      { part: 'region', sections: ['Medications', 'Initial Care'] },
    ],
    odg: { chapters: PAIN_CHAPTERS, topics: ['NSAIDs (non-steroidal anti-inflammatory drugs)'] },
  }),
  drugKind({
    key: 'gastroprotective',
    weight: 3,
    overturnRate: 0.14,
    family: 'medication',
    drugs: [
      { name: 'Prilosec', strengths: ['20mg'], quantities: [30, 60], form: 'capsules' },
      { name: 'Omeprazole', strengths: ['20mg', '40mg'], quantities: [30, 60, 90], form: 'capsules' },
      { name: 'Protonix', strengths: ['20mg', '40mg'], quantities: [30, 60], form: 'tablets' },
      { name: 'Pantoprazole', strengths: ['20mg', '40mg'], quantities: [30, 60], form: 'tablets' },
      { name: 'Nexium', strengths: ['40mg'], quantities: [30], form: 'capsules' },
      { name: 'Ranitidine', strengths: ['150mg'], quantities: [60], form: 'tablets' },
    ],
    mtus: [{ part: 'chronicPain', sections: ['NSAIDs, GI symptoms & cardiovascular risk', 'NSAIDs, GI symptoms & cardiovascular risk', 'Proton Pump Inhibitors (PPIs)'] }],
    odg: { chapters: PAIN_CHAPTERS, topics: ['Proton pump inhibitors (PPIs)'] },
  }),
  drugKind({
    key: 'antiEpileptic',
    weight: 3,
    overturnRate: 0.22,
    family: 'medication',
    drugs: [
      { name: 'Neurontin', strengths: ['300mg', '600mg'], quantities: TABLETS, form: 'capsules', sections: ['Gabapentin (Neurontin)'] },
      { name: 'Gabapentin', strengths: ['300mg', '600mg', '800mg'], quantities: TABLETS, form: 'capsules', sections: ['Gabapentin (Neurontin)'] },
      { name: 'Lyrica', strengths: ['50mg', '75mg', '150mg'], quantities: [60, 90], form: 'capsules', sections: ['Pregabalin (Lyrica)'] },
      { name: 'Topamax', strengths: ['25mg', '50mg'], quantities: [60], form: 'tablets', sections: ['Topiramate (Topamax)'] },
    ],
    mtus: [{ part: 'chronicPain', sections: ['Anti-epilepsy drugs (AEDs)', 'Antiepilepsy drugs (AEDs) for pain'] }],
    odg: { chapters: PAIN_CHAPTERS, topics: ['Anti-epilepsy drugs (AEDs)'] },
  }),
  drugKind({
    key: 'antidepressant',
    weight: 2,
    overturnRate: 0.24,
    family: 'medication',
    drugs: [
      { name: 'Cymbalta', strengths: ['30mg', '60mg'], quantities: [30, 60], form: 'capsules', sections: ['Duloxetine (Cymbalta)'] },
      { name: 'Duloxetine', strengths: ['30mg', '60mg'], quantities: [30, 60], form: 'capsules', sections: ['Duloxetine (Cymbalta)'] },
      { name: 'Elavil', strengths: ['10mg', '25mg'], quantities: [30, 60], form: 'tablets', sections: ['Amitriptyline'] },
      { name: 'Amitriptyline', strengths: ['10mg', '25mg'], quantities: [30, 60], form: 'tablets', sections: ['Amitriptyline'] },
      { name: 'Trazodone', strengths: ['50mg', '100mg'], quantities: [30, 60], form: 'tablets' },
      { name: 'Effexor XR', strengths: ['75mg', '150mg'], quantities: [30], form: 'capsules', sections: ['Venlafaxine (Effexor)'] },
    ],
    mtus: [{ part: 'chronicPain', sections: ['Antidepressants for chronic pain', 'SNRIs (serotonin noradrenaline reuptake inhibitors)'] }],
    odg: { chapters: ['Mental Illness & Stress', 'Pain (Chronic)'], topics: ['Antidepressants for treatment of MDD'] },
  }),
  drugKind({
    key: 'sleepAid',
    weight: 2,
    overturnRate: 0.06,
    family: 'medication',
    drugs: [
      { name: 'Ambien', strengths: ['5mg', '10mg'], quantities: [30], form: 'tablets' },
      { name: 'Zolpidem', strengths: ['5mg', '10mg'], quantities: [30], form: 'tablets' },
      { name: 'Lunesta', strengths: ['2mg', '3mg'], quantities: [30], form: 'tablets' },
      { name: 'Restoril', strengths: ['15mg', '30mg'], quantities: [30], form: 'capsules' },
    ],
    mtus: [],
    outsideMtus: true,
    odg: { chapters: ['Pain (Chronic)', 'Mental Illness & Stress'], topics: ['Insomnia treatment'] },
  }),
  drugKind({
    key: 'benzodiazepine',
    weight: 1,
    overturnRate: 0.04,
    family: 'medication',
    drugs: [
      { name: 'Xanax', strengths: ['0.5mg', '1mg'], quantities: [30, 60], form: 'tablets', sections: ['Alprazolam (Xanax)'] },
      { name: 'Alprazolam', strengths: ['0.5mg', '0.25mg'], quantities: [30, 60], form: 'tablets', sections: ['Alprazolam (Xanax)'] },
      { name: 'Valium', strengths: ['5mg', '10mg'], quantities: [30, 60], form: 'tablets', sections: ['Diazepam (Valium)'] },
      { name: 'Klonopin', strengths: ['0.5mg', '1mg'], quantities: [30, 60], form: 'tablets' },
    ],
    mtus: [{ part: 'chronicPain', sections: ['Benzodiazepines'] }],
    odg: { chapters: ['Pain (Chronic)', 'Mental Illness & Stress'], topics: ['Benzodiazepines'] },
  }),
  drugKind({
    key: 'topical',
    weight: 5,
    overturnRate: 0.05,
    family: 'topical',
    drugs: [
      { name: 'Lidoderm', strengths: ['5%'], quantities: [30, 60, 90], form: 'patches', sections: ['Lidoderm (lidocaine patch)'], noRefills: true },
      { name: 'Lidocaine patch', strengths: ['5%'], quantities: [30, 60], form: 'patches', sections: ['Lidoderm (lidocaine patch)', 'Lidocaine'], noRefills: true },
      { name: 'Voltaren gel', strengths: ['1%'], quantities: [1, 2, 3], form: 'tubes', sections: ['Voltaren Gel (diclofenac)'] },
      { name: 'Flector patch', strengths: ['1.3%'], quantities: [30, 60], form: 'patches', noRefills: true },
      { name: 'Capsaicin cream', strengths: ['0.025%', '0.075%'], quantities: [1, 2], form: 'tubes', sections: ['Capsaicin, topical'] },
      { name: 'Ketoprofen cream', strengths: ['10%', '20%'], quantities: [1, 2], form: 'tubes', sections: ['Ketoprofen', 'Topical analgesics, compounded'] },
    ],
    mtus: [{ part: 'chronicPain', sections: ['Topical analgesics', 'Topical analgesics', 'Compound drugs', 'Salicylate topicals'] }],
    odg: { chapters: PAIN_CHAPTERS, topics: ['Topical analgesics', 'Lidoderm (lidocaine patch)'] },
  }),
  drugKind({
    key: 'antiemetic',
    weight: 0.6,
    overturnRate: 0.05,
    family: 'medication',
    drugs: [
      { name: 'Zofran', strengths: ['4mg', '8mg'], quantities: [10, 20, 30], form: 'tablets' },
      { name: 'Ondansetron', strengths: ['4mg', '8mg'], quantities: [10, 20, 30], form: 'tablets' },
    ],
    mtus: [],
    outsideMtus: true,
    odg: { chapters: PAIN_CHAPTERS, topics: ['Antiemetics (for opioid nausea)'] },
  }),
  drugKind({
    key: 'laxative',
    weight: 0.6,
    overturnRate: 0.3,
    family: 'medication',
    drugs: [
      { name: 'Colace', strengths: ['100mg', '250mg'], quantities: [60, 90], form: 'capsules' },
      { name: 'Docusate sodium', strengths: ['100mg'], quantities: [60, 90], form: 'capsules' },
      { name: 'Movantik', strengths: ['12.5mg', '25mg'], quantities: [30], form: 'tablets' },
    ],
    mtus: [{ part: 'chronicPain', sections: ['Opioid-induced constipation treatment', 'Opioids, criteria for use'] }],
    odg: { chapters: PAIN_CHAPTERS, topics: ['Opioid-induced constipation treatment'] },
  }),
];
