import { describe, expect, it } from 'vitest';
import type { ParseWarning } from '../../src/domain/determination.js';
import { parseInjuredWorker, utilizationReviewDate } from '../../src/parser/case-summary.js';
import { parseCoverBlock } from '../../src/parser/cover.js';

describe('the clinical case summary', () => {
  it.each([
    ['The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.', 48, 'MALE', '2016-10-13'],
    ['This case involves a now 36-year-old female with a history of an occupational claim from 10/13/2016.', 36, 'FEMALE', '2016-10-13'],
    ['This is a 34 year old male with a date of injury on 12-13-2016.', 34, 'MALE', '2016-12-13'],
    ['The injured worker was a 31 year old male, who sustained an industrial injury on October 24, 2016.', 31, 'MALE', '2016-10-24'],
    ['The injured worker is a female who was hurt at work.', null, 'FEMALE', null],
  ])('reads age, sex and date of injury from "%s"', (summary, age, sex, dateOfInjury) => {
    const worker = parseInjuredWorker(summary, null);
    expect([worker.age, worker.sex, worker.dateOfInjury]).toEqual([age, sex, dateOfInjury]);
  });

  it('prefers the cover block date of injury to the summary', () => {
    expect(parseInjuredWorker('injured on 01/02/2015.', '2016-10-10').dateOfInjury).toBe('2016-10-10');
  });

  it.each([
    ['Diagnoses included lumbar disc degeneration, lumbar facet arthropathy, and chronic pain. Treatment to date has included MRI.', ['lumbar disc degeneration', 'lumbar facet arthropathy', 'chronic pain']],
    ['The injured worker is undergoing treatment for acute Lisfranc fracture, diabetes mellitus. Per the note', ['acute Lisfranc fracture', 'diabetes mellitus']],
    ['The current diagnosis is documented as "lumbar pain with radiculopathy." On a note dated 11/8/2016', ['lumbar pain with radiculopathy']],
    ['the injured worker has diagnosis that include tenosynovitis right wrist, and carpal tunnel syndrome right wrist. The treatment', ['tenosynovitis right wrist', 'carpal tunnel syndrome right wrist']],
    // ICD-10 descriptions keep their commas: qualifiers after a diagnosis, places before one.
    ['Diagnoses included dislocation, shoulder, and other cervical disc displacement, mid cervical region. The plan', ['dislocation, shoulder', 'other cervical disc displacement, mid cervical region']],
    ['Diagnoses were strain of muscle, fascia and tendon of lower back, subsequent encounter, pain, unspecified, and insomnia. The plan', ['strain of muscle, fascia and tendon of lower back, subsequent encounter', 'pain, unspecified', 'insomnia']],
    ['Diagnoses included strain of unspecified muscle, fascia and tendon at upper arm level, right arm, symptomatic SLAP lesion, right shoulder, and migraine. Then', ['strain of unspecified muscle, fascia and tendon at upper arm level, right arm', 'symptomatic SLAP lesion, right shoulder', 'migraine']],
    ['The current diagnoses are documented as lumbar, hip, and neck strain. Prior treatments', ['lumbar, hip, neck strain']],
    ['Diagnoses included cervical, thoracic and lumbar myoligamentous injury, and anxiety. Then', ['cervical, thoracic and lumbar myoligamentous injury', 'anxiety']],
    // A semicolon list is split at its semicolons only.
    ['Diagnoses: sprain of ligaments of cervical spine, initial encounter; strain of muscle, fascia and tendon of lower back, initial encounter; contusion of knee, left. Then', ['sprain of ligaments of cervical spine, initial encounter', 'strain of muscle, fascia and tendon of lower back, initial encounter', 'contusion of knee, left']],
    // Lead-ins are not part of a diagnosis, and "were noted to include:" introduces a list.
    ['He has the diagnosis of back pain. Then', ['back pain']],
    ['Diagnoses documented is other specific injury of the right knee. Then', ['other specific injury of the right knee']],
    ['The diagnoses were noted to include: lumbar radiculopathy, a left ankle sprain. The plan', ['lumbar radiculopathy', 'left ankle sprain']],
    ['Diagnoses included right thumb post-operative infection.The progress report dated 12-09-2016 indicates', ['right thumb post-operative infection']],
  ])('reads the diagnoses from "%s"', (summary, diagnoses) => {
    expect(parseInjuredWorker(summary, null).diagnoses).toEqual(diagnoses);
  });

  it('warns when commas inside a diagnosis were kept by a guess, and not for a plain list', () => {
    const warnings: ParseWarning[] = [];
    parseInjuredWorker('Diagnoses included dislocation, shoulder. Then', null, warnings);
    expect(warnings.map((w) => w.code)).toEqual(['DIAGNOSES_UNCERTAIN']);
    const none: ParseWarning[] = [];
    parseInjuredWorker('Diagnoses included lumbar strain, anxiety. Then', null, none);
    expect(none).toEqual([]);
  });

  it.each([
    ['On 11-3-16, utilization review determined the request was not medically necessary.', '2016-11-03'],
    ['The original utilization review dated 11/22/2016 denied the request.', '2016-11-22'],
    ['A Request for Authorization was signed on 11/08/2016. These requests were previously non-certified on 11/15/2016 due to lack of deficits.', '2016-11-15'],
    ['The prior determination on 12/20/2016 denied the request for gloves.', '2016-12-20'],
    // The review's date, not the injury's or the request's, wherever they stand in the sentence.
    ['The date of injury is October 24, 2016, and in a utilization review report dated December 13, 2016 the request was denied.', '2016-12-13'],
    ['On December 15, 2016 a request was received for physical therapy that was noncertified by Utilization Review on December 22, 2016.', '2016-12-22'],
    ['A Request for Authorization was signed on 12/19/2016, and a prior denial was made on 12/27/2016.', '2016-12-27'],
    ['Nothing about the review here.', null],
  ])('reads the UR date from "%s"', (summary, date) => {
    expect(utilizationReviewDate(summary)).toBe(date);
  });
});

describe('the cover block', () => {
  const expected = {
    caseNumber: 'CM16-0230651',
    dateAssigned: '2016-12-07',
    dateOfInjury: '2016-10-13',
    decisionDate: '2017-01-09',
    urDenialDate: '2016-11-22',
    priority: 'STANDARD',
    applicationReceivedDate: '2016-11-29',
  };

  it('reads labels and values side by side, with "Application Received:" wrapped', () => {
    const text = [
      'Case Number: CM16-0230651',
      'Date Assigned: 12/07/2016   Date of Injury: 10/13/2016',
      'Decision Date: 01/09/2017   UR Denial Date: 11/22/2016',
      'Priority: Standard   Application 11/29/2016',
      'Received:',
    ].join('\n');
    expect(parseCoverBlock(text)).toEqual(expected);
  });

  it('reads all labels first and their values after, as plain extraction yields them', () => {
    const text = [
      'Case Number:', 'Date Assigned:', 'Decision Date:', 'Priority:',
      'CM16-0230651', '12/07/2016', '01/09/2017', 'Standard',
      'Date of Injury:', 'UR Denial Date:', 'Application', 'Received:',
      '10/13/2016', '11/22/2016', '11/29/2016',
    ].join('\n');
    expect(parseCoverBlock(text)).toEqual(expected);
  });
});
