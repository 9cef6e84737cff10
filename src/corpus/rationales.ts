/**
 * The "Decision rationale:" paragraphs: what the cited guideline says, what the records show,
 * and a conclusion that agrees with the decision. All sentences are this project's own. Rules
 * the parser relies on, kept here: only the last sentence speaks of medical necessity (the
 * parser reads the conclusion from the last such statement), no sentence says "upheld" or
 * "overturned" (a wrapped line holding only that word would read as a decision), and every
 * paragraph ends with a period.
 */
import type { Draw } from './random.js';

export type RationaleFamily =
  | 'opioid'
  | 'medication'
  | 'topical'
  | 'diagnostic'
  | 'therapy'
  | 'injection'
  | 'surgery'
  | 'equipment'
  | 'testing'
  | 'visit'
  | 'support'
  | 'psych'
  | 'program';

interface Bank {
  /** What the guideline says; `{Ref}` is the guideline (a plural subject), `{noun}` the treatment. */
  guideline: readonly string[];
  /** Findings that leave the request unsupported. */
  against: readonly string[];
  /** Findings that support it. */
  for: readonly string[];
}

const BANKS: Readonly<Record<RationaleFamily, Bank>> = {
  opioid: {
    guideline: [
      '{Ref} allow continued opioid therapy when each visit records the level of pain relief, the gain in function, side effects and any aberrant drug-taking behavior.',
      '{Ref} advise that long-term opioids continue only while the patient shows a clinically meaningful improvement in pain and function and follows a signed treatment agreement.',
      '{Ref} call for a trial of non-opioid analgesics, a screen for addiction risk and a written treatment plan before opioids are continued for chronic pain.',
      '{Ref} describe the ongoing review of opioid therapy through the four domains of analgesia, activities of daily living, adverse effects and drug-related behaviors.',
    ],
    against: [
      'The progress notes repeat a pain score without any comparison of pain with and without {noun}.',
      'No objective gain in function or return to work has been attributed to {noun} over the months it has been prescribed.',
      'There is no recent urine drug screen, no CURES report and no signed opioid agreement in the records provided.',
      'The current daily dose exceeds 90 morphine milligram equivalents and no plan to taper has been documented.',
      'The records show the same regimen for more than a year while pain levels have not changed.',
      'An earlier review advised a gradual taper, and the records do not show that a taper was started.',
    ],
    for: [
      'The records document a drop in pain from 8/10 to 4/10 with {noun} and a return to modified work duty.',
      'A urine drug screen last month was consistent with the prescribed medications, and a CURES report showed a single prescriber.',
      'The treating physician describes better sleep, walking tolerance of 30 minutes and independence in self-care since {noun} was started.',
      'A signed opioid agreement is on file and no aberrant behavior or adverse effect has been reported.',
      'The dose is below 50 morphine milligram equivalents a day and has been stable for six months.',
    ],
  },
  medication: {
    guideline: [
      '{Ref} support this class of medication for a defined course with documented benefit, and they caution against open-ended use.',
      '{Ref} recommend that a medication for chronic pain be continued only when its effect on pain and function is recorded at each visit.',
      '{Ref} list this medication as an option for selected patients and ask the prescriber to weigh its risks against the expected benefit.',
      '{Ref} describe this drug as a second-line choice that should follow a trial of simpler first-line measures.',
    ],
    against: [
      'The records do not describe any improvement in pain or function from {noun}.',
      '{Noun} has been prescribed for well over the short course the guidelines describe, with no reason given for longer use.',
      'No symptom or condition that this medication treats is documented in the recent examinations.',
      'The treating physician did not record a trial of first-line options before {noun} was started.',
      'The requested supply is larger than a short trial would call for, and no follow-up plan is described.',
    ],
    for: [
      'The treating physician records a specific benefit from {noun}, including improved sleep and better tolerance of the home exercise program.',
      'The worker has a documented condition for which this medication is a first-line treatment, and the dose requested is standard.',
      'First-line options were tried and failed, as the notes describe, before {noun} was prescribed.',
      'The records show regular monitoring, no adverse effects and a stable dose over recent visits.',
    ],
  },
  topical: {
    guideline: [
      '{Ref} regard topical analgesics as largely experimental, with few trials showing efficacy or safety.',
      '{Ref} support topical lidocaine only for localized neuropathic pain after a trial of first-line oral agents.',
      '{Ref} state that a compounded product containing at least one drug that is not recommended is itself not recommended.',
      '{Ref} allow a topical anti-inflammatory for osteoarthritis of joints that lend themselves to topical treatment, for a short period.',
    ],
    against: [
      'The pain described is axial spine pain, for which topical agents have little support.',
      'There is no record of a trial of antidepressants or anti-epilepsy drugs before {noun} was requested.',
      'The records give no measure of how {noun} has changed pain or function since it was started.',
      'The worker already takes an oral anti-inflammatory, and using a topical one at the same time is not explained.',
    ],
    for: [
      'The examination describes localized neuropathic pain in a small area, and oral agents were stopped because of side effects.',
      'The worker has osteoarthritis of a superficial joint and cannot take oral anti-inflammatory drugs because of gastritis.',
      'The records show reduced use of oral medication since {noun} was added.',
    ],
  },
  diagnostic: {
    guideline: [
      '{Ref} recommend special studies when there are red flags, a clear neurologic deficit, or a plan for surgery that depends on the result.',
      '{Ref} do not support imaging or electrodiagnostic testing in the first weeks of symptoms without red flags.',
      '{Ref} reserve repeat studies for a significant change in symptoms or findings that suggests new pathology.',
      '{Ref} describe testing as useful when the result would change the plan of care.',
    ],
    against: [
      'The examination shows no focal neurologic deficit and no red flags.',
      'A study of the same area was done last year, and no change in symptoms or findings has been described since then.',
      'The records do not describe how the result of {noun} would change the treatment plan.',
      'Symptoms began only a few weeks ago and a course of conservative care has not yet been completed.',
      'Surgery is not being considered, and the worker has said no to injections.',
    ],
    for: [
      'The examination documents progressive weakness and loss of reflexes, findings that call for further study.',
      'Symptoms have persisted for more than three months despite therapy and medication, and surgery is now under consideration.',
      'The physician describes new numbness in a dermatomal pattern since the last study.',
      'Red flags for serious pathology are documented, including night pain and weight loss.',
    ],
  },
  therapy: {
    guideline: [
      '{Ref} support a short course of supervised therapy with a shift to a home exercise program, and more visits only when objective gains are recorded.',
      '{Ref} recommend up to about ten visits for myalgia and radiculitis, fading from several a week to an independent program.',
      '{Ref} describe an initial trial of a few treatments, with more care justified by measurable improvement in function.',
      '{Ref} favor active therapy over passive modalities and expect the patient to continue exercises at home.',
    ],
    against: [
      'The worker has already completed more visits than the guidelines recommend, and no objective gain from them is recorded.',
      'The records do not explain why the worker cannot continue with a home exercise program.',
      'The number of visits requested exceeds the initial trial the guidelines describe.',
      'No functional goals or baseline measurements are given for the proposed course of {noun}.',
      'Progress notes from the last course describe the same pain levels and range of motion before and after treatment.',
    ],
    for: [
      'This is the first course of {noun} for this condition, and the number of visits falls within the guidelines.',
      'The last course improved range of motion and lifting tolerance, and a flare-up after a return to work is documented.',
      'The treating physician sets out measurable goals and a plan to move to independent exercise.',
      'The worker recently had surgery, and therapy is part of the expected recovery.',
    ],
  },
  injection: {
    guideline: [
      '{Ref} support injections when there is objective evidence of the targeted pathology and conservative care has failed.',
      '{Ref} require a documented radiculopathy, confirmed by imaging or electrodiagnostic testing, before an epidural injection.',
      '{Ref} recommend that a repeat block follow only a documented relief of at least half of the pain for six weeks or more.',
      '{Ref} describe diagnostic blocks as limited to non-radicular pain at no more than two levels.',
    ],
    against: [
      'Imaging does not show a lesion at the level to be injected.',
      'The records do not document what relief, if any, followed the last injection or for how long.',
      'The examination describes radicular symptoms, which makes a facet procedure inappropriate.',
      'A course of physical therapy and medication has not been tried for the current flare-up.',
      'The request does not say what the last injection achieved or why another is expected to help.',
    ],
    for: [
      'Imaging shows nerve root compression that matches the dermatomal findings on examination.',
      'The previous injection gave more than 60 percent relief for three months with less medication use.',
      'Conservative care over six months, including therapy and medication, has not controlled the symptoms.',
      'The examination and imaging agree on a single level, as the guidelines require.',
    ],
  },
  surgery: {
    guideline: [
      '{Ref} support surgical referral when there are severe and disabling symptoms, clear imaging evidence of a lesion, and failure of conservative care.',
      '{Ref} recommend surgery only when clinical findings and imaging agree on a lesion that surgery is known to help.',
      '{Ref} describe a period of at least three to six months of conservative care before elective surgery is considered.',
    ],
    against: [
      'The imaging findings are mild and do not match the examination.',
      'The records describe only a few weeks of conservative care, with no injection or structured therapy.',
      'Psychological screening, which the guidelines advise before this surgery, has not been done.',
      'The worker reports improvement with the current treatment, and the symptoms are not described as disabling.',
    ],
    for: [
      'Imaging shows a lesion that matches the examination, and six months of therapy, medication and an injection have failed.',
      'The worker has progressive weakness on examination, which calls for timely surgical treatment.',
      'The surgeon documents mechanical symptoms and failed conservative care over many months.',
    ],
  },
  equipment: {
    guideline: [
      '{Ref} support this equipment as an adjunct to a program of functional restoration, after a trial that records its benefit.',
      '{Ref} recommend a one-month home trial before any purchase, with a record of use and of its effect on pain and function.',
      '{Ref} describe this equipment as an option for a short period after injury or surgery, not for long-term use.',
    ],
    against: [
      'There is no record of a trial period or of how often the device was used and with what result.',
      'The records do not describe an active program of restoration that the equipment would support.',
      'The injury is chronic, and the equipment is supported mainly in the acute phase.',
      'The length of use requested is longer than the guidelines support.',
    ],
    for: [
      'A one-month trial is documented, with daily use, lower pain scores and less medication.',
      'The equipment is requested for the recovery period after a planned surgery, which the guidelines support.',
      'The worker takes part in an active exercise program, and the equipment is meant to support it.',
    ],
  },
  testing: {
    guideline: [
      "{Ref} support testing when the result would guide treatment, at a frequency matched to the patient's risk.",
      '{Ref} recommend drug testing for patients on opioids, more often when there are signs of misuse.',
      '{Ref} describe testing as appropriate when a baseline is needed before a treatment or when monitoring is due.',
    ],
    against: [
      'A test of the same kind was done recently, and the worker is at low risk, with no sign of misuse.',
      'The records do not say how the result of {noun} would change the treatment.',
      'The worker is not taking any medication that calls for this monitoring.',
    ],
    for: [
      'The worker takes opioids and has not been tested in the past year.',
      'The worker has taken anti-inflammatory medication for a long time and no monitoring has been done.',
      'The test is needed to plan a return to work and the treating physician explains why.',
    ],
  },
  visit: {
    guideline: [
      '{Ref} support office visits and specialist referral when the diagnosis is uncertain or complex, or when a specialist could help the plan of care.',
      "{Ref} tie the need for follow-up visits to the patient's condition, the medications in use and the clinical judgment of the provider.",
      '{Ref} recommend consultation when a psychosocial factor or the course of recovery calls for more expertise.',
    ],
    against: [
      'The records do not say what question the consultation should answer or how it would change care.',
      'The worker is already followed by a specialist in the same field.',
      'The condition has been stable, and the plan of care does not call for this many visits.',
    ],
    for: [
      'The worker takes medications that need regular monitoring, and follow-up is a standard part of that care.',
      "The diagnosis remains uncertain after several months of care, and the specialist's opinion could guide treatment.",
      'The worker has not responded to treatment as expected, and a specialist is the reasonable next step.',
    ],
  },
  support: {
    guideline: [
      '{Ref} support home health services only for medical treatment of patients who are homebound, not for homemaker care alone.',
      '{Ref} support help with transportation when a patient cannot travel to care because of a disability.',
      '{Ref} describe this kind of support as appropriate when a medical need is documented.',
    ],
    against: [
      'The records do not describe the worker as homebound or unable to drive.',
      'The services requested are homemaker services, such as cleaning and shopping, not medical treatment.',
      'No family member or public transit option has been ruled out in the records.',
    ],
    for: [
      'The worker recently had surgery and cannot walk without assistance, as the records document.',
      'The worker cannot drive because of the sedating medications and the surgical limb, and has no other way to get to care.',
      'The treating physician describes skilled care needs, including wound care and medication management.',
    ],
  },
  psych: {
    guideline: [
      '{Ref} recommend psychological treatment for chronic pain, beginning with an initial trial of a few visits and continuing with evidence of improvement.',
      '{Ref} support cognitive behavioral therapy as part of a chronic pain program for patients with risk factors for delayed recovery.',
      '{Ref} describe a psychological evaluation as useful when the course of recovery is affected by psychological factors.',
    ],
    against: [
      'The records do not describe the symptoms that treatment would address or any screening result.',
      'The worker has already completed a course of sessions, and no improvement in mood or function is recorded.',
      'The number of sessions requested exceeds the initial trial the guidelines describe.',
    ],
    for: [
      'A screening questionnaire shows moderate depression and fear-avoidance beliefs, which slow recovery.',
      'The earlier sessions improved sleep and activity levels, as the psychologist reports.',
      'The treating physician describes anxiety and poor coping that affect participation in therapy.',
    ],
  },
  program: {
    guideline: [
      '{Ref} support a functional restoration program when previous methods have failed, the patient is motivated to change, and there is no other option likely to help.',
      '{Ref} recommend no more than two weeks of a program without evidence of demonstrated efficacy.',
      '{Ref} require a thorough evaluation, including baseline functional testing, before a program starts.',
    ],
    against: [
      "The records do not include a baseline evaluation or document the worker's motivation to change.",
      'Other treatments, such as injections or surgery, are still being considered.',
      'The worker has been off work for several years, which predicts a poor outcome from such a program.',
    ],
    for: [
      'A full evaluation has been completed, the worker is motivated to return to work, and other treatments have failed.',
      'The program evaluation documents goals, baseline testing and a plan to reduce medications.',
    ],
  },
};

/** Said of any request: widen the banks so letters differ more. */
const ANY_AGAINST = [
  "The treating physician's report does not describe a change in the worker's condition since the prior request.",
  'There is no documented exceptional factor that would justify going beyond the guidelines.',
  'The request form gives no reason for the treatment beyond the diagnosis.',
] as const;
const ANY_FOR = [
  "The treating physician's report explains the request and links it to documented findings.",
  'The request is in line with the guidelines for this condition and stage of care.',
] as const;

const CONCLUDE_NOT_NECESSARY = [
  'Therefore, the request for {request} is not medically necessary.',
  'Given the above, the request for {request} is not medically necessary.',
  'As such, the request for {request} is not medically necessary.',
  'Based on the records reviewed, the request for {request} is not medically necessary.',
] as const;
const CONCLUDE_NECESSARY = [
  'Therefore, the request for {request} is medically necessary.',
  'Given the above, the request for {request} is medically necessary and appropriate.',
  'As such, the request for {request} is medically necessary.',
  'Based on the records reviewed, the request for {request} is medically necessary.',
] as const;

/** After an opioid decision: a note on not stopping abruptly; it says nothing of necessity, so it cannot change the conclusion. */
const OPIOID_NOTE = 'Opioids should not be stopped abruptly; the treating physician and the worker are advised to plan any reduction together.';

export interface RationaleInput {
  family: RationaleFamily;
  /** "The MTUS Chronic Pain Medical Treatment Guidelines", "The Official Disability Guidelines", ... */
  reference: string;
  noun: string;
  /** The request as the conclusion names it. */
  request: string;
  isNecessary: boolean;
}

export function writeRationale(draw: Draw, input: RationaleInput): string {
  const bank = BANKS[input.family];
  const findings = input.isNecessary ? [...bank.for, ...ANY_FOR] : [...bank.against, ...ANY_AGAINST];
  const noun = input.noun;
  const fill = (sentence: string) =>
    sentence
      .replace('{Ref}', input.reference)
      .replaceAll('{Noun}', noun.charAt(0).toUpperCase() + noun.slice(1))
      .replaceAll('{noun}', noun);
  const sentences = [fill(draw.pick(bank.guideline)), ...draw.some(findings, draw.int(1, 3)).map(fill)];
  const conclusion = draw.pick(input.isNecessary ? CONCLUDE_NECESSARY : CONCLUDE_NOT_NECESSARY).replace('{request}', input.request);
  sentences.push(conclusion);
  if (input.family === 'opioid' && !input.isNecessary && draw.chance(0.5)) sentences.push(OPIOID_NOTE);
  return sentences.join(' ');
}
