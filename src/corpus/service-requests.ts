/**
 * Requests for everything that is not a medication: imaging, electrodiagnostics, therapy,
 * injections, surgery, equipment, testing, visits, psychological care, programs, transportation.
 * Each writer returns the request as written and what the parser must read from it; a quantity
 * is stated only where the request writes a count ("12 sessions", "2 times a week for 4 weeks",
 * "x 4"), and left unstated where the count is a judgement ("1 to 2 times a week for 6 weeks").
 */
import { isoOf, writeDate } from './calendar.js';
import type { TreatmentFacts } from './facts.js';
import { capitalize, NUMBER_WORDS, type Kind, type RequestContext, type WrittenRequest } from './kinds.js';
import type { Draw } from './random.js';
import { regionPhrase, type RegionKey } from './regions.js';

const SPINE: readonly RegionKey[] = ['lumbar', 'cervical'];
const LIMBS: readonly RegionKey[] = ['shoulder', 'knee', 'wrist', 'elbow', 'ankle', 'hip'];
const UPPER: ReadonlySet<RegionKey> = new Set(['cervical', 'shoulder', 'elbow', 'wrist']);

function service(text: string, nameContains: string, noun: string, quantity: number | null | undefined, extra: Partial<WrittenRequest> = {}): WrittenRequest {
  const treatment: TreatmentFacts = { nameContains, retrospective: false };
  if (quantity !== undefined) treatment.quantity = quantity;
  return { text, treatment, noun, ...extra };
}

/** "2 times a week for 4 weeks" and its spellings, with the number of visits it makes. */
function frequency(draw: Draw): { text: string; visits: number } {
  const perWeek = draw.pick([1, 2, 2, 3]);
  const weeks = draw.pick([2, 3, 4, 4, 6]);
  const style = draw.int(0, 5);
  if (style === 0) return { text: `${perWeek}x${weeks}`, visits: perWeek * weeks };
  if (style === 1) return { text: `${NUMBER_WORDS[perWeek]} times a week for ${NUMBER_WORDS[weeks]} weeks`, visits: perWeek * weeks };
  if (style === 2 && perWeek === 2) return { text: `twice a week for ${weeks} weeks`, visits: perWeek * weeks };
  const times = perWeek === 1 ? 'time' : 'times';
  return { text: `${perWeek} ${times} a week for ${weeks} weeks`, visits: perWeek * weeks };
}

function sessions(draw: Draw, counts: readonly number[]): { text: string; count: number } {
  const count = draw.pick(counts);
  const style = draw.int(0, 2);
  if (style === 0 && count <= 12) return { text: `${capitalize(NUMBER_WORDS[count]!)} (${count})`, count };
  return { text: String(count), count };
}

/** A course of therapy ("Physical therapy"), written with a frequency, a session count, or as UR modified it. */
function therapyCourse(context: RequestContext, name: string, noun: string, modifiable: boolean): WrittenRequest {
  const { draw } = context;
  const where = regionPhrase(context.region, context.side);
  const style = draw.int(0, 9);
  if (style <= 3) {
    const f = frequency(draw);
    return service(`${name} ${f.text} for ${where}`, name, noun, f.visits);
  }
  if (style <= 5) {
    const s = sessions(draw, [6, 8, 10, 12]);
    return s.text.includes('(')
      ? service(`${s.text} sessions of ${noun} for ${where}`, noun, noun, s.count)
      : service(`${name}, ${s.count} sessions, ${where.replace(/^the /, '')}`, name, noun, s.count);
  }
  if (style <= 7) {
    const f = frequency(draw);
    return service(`Additional ${noun} ${f.text}`, noun, noun, f.visits);
  }
  if (!modifiable || style === 8) {
    const count = draw.pick([6, 8, 12]);
    return service(`${name} x ${count}`, name, noun, count);
  }
  const requested = draw.pick([8, 12, 18]);
  const authorized = requested === 8 ? 6 : requested === 12 ? 6 : 12;
  const original = `${name} ${requested} sessions for ${where}`;
  const granted = `${name} ${authorized} sessions for ${where}`;
  const remaining = `${name} ${requested - authorized} sessions for ${where}`;
  return service(remaining, name, noun, requested - authorized, { modified: { original, authorized: granted, wording: 'remainingPortion' } });
}

function sidePrefix(context: RequestContext): string {
  return context.region.isLimb && context.side ? `${capitalize(context.side)} ` : '';
}

function spinalLevels(context: RequestContext, draw: Draw): string {
  const levels = context.region.levels.length > 0 ? context.region.levels : ['L4-L5', 'L5-S1'];
  const first = draw.int(0, levels.length - 1);
  const pair = first + 1 < levels.length && draw.chance(0.4);
  return pair ? `${levels[first]} and ${levels[first + 1]}` : levels[first]!;
}

const spineSide = (draw: Draw) => draw.pick(['left ', 'right ', 'bilateral ', '']);

export const SERVICE_KINDS: readonly Kind[] = [
  {
    key: 'imaging',
    weight: 6,
    overturnRate: 0.16,
    family: 'diagnostic',
    mtus: [{ part: 'region', sections: ['Special Studies', 'Special Studies', 'Special Studies and Diagnostic and Treatment Considerations', 'Diagnostic Criteria', 'Summary'] }],
    odg: { chapters: 'region', topics: [] },
    acoem: 'region',
    write(context) {
      const { draw, region } = context;
      const modality = draw.pick(region.imaging);
      const where = regionPhrase(region, context.side);
      const topic = modality === 'MRI' ? 'Magnetic resonance imaging (MRI)' : modality === 'CT scan' ? 'Computed tomography (CT)' : 'Radiography (x-rays)';
      const lead = draw.pick(['', '', '', 'Repeat ', 'Outpatient ']);
      const tail = modality === 'MRI' ? draw.pick(['', '', ' without contrast', ' with and without contrast']) : '';
      return service(`${lead}${modality} of ${where}${tail}`, modality === 'X-ray' ? 'X-ray' : modality === 'CT scan' ? 'CT' : 'MRI', `the ${modality}`, null, { topics: [topic] });
    },
  },
  {
    key: 'electrodiagnostic',
    weight: 3,
    overturnRate: 0.14,
    family: 'diagnostic',
    mtus: [
      { part: 'chronicPain', sections: ['Electrodiagnostic testing (EMG/NCS)'] },
      { part: 'region', sections: ['Special Studies', 'Diagnostic Criteria'] },
    ],
    odg: { chapters: 'region', topics: ['Electrodiagnostic studies (EDS)', 'Nerve conduction studies (NCS)'] },
    write(context) {
      const { draw } = context;
      const limbs = UPPER.has(context.region.key) ? 'upper extremities' : 'lower extremities';
      const test = draw.pick(['EMG/NCV', 'EMG/NCV', 'EMG/NCS', 'NCV', 'Electromyography']);
      const both = draw.pick(['the bilateral ', 'the ', 'bilateral ']);
      return service(`${test} of ${both}${limbs}`, test === 'Electromyography' ? 'Electromyography' : test.split('/')[0]!, 'electrodiagnostic testing', null);
    },
  },
  {
    key: 'physicalTherapy',
    weight: 6,
    overturnRate: 0.26,
    family: 'therapy',
    mtus: [
      { part: 'chronicPain', sections: ['Physical medicine treatment', 'Physical Medicine', 'Exercise'] },
      { part: 'region', sections: ['Physical Methods', 'Initial Care'] },
    ],
    odg: { chapters: 'region', topics: ['Physical therapy'] },
    write: (context) => therapyCourse(context, 'Physical therapy', 'physical therapy', true),
  },
  {
    key: 'chiropractic',
    weight: 2.5,
    overturnRate: 0.18,
    family: 'therapy',
    mtus: [{ part: 'chronicPain', sections: ['Manual therapy & manipulation', 'Manual therapy & manipulation', 'Chiropractic'] }],
    odg: { chapters: ['Chiropractic Guidelines'], topics: ['Manipulation'] },
    regions: [...SPINE, 'shoulder', 'hip'],
    write: (context) => therapyCourse(context, context.draw.pick(['Chiropractic treatment', 'Chiropractic manipulation', 'Chiropractic therapy']), 'chiropractic care', true),
  },
  {
    key: 'acupuncture',
    weight: 3,
    overturnRate: 0.2,
    family: 'therapy',
    mtus: [
      { part: { title: 'Acupuncture Treatment', edition: '2007' }, sections: ['', '', 'Acupuncture Medical Treatment Guidelines', 'Frequency and duration'] },
      { part: 'chronicPain', sections: ['Acupuncture'] },
    ],
    odg: { chapters: 'region', topics: ['Acupuncture'] },
    write(context) {
      const { draw } = context;
      const style = draw.int(0, 3);
      if (style === 0) {
        const weeks = draw.pick([3, 4, 6]);
        return service(`Initial acupuncture, 1 to 2 times a week for ${weeks} weeks`, 'acupuncture', 'acupuncture', undefined);
      }
      if (style === 1) {
        const count = draw.pick([4, 6, 8]);
        return service(`Additional acupuncture x ${count}`, 'acupuncture', 'acupuncture', count);
      }
      return therapyCourse(context, 'Acupuncture', 'acupuncture', false);
    },
  },
  {
    key: 'massage',
    weight: 1,
    overturnRate: 0.08,
    family: 'therapy',
    mtus: [{ part: 'chronicPain', sections: ['Massage therapy'] }],
    odg: { chapters: 'region', topics: ['Massage'] },
    write: (context) => therapyCourse(context, 'Massage therapy', 'massage therapy', false),
  },
  {
    key: 'aquaticTherapy',
    weight: 1,
    overturnRate: 0.12,
    family: 'therapy',
    mtus: [{ part: 'chronicPain', sections: ['Aquatic therapy'] }],
    odg: { chapters: 'region', topics: ['Aquatic therapy'] },
    regions: ['lumbar', 'knee', 'hip', 'ankle'],
    write: (context) => therapyCourse(context, 'Aquatic therapy', 'aquatic therapy', false),
  },
  {
    key: 'epiduralInjection',
    weight: 3,
    overturnRate: 0.22,
    family: 'injection',
    mtus: [{ part: 'chronicPain', sections: ['Epidural steroid injections (ESIs)'] }],
    odg: { chapters: 'region', topics: ['Epidural steroid injections (ESIs)'] },
    regions: SPINE,
    write(context) {
      const { draw } = context;
      const levels = spinalLevels(context, draw);
      const approach = draw.pick(['Transforaminal e', 'Interlaminar e', context.region.key === 'lumbar' ? 'Lumbar e' : 'Cervical e', 'E']);
      return service(`${approach}pidural steroid injection at ${spineSide(draw)}${levels}`, 'pidural steroid injection', 'the epidural steroid injection', null);
    },
  },
  {
    key: 'facetProcedure',
    weight: 2.5,
    overturnRate: 0.15,
    family: 'injection',
    mtus: [{ part: 'region', sections: ['Special Studies', 'Initial Care', 'Summary'] }],
    odg: { chapters: 'region', topics: ['Facet joint diagnostic blocks (injections)', 'Facet joint radiofrequency neurotomy'] },
    regions: SPINE,
    write(context) {
      const { draw } = context;
      const levels = spinalLevels(context, draw);
      const side = spineSide(draw);
      const style = draw.int(0, 3);
      if (style === 0) return service(`${capitalize(side)}${levels} facet joint injections`.trim(), 'facet joint injection', 'facet injections', null);
      if (style === 1) return service(`Medial branch block at ${side}${levels}`, 'Medial branch block', 'the medial branch block', null);
      if (style === 2) return service(`Radiofrequency ablation at ${side}${levels}`, 'Radiofrequency ablation', 'radiofrequency ablation', null, { sections: ['Radiofrequency ablation (dorsal root ganglia)'] });
      return service(`Diagnostic facet block at ${side}${levels}`, 'facet block', 'the facet block', null, { sections: ['Facet blocks'] });
    },
  },
  {
    key: 'triggerPointInjection',
    weight: 1.2,
    overturnRate: 0.08,
    family: 'injection',
    mtus: [{ part: 'chronicPain', sections: ['Trigger point injections'] }],
    odg: { chapters: ['Pain (Chronic)'], topics: ['Trigger point injections'] },
    write(context) {
      const { draw } = context;
      const muscles = UPPER.has(context.region.key) ? 'the cervical paraspinal and trapezius muscles' : 'the lumbar paraspinal muscles';
      const count = draw.pick([2, 3, 4]);
      return draw.chance(0.6)
        ? service(`Trigger point injections to ${muscles} x ${count}`, 'Trigger point injection', 'trigger point injections', count)
        : service(`Trigger point injections to ${muscles}`, 'Trigger point injection', 'trigger point injections', null);
    },
  },
  {
    key: 'jointInjection',
    weight: 1.5,
    overturnRate: 0.12,
    family: 'injection',
    mtus: [{ part: 'region', sections: ['Initial Care', 'Summary'] }],
    odg: { chapters: 'region', topics: ['Platelet-rich plasma (PRP)', 'Corticosteroid injections'] },
    outsideMtus: true,
    regions: LIMBS,
    write(context) {
      const { draw } = context;
      const where = regionPhrase(context.region, context.side);
      const style = draw.int(0, 3);
      if (style === 0) return service(`Platelet-rich plasma injection to ${where}`, 'Platelet-rich plasma', 'platelet-rich plasma injection', null);
      if (style === 1) return service(`PRP injection for ${where}`, 'PRP', 'the PRP injection', null);
      if (style === 2) return service(`Corticosteroid injection to ${where}`, 'Corticosteroid injection', 'the corticosteroid injection', null);
      const count = draw.pick([3, 5]);
      return service(`Extracorporeal shockwave therapy for ${where}, ${count} sessions`, 'shockwave therapy', 'shockwave therapy', count);
    },
  },
  {
    key: 'surgery',
    weight: 3,
    overturnRate: 0.3,
    family: 'surgery',
    mtus: [{ part: 'region', sections: ['Surgical Considerations', 'Surgical Considerations', 'Summary'] }],
    odg: { chapters: 'region', topics: ['Indications for Surgery'] },
    acoem: 'region',
    write(context) {
      const { draw, region } = context;
      const procedure = draw.pick(region.surgeries);
      const prefix = sidePrefix(context);
      const text = prefix ? `${prefix}${procedure}` : capitalize(procedure);
      return service(text, procedure.split(' ').slice(0, 2).join(' '), 'the proposed surgery', null);
    },
  },
  {
    key: 'surgicalService',
    weight: 1.2,
    followsSurgery: true,
    overturnRate: 0.2,
    family: 'equipment',
    mtus: [],
    outsideMtus: true,
    odg: { chapters: 'region', topics: ['Continuous-flow cryotherapy', 'Preoperative testing, general'] },
    write(context) {
      const { draw } = context;
      const style = draw.int(0, 3);
      if (style === 0) return service(`Associated surgical service: Cold therapy unit, ${draw.pick([7, 14])}-day rental`, 'Cold therapy unit', 'the cold therapy unit', null, { topics: ['Continuous-flow cryotherapy'] });
      if (style === 1) return service('Associated surgical service: Pre-operative medical clearance', 'medical clearance', 'pre-operative clearance', null);
      if (style === 2) return service('Associated surgical service: Assistant surgeon', 'Assistant surgeon', 'an assistant surgeon', null);
      return service(`Associated surgical service: Post-operative sling`, 'sling', 'the sling', null);
    },
  },
  {
    key: 'electricalStimulation',
    weight: 2.5,
    overturnRate: 0.1,
    family: 'equipment',
    mtus: [{ part: 'chronicPain', sections: ['TENS, chronic pain (transcutaneous electrical nerve stimulation)'] }],
    odg: { chapters: ['Pain (Chronic)'], topics: ['TENS (transcutaneous electrical nerve stimulation)'] },
    write(context) {
      const { draw } = context;
      const style = draw.int(0, 4);
      if (style === 0) return service('TENS unit, 30-day trial', 'TENS unit', 'the TENS unit', null);
      if (style === 1) return service('TENS unit purchase', 'TENS unit', 'the TENS unit', null);
      if (style === 2) return service('H-wave unit, 30-day home trial', 'H-wave', 'the H-wave unit', null, { sections: ['H-wave stimulation (HWT)'] });
      if (style === 3) return service('Home H-wave device purchase', 'H-wave', 'the H-wave device', null, { sections: ['H-wave stimulation (HWT)'] });
      return service('Interferential current stimulator, 30-day rental', 'Interferential', 'the interferential unit', null, { sections: ['Interferential current stimulation (ICS)'] });
    },
  },
  {
    key: 'brace',
    weight: 1.5,
    overturnRate: 0.12,
    family: 'equipment',
    mtus: [{ part: 'region', sections: ['Initial Care', 'Activity Modification', 'Summary'] }],
    odg: { chapters: 'region', topics: ['Durable medical equipment (DME)'] },
    write(context) {
      const { draw, region } = context;
      const brace = draw.pick(region.braces);
      const text = region.isLimb && context.side && context.side !== 'bilateral' && draw.chance(0.5) ? `${brace} for ${regionPhrase(region, context.side)}` : brace;
      return service(text, brace, `the ${brace.toLowerCase()}`, null);
    },
  },
  {
    key: 'coldTherapy',
    weight: 0.8,
    overturnRate: 0.1,
    family: 'equipment',
    mtus: [{ part: 'region', sections: ['Initial Care', 'Physical Methods'] }],
    odg: { chapters: 'region', topics: ['Continuous-flow cryotherapy'] },
    regions: LIMBS,
    write(context) {
      const days = context.draw.pick([7, 14, 30]);
      return service(`Cold therapy unit, ${days}-day rental`, 'Cold therapy unit', 'the cold therapy unit', null);
    },
  },
  {
    key: 'drugTesting',
    weight: 2,
    overturnRate: 0.3,
    family: 'testing',
    mtus: [
      { part: 'chronicPain', sections: ['Drug testing', 'Urine drug testing', 'Opioids, steps to avoid misuse/addiction'] },
      { part: 'opioidTreatment', sections: ['3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)'] },
    ],
    odg: { chapters: ['Pain (Chronic)'], topics: ['Urine drug testing (UDT)'] },
    write(context) {
      const { draw } = context;
      const style = draw.int(0, 3);
      if (style === 0) return service('Urine drug screen', 'Urine drug screen', 'the urine drug screen', null);
      if (style === 1) return service('Urine toxicology screen', 'Urine toxicology', 'the toxicology screen', null);
      if (style === 2) return service('Point-of-care urine drug test', 'urine drug test', 'the urine drug test', null);
      const serviceDay = context.urDay - draw.int(5, 60);
      const text = `Retrospective urine drug screen (DOS ${writeDate(serviceDay, draw.pick(['shortYear', 'slash'] as const))})`;
      return { ...service(text, 'urine drug screen', 'the urine drug screen', null), treatment: { nameContains: 'urine drug screen', retrospective: true, serviceDate: isoOf(serviceDay) } };
    },
  },
  {
    key: 'laboratory',
    weight: 1,
    overturnRate: 0.25,
    family: 'testing',
    mtus: [{ part: 'chronicPain', sections: ['NSAIDs, specific drug list & adverse effects'] }],
    outsideMtus: true,
    odg: { chapters: ['Pain (Chronic)', 'Low Back - Lumbar & Thoracic (Acute & Chronic)'], topics: ['Preoperative lab testing'] },
    write(context) {
      const style = context.draw.int(0, 2);
      if (style === 0) return service('Labs: CBC and comprehensive metabolic panel', 'CBC', 'the laboratory testing', null);
      if (style === 1) return service('Comprehensive metabolic panel', 'metabolic panel', 'the metabolic panel', null);
      return service('Hepatic and renal function panel', 'function panel', 'the laboratory panel', null);
    },
  },
  {
    key: 'consultation',
    weight: 3,
    overturnRate: 0.36,
    family: 'visit',
    mtus: [
      { part: { title: 'General Approaches', edition: '2004' }, sections: ['Independent Medical Examinations and Consultations', 'General Approach to Initial Assessment and Documentation'] },
      { part: 'region', sections: ['Follow-up Visits', 'Surgical Considerations'] },
    ],
    odg: { chapters: ['Pain (Chronic)'], topics: ['Office visits'] },
    acoem: 'Independent Medical Examinations and Consultations',
    write(context) {
      const { draw } = context;
      const where = regionPhrase(context.region, context.side);
      const style = draw.int(0, 4);
      if (style === 0) return service(`Orthopedic surgery consultation for ${where}`, 'Orthopedic surgery consultation', 'the consultation', null);
      if (style === 1) return service('Pain management consultation', 'Pain management consultation', 'the consultation', null);
      if (style === 2) return service(`Referral to a ${context.region.isLimb ? 'hand and upper extremity' : 'spine'} surgeon`, 'Referral', 'the referral', null);
      if (style === 3) return service('Neurology consultation', 'Neurology consultation', 'the consultation', null);
      return service('Internal medicine consultation', 'Internal medicine consultation', 'the consultation', null);
    },
  },
  {
    key: 'followUpVisit',
    weight: 1.5,
    overturnRate: 0.45,
    family: 'visit',
    mtus: [
      { part: 'chronicPain', sections: ['Office visits'] },
      { part: 'region', sections: ['Follow-up Visits'] },
    ],
    odg: { chapters: ['Pain (Chronic)'], topics: ['Office visits'] },
    write(context) {
      const { draw } = context;
      const style = draw.int(0, 2);
      if (style === 0) return service(`Follow-up office visit in ${draw.pick([4, 6])} weeks`, 'Follow-up', 'the follow-up visit', null);
      const count = draw.pick([3, 4, 6]);
      if (style === 1) return service(`Follow-up visits x ${count}`, 'Follow-up', 'the follow-up visits', count);
      return service(`${capitalize(NUMBER_WORDS[count]!)} follow-up visits with pain management`, 'follow-up', 'the follow-up visits', count);
    },
  },
  {
    key: 'homeHealth',
    weight: 0.7,
    overturnRate: 0.12,
    family: 'support',
    mtus: [{ part: 'chronicPain', sections: ['Home health services'] }],
    odg: { chapters: ['Knee & Leg (Acute & Chronic)', 'Pain (Chronic)'], topics: ['Home health services'] },
    write(context) {
      const { draw } = context;
      if (draw.chance(0.5)) {
        const hours = draw.pick([2, 4]);
        return service(`Home health aide ${hours} hours a day, 5 days a week for 4 weeks`, 'Home health aide', 'home health care', undefined);
      }
      const f = frequency(draw);
      return service(`Home health care ${f.text}`, 'Home health care', 'home health care', f.visits);
    },
  },
  {
    key: 'psychologicalCare',
    weight: 1.5,
    overturnRate: 0.3,
    family: 'psych',
    mtus: [
      { part: 'chronicPain', sections: ['Behavioral interventions', 'Psychological treatment'] },
      { part: { title: 'Stress-Related Conditions', edition: '2004' }, sections: ['', 'Summary'] },
    ],
    odg: { chapters: ['Mental Illness & Stress'], topics: ['Cognitive therapy for depression', 'Psychotherapy guidelines'] },
    write(context) {
      const { draw } = context;
      const style = draw.int(0, 3);
      const count = draw.pick([4, 6, 8]);
      if (style === 0) return service(`Cognitive behavioral therapy, ${count} sessions`, 'Cognitive behavioral therapy', 'cognitive behavioral therapy', count, { sections: ['Cognitive behavioral therapy (CBT)'] });
      if (style === 1) {
        const f = frequency(draw);
        return service(`Psychotherapy ${f.text}`, 'Psychotherapy', 'psychotherapy', f.visits);
      }
      if (style === 2) return service(`Biofeedback, ${count} sessions`, 'Biofeedback', 'biofeedback', count, { sections: ['Biofeedback'] });
      return service('Psychological evaluation', 'Psychological evaluation', 'the psychological evaluation', null, { sections: ['Psychological evaluations'] });
    },
  },
  {
    key: 'functionalRestoration',
    weight: 1,
    overturnRate: 0.16,
    family: 'program',
    mtus: [{ part: 'chronicPain', sections: ['Chronic pain programs (functional restoration programs)', 'Functional restoration programs (FRPs)'] }],
    odg: { chapters: ['Pain (Chronic)'], topics: ['Functional restoration programs (FRPs)'] },
    write(context) {
      const style = context.draw.int(0, 2);
      if (style === 0) return service('Functional restoration program, 80 hours', 'Functional restoration program', 'the functional restoration program', null);
      if (style === 1) return service('Functional restoration program evaluation', 'Functional restoration program', 'the program evaluation', null);
      return service('Multidisciplinary functional restoration program, 10 days', 'functional restoration program', 'the functional restoration program', null);
    },
  },
  {
    key: 'transportation',
    weight: 0.5,
    overturnRate: 0.1,
    family: 'support',
    mtus: [],
    outsideMtus: true,
    odg: { chapters: ['Knee & Leg (Acute & Chronic)'], topics: ['Transportation (to & from appointments)'] },
    write(context) {
      return context.draw.chance(0.5)
        ? service('Transportation to and from medical appointments', 'Transportation', 'transportation', null)
        : service('Round-trip transportation to physical therapy', 'transportation', 'transportation', null);
    },
  },
  {
    key: 'functionalCapacity',
    weight: 0.7,
    overturnRate: 0.06,
    family: 'testing',
    mtus: [{ part: { title: 'General Approaches', edition: '2004' }, sections: ['', 'Work-Relatedness'] }],
    outsideMtus: true,
    odg: { chapters: ['Fitness for Duty'], topics: ['Functional capacity evaluation (FCE)'] },
    write: () => service('Functional capacity evaluation', 'Functional capacity evaluation', 'the functional capacity evaluation', null),
  },
];
