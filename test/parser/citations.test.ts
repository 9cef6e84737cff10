/**
 * Guideline paragraphs ("Claims Administrator guideline:", "MAXIMUS guideline:") read into citations.
 * The paragraphs are quoted from the sample letters and from real letters (short quotes, one per
 * form the letters use); the expectations are what a reader of the letter sees in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CitedBy, GuidelineCitation } from '../../src/domain/determination.js';
import { parseGuidelineParagraph } from '../../src/parser/citations/index.js';
import { sectionConcept } from '../../src/vocabulary/sections/index.js';

type Expected = Partial<Omit<GuidelineCitation, 'pages'>> & { pages?: Array<[number, number]> };

interface Case {
  /** What the paragraph shows. */
  form: string;
  paragraph: string;
  citedBy?: CitedBy;
  statement?: 'NO_MEDICAL_EVIDENCE' | 'OUTSIDE_MTUS' | null;
  citations: Expected[];
  unknownSections?: string[];
}

function check(c: Case) {
  // Act
  const result = parseGuidelineParagraph(c.paragraph, c.citedBy ?? 'INDEPENDENT_REVIEWER');
  // Assess
  expect(result.statement).toBe(c.statement ?? null);
  expect(result.unknownSections).toEqual(c.unknownSections ?? []);
  expect(result.citations).toHaveLength(c.citations.length);
  c.citations.forEach((expected, i) => {
    const actual = result.citations[i];
    const { pages, ...rest } = expected;
    expect(actual).toMatchObject(rest);
    if (pages) expect(actual?.pages.map((p) => [p.start, p.end])).toEqual(pages);
    expect(actual?.citedBy).toBe(c.citedBy ?? 'INDEPENDENT_REVIEWER');
    expect(actual?.inferredSections).toEqual([]);
  });
}

const MTUS = { source: 'MTUS', basedOnMtus: true } as const;
const ODG = { source: 'ODG', basedOnMtus: false, title: 'Official Disability Guidelines' } as const;
const ACOEM = { source: 'ACOEM', basedOnMtus: false, title: 'ACOEM Practice Guidelines' } as const;
const CPMTG = 'Chronic Pain Medical Treatment';

describe('guideline paragraphs of the sample letters', () => {
  const cases: Case[] = [
    {
      form: '000 claims administrator: old form, part and one section, no pages',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids.',
      citations: [
        {
          ...MTUS,
          title: CPMTG,
          edition: null,
          sections: ['Opioids'],
          sectionIds: ['mtus/chronic-pain/opioids'],
          pages: [],
          url: null,
          text: 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids',
        },
      ],
    },
    {
      form: '000 reviewer: old form with a page range',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Criteria for use of opioids Page(s): 76-79.',
      citations: [{ ...MTUS, title: CPMTG, edition: null, sections: ['Criteria for use of opioids'], sectionIds: ['mtus/chronic-pain/opioids-criteria-for-use'], pages: [[76, 79]] }],
    },
    {
      form: '000 claims administrator: "did not base their decision on the MTUS", then ODG by chapter',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'The Claims Administrator did not base their decision on the MTUS.  Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ODG, sections: ['Pain'], sectionIds: ['odg/pain'], pages: [], url: null }],
    },
    {
      form: '000 reviewer: a non-MTUS citation that names no guideline but links odg-twc.com',
      paragraph:
        'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation Naltrexone (Vivitrol extended-release injectable suspension). http://www.odg-twc.com/index.html.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ODG, sections: ['Naltrexone'], sectionIds: ['odg/pain/naltrexone'], url: 'http://www.odg-twc.com/index.html' }],
    },
    {
      form: '001 claims administrator: sections before a page list of singles and ranges',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Specific drug list , On-Going Management, Weaning of Medications Page(s): 91, 78-80, 124.',
      citations: [
        {
          ...MTUS,
          title: CPMTG,
          sections: ['Opioids', 'Specific drug list', 'On-Going Management', 'Weaning of Medications'],
          sectionIds: ['mtus/chronic-pain/opioids', 'mtus/chronic-pain/opioids-specific-drug-list', 'mtus/chronic-pain/on-going-management', 'mtus/chronic-pain/weaning-of-medications'],
          pages: [[91, 91], [78, 80], [124, 124]],
        },
      ],
    },
    {
      form: '001 reviewer: one section, a wide page range',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.',
      citations: [{ ...MTUS, sections: ['Opioids'], pages: [[74, 96]] }],
    },
    {
      form: '002 claims administrator: semicolon list of comma-holding titles, then ODG-TWC with chapter and topic',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        "Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, specific drug list; Opioids, criteria for use; Opioids, dosing; Weaning of Medications. Decision based on Non-MTUS Citation Official Disability Guidelines Treatment for Workers' Compensation (ODG-TWC), Online Edition, Chapter: Pain (Chronic) Opioids, criteria for use.",
      citations: [
        {
          ...MTUS,
          title: CPMTG,
          sections: ['Opioids, specific drug list', 'Opioids, criteria for use', 'Opioids, dosing', 'Weaning of Medications'],
          sectionIds: ['mtus/chronic-pain/opioids-specific-drug-list', 'mtus/chronic-pain/opioids-criteria-for-use', 'mtus/chronic-pain/opioids-dosing', 'mtus/chronic-pain/weaning-of-medications'],
          pages: [],
        },
        { ...ODG, sections: ['Pain (Chronic)', 'Opioids, criteria for use'], sectionIds: ['odg/pain', 'odg/pain/opioids-criteria-for-use'], pages: [] },
      ],
    },
    {
      form: '002 claims administrator: the part alone',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines.',
      citations: [{ ...MTUS, title: CPMTG, sections: [], sectionIds: [], pages: [] }],
    },
    {
      form: '002 reviewer: one page',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants Page(s): 63.',
      citations: [{ ...MTUS, sections: ['Muscle relaxants'], pages: [[63, 63]] }],
    },
    {
      form: '003 reviewer: a list of single pages',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 78, 93.',
      citations: [{ ...MTUS, sections: ['Opioids'], pages: [[78, 78], [93, 93]] }],
    },
    {
      form: '003 claims administrator: a section in other case than the catalogue',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Muscle Relaxants Page(s): 47.',
      citations: [{ ...MTUS, sections: ['Muscle Relaxants'], sectionIds: ['mtus/chronic-pain/muscle-relaxants'], pages: [[47, 47]] }],
    },
    {
      form: '003 reviewer: a drug-named section',
      paragraph: 'Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol Page(s): 29.',
      citations: [{ ...MTUS, sections: ['Carisoprodol'], sectionIds: ['mtus/chronic-pain/carisoprodol'], pages: [[29, 29]] }],
    },
  ];
  it.each(cases)('$form', check);
});

describe('guideline paragraphs of real letters, one per form', () => {
  const cases: Case[] = [
    {
      form: 'current form: part, edition, one section',
      paragraph: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
      citations: [{ ...MTUS, title: 'Low Back Complaints', edition: '2004', sections: ['Special Studies'], pages: [], text: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies' }],
    },
    {
      form: 'part and edition without sections',
      paragraph: 'Decision based on MTUS Acupuncture Treatment 2007.',
      citations: [{ ...MTUS, title: 'Acupuncture Treatment', edition: '2007', sections: [] }],
    },
    {
      form: 'one sentence naming two parts is two citations',
      paragraph:
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation).',
      citations: [
        { ...MTUS, title: 'Low Back Complaints', edition: '2004', sections: ['Physical Methods'], text: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods' },
        {
          ...MTUS,
          title: CPMTG,
          edition: '2016',
          sections: ['TENS, chronic pain (transcutaneous electrical nerve stimulation)'],
          text: 'Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation)',
        },
      ],
    },
    {
      form: 'three parts in one sentence; the part name itself holds commas',
      paragraph:
        'Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Initial Care, and Shoulder Complaints 2004, Section(s): Initial Care, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Initial Care, Physical Methods.',
      citations: [
        { ...MTUS, title: 'Neck and Upper Back Complaints', sections: ['Initial Care'], sectionIds: ['mtus/neck-and-upper-back/initial-care'] },
        { ...MTUS, title: 'Shoulder Complaints', sections: ['Initial Care'], sectionIds: ['mtus/shoulder/initial-care'] },
        {
          ...MTUS,
          title: 'Forearm, Wrist, and Hand Complaints',
          edition: '2004',
          sections: ['Initial Care', 'Physical Methods'],
          sectionIds: ['mtus/forearm-wrist-and-hand/initial-care', 'mtus/forearm-wrist-and-hand/physical-methods'],
        },
      ],
    },
    {
      form: 'a second part without sections',
      paragraph: 'Decision based on MTUS Shoulder Complaints 2004, and Low Back Complaints 2004. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      citations: [
        { ...MTUS, title: 'Shoulder Complaints', sections: [], sectionIds: [] },
        { ...MTUS, title: 'Low Back Complaints', sections: [], sectionIds: [] },
        { ...ODG, sections: [], sectionIds: [] },
      ],
    },
    {
      form: 'section titles holding commas, split on the catalogue',
      paragraph:
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, NSAIDs, hypertension and renal function, NSAIDs, specific drug list & adverse effects.',
      citations: [
        {
          ...MTUS,
          sections: [
            'NSAIDs (non-steroidal anti-inflammatory drugs)',
            'NSAIDs, GI symptoms & cardiovascular risk',
            'NSAIDs, hypertension and renal function',
            'NSAIDs, specific drug list & adverse effects',
          ],
          sectionIds: [
            'mtus/chronic-pain/nsaids',
            'mtus/chronic-pain/nsaids-gi-symptoms-and-cardiovascular-risk',
            'mtus/chronic-pain/nsaids-hypertension-and-renal-function',
            'mtus/chronic-pain/nsaids-specific-drug-list-and-adverse-effects',
          ],
        },
      ],
    },
    {
      form: '"Guidelines" after the edition, a registered mark in the title',
      paragraph: 'Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Bupropion (Wellbutrin®).',
      citations: [{ ...MTUS, title: CPMTG, edition: '2016', sections: ['Bupropion (Wellbutrin®)'] }],
    },
    {
      form: 'a page number standing where a section should',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'Decision based on MTUS Elbow Complaints 2007, Section(s): 326. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder (updated 11/23/16).',
      citations: [
        { ...MTUS, title: 'Elbow Complaints', edition: '2007', sections: [], pages: [[326, 326]] },
        { ...ODG, sections: ['Shoulder'] },
      ],
    },
    {
      form: 'numbered Opioid Treatment sections, whose titles hold commas and colons',
      paragraph:
        'Decision based on MTUS Opioid Treatment 2016, Section(s): 3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment, 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse, 4.1 Tapering Opioids: Indications for Tapering Opioids.',
      citations: [
        {
          ...MTUS,
          title: 'Opioid Treatment',
          edition: '2016',
          sections: [
            '3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment',
            '3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse',
            '4.1 Tapering Opioids: Indications for Tapering Opioids',
          ],
          sectionIds: [
            'mtus/opioid-treatment/3-overview-of-recommendations-regarding-chronic-opioid-treatment',
            'mtus/opioid-treatment/3-3-1-1-screening-for-drug-misuse-abuse',
            'mtus/opioid-treatment/4-1-indications-for-tapering-opioids',
          ],
        },
      ],
    },
    {
      form: 'a body-region part (Postsurgical) whose sections hold commas',
      paragraph: 'Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand.',
      citations: [
        {
          ...MTUS,
          title: 'Postsurgical Treatment',
          edition: '2009',
          sections: ['Knee', 'Forearm, Wrist, & Hand'],
          sectionIds: ['mtus/postsurgical/knee', 'mtus/postsurgical/forearm-wrist-and-hand'],
        },
      ],
    },
    {
      form: 'the fixed statement that no evidence was cited',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph: 'The Claims Administrator did not cite any medical evidence for its decision.',
      statement: 'NO_MEDICAL_EVIDENCE',
      citations: [],
    },
    {
      form: "the reviewer's fixed statement that no evidence was cited",
      paragraph: 'The Expert Reviewer did not cite any medical evidence for its decision.',
      statement: 'NO_MEDICAL_EVIDENCE',
      citations: [],
    },
    {
      form: '"outside of the MTUS" then ODG with dashed chapter name and topics',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines, Low Back - Lumbar & Thoracic (Acute & Chronic), Electrodiagnostic Studies (EDS); Nerve Conduction Studies (NCS).',
      statement: 'OUTSIDE_MTUS',
      citations: [
        {
          ...ODG,
          sections: ['Low Back - Lumbar & Thoracic (Acute & Chronic)', 'Electrodiagnostic Studies', 'Nerve Conduction Studies'],
          sectionIds: ['odg/low-back', 'odg/low-back/electrodiagnostic-studies', 'odg/low-back/nerve-conduction-studies'],
        },
      ],
    },
    {
      form: 'ODG edition year and web version',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines, 2016, Web Version, Criteria for skilled nursing facility.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ODG, edition: '2016', sections: ['Criteria for skilled nursing facility'] }],
    },
    {
      form: 'ODG written "ODG", chapter and topic joined by a slash',
      paragraph:
        'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder/MR Arthrogram.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ODG, sections: ['Shoulder', 'MR Arthrogram'], sectionIds: ['odg/shoulder', 'odg/shoulder/mr-arthrogram'] }],
    },
    {
      form: 'ODG chapter and topic in "Section ... Topic" wording, with a registered mark',
      paragraph:
        'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain Section/Lidoderm® (lidocaine patch) Topic.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ODG, sections: ['Pain', 'Lidoderm®'], sectionIds: ['odg/pain', 'odg/pain/lidoderm'] }],
    },
    {
      form: 'ODG and a second source in one sentence is one citation, with its link',
      paragraph:
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Surgical Considerations, Physical Methods, Summary. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI) and Other Medical Treatment Guidelines www.mdguidelines.com.',
      citations: [
        { ...MTUS, title: 'Low Back Complaints', sections: ['Surgical Considerations', 'Physical Methods', 'Summary'] },
        {
          ...ODG,
          sections: ['Low Back (Thoracic and Lumbar, Acute and Chronic)', 'Epidural Steroid Injection'],
          sectionIds: ['odg/low-back', 'odg/low-back/epidural-steroid-injection'],
          url: 'www.mdguidelines.com',
        },
      ],
    },
    {
      form: 'ODG "Chapter" with an updated date',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Chapter: Low Back-Lumbar & Thoracic (Acute & Chronic) 12/20/2016 MRI (magnetic resonance imaging).',
      citations: [
        { ...MTUS, sections: ['Special Studies'] },
        { ...ODG, edition: null, sections: ['Low Back-Lumbar & Thoracic (Acute & Chronic)', 'MRI'], sectionIds: ['odg/low-back', 'odg/low-back/mri'] },
      ],
    },
    {
      form: 'ODG named through its publisher',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Work Loss Data Institute (21th Annual Edition), 2016, Neck and Upper Back (Acute & Chronic) Chapter.',
      citations: [
        { ...MTUS, sections: ['Special Studies'] },
        { ...ODG, edition: '2016', sections: ['Neck and Upper Back (Acute & Chronic)'] },
      ],
    },
    {
      form: '"Non-MTUS" without the word "Citation"',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Official Disability Guidelines (ODG), Pain.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ODG, sections: ['Pain'] }],
    },
    {
      form: 'ACOEM with its edition and a page',
      paragraph:
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic Pain Medical Treatment 2016, Section(s): Facet blocks. Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders, pg. 607.',
      citations: [
        { ...MTUS, title: 'Low Back Complaints', sections: ['Summary'] },
        { ...MTUS, title: CPMTG, sections: ['Facet blocks'] },
        { ...ACOEM, edition: '3rd', sections: ['Low Back Disorders'], sectionIds: ['acoem/low-back-disorders'], pages: [[607, 607]] },
      ],
    },
    {
      form: 'ACOEM by chapter and topic',
      paragraph:
        'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ACOEM Hip and Groin Chapter/Diagnostic and treatment recommendations.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ ...ACOEM, sections: ['Hip and Groin', 'Diagnostic and treatment recommendations'], sectionIds: ['acoem/hip-and-groin-disorders'] }],
    },
    {
      form: 'a textbook (OTHER) named by its title',
      paragraph:
        "Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Surgical Considerations. Decision based on Non-MTUS Citation Green's Operative Hand Surgery, 6th ed Chapter 17: Distal Radius Fractures, Chapter 30: Compression Neuropathies.",
      citations: [
        { ...MTUS, title: 'Forearm, Wrist, and Hand Complaints', sections: ['Surgical Considerations'] },
        { source: 'OTHER', basedOnMtus: false, title: "Green's Operative Hand Surgery", sections: [], sectionIds: [] },
      ],
    },
    {
      form: 'web pages (OTHER) whose link broke across lines',
      paragraph:
        'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation http://www.slideshare.net/julenemcalister/differences-between-inpatient-rehabilitation-skilled- nursing-care, https://medicalinsider.holy-cross.com/acute-inpatient-rehabilitation-versus-skilled- nursing-facility-rehabilitation.',
      statement: 'OUTSIDE_MTUS',
      citations: [
        { source: 'OTHER', basedOnMtus: false, title: null, url: 'http://www.slideshare.net/julenemcalister/differences-between-inpatient-rehabilitation-skilled-nursing-care' },
      ],
    },
    {
      form: 'a drug label site (OTHER)',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph:
        'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation http://www.drugs.com/famotidine.html.',
      statement: 'OUTSIDE_MTUS',
      citations: [{ source: 'OTHER', url: 'http://www.drugs.com/famotidine.html' }],
    },
    {
      form: '"outside of the MTUS" followed by nothing cited',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      paragraph: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
      statement: 'OUTSIDE_MTUS',
      citations: [],
    },
  ];
  it.each(cases)('$form', check);
});

describe('forms the domain notes describe (typos, spellings, older letters)', () => {
  const cases: Case[] = [
    {
      form: 'typos kept as written, still known',
      paragraph: 'Decision based on MTUS Knee Complaints 2004, Section(s): Inital Care, Diagnositc Criteria.',
      citations: [{ ...MTUS, title: 'Knee Complaints', sections: ['Inital Care', 'Diagnositc Criteria'], sectionIds: ['mtus/knee/initial-care', 'mtus/knee/diagnostic-criteria'] }],
    },
    {
      form: 'a section the catalogue does not know stays as written and is reported',
      paragraph: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics, Ginger root, lowers swelling.',
      citations: [{ ...MTUS, sections: ['Topical analgesics', 'Ginger root, lowers swelling'], sectionIds: ['mtus/chronic-pain/topical-analgesics'] }],
      unknownSections: ['Ginger root, lowers swelling'],
    },
    {
      form: 'a word hyphenated across lines inside a section list',
      paragraph: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioid- induced constipation treatment.',
      citations: [{ ...MTUS, sections: ['Opioid- induced constipation treatment'], sectionIds: ['mtus/chronic-pain/opioid-induced-constipation-treatment'] }],
    },
    {
      form: 'a word broken across lines that has no hyphen of its own',
      paragraph: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Electro- diagnostic testing (EMG/NCS), Topical anal- gesics.',
      citations: [
        {
          ...MTUS,
          sections: ['Electro- diagnostic testing (EMG/NCS)', 'Topical anal- gesics'],
          sectionIds: ['mtus/chronic-pain/electrodiagnostic-testing', 'mtus/chronic-pain/topical-analgesics'],
        },
      ],
    },
    {
      form: '"NonMTUS Citation"',
      paragraph: 'Decision based on NonMTUS Citation ODG Mental Illness and Stress.',
      citations: [{ ...ODG, sections: ['Mental Illness and Stress'] }],
    },
    {
      form: 'an older letter naming the edition in parentheses',
      paragraph: 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines (Effective July 18, 2009) Page(s): 22.',
      citations: [{ ...MTUS, title: CPMTG, edition: '2009', sections: [], pages: [[22, 22]] }],
    },
  ];
  it.each(cases)('$form', check);
});

describe('sections as concepts (sectionIds)', () => {
  const cases: Case[] = [
    {
      form: 'the two ways of writing the opioid criteria are one section',
      paragraph:
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use. Decision based on MTUS Chronic Pain Treatment Guidelines Criteria for use of opioids Page(s): 76-79.',
      citations: [
        { ...MTUS, sections: ['Opioids, criteria for use'], sectionIds: ['mtus/chronic-pain/opioids-criteria-for-use'] },
        { ...MTUS, sections: ['Criteria for use of opioids'], sectionIds: ['mtus/chronic-pain/opioids-criteria-for-use'] },
      ],
    },
    {
      form: 'one section written twice in a list has one id',
      paragraph: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain), Carisoprodol, Muscle relaxants.',
      citations: [{ ...MTUS, sections: ['Muscle relaxants (for pain)', 'Carisoprodol', 'Muscle relaxants'], sectionIds: ['mtus/chronic-pain/muscle-relaxants', 'mtus/chronic-pain/carisoprodol'] }],
    },
    {
      form: 'ODG topics joined by "and" after a known topic (CM17-0010420)',
      paragraph:
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back & Thoracic chapter (Acute & Chronic): Preoperative lab testing and Preoperative testing, general.',
      citations: [
        {
          ...ODG,
          sections: ['Low Back & Thoracic', 'Preoperative lab testing', 'Preoperative testing, general'],
          sectionIds: ['odg/low-back', 'odg/low-back/preoperative-lab-testing', 'odg/low-back/preoperative-testing-general'],
        },
      ],
    },
    {
      form: 'an ODG topic written before its chapter is read in that chapter',
      paragraph: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) physical therapy, elbow chapter.',
      citations: [{ ...ODG, sections: ['physical therapy', 'elbow'], sectionIds: ['odg/elbow/physical-therapy', 'odg/elbow'] }],
    },
    {
      form: 'each ODG topic is read in the chapter written before it',
      paragraph: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee/DME, Low Back Lumbar and Thoracic/Mattress selection.',
      citations: [
        {
          ...ODG,
          sections: ['Knee', 'DME', 'Low Back Lumbar and Thoracic', 'Mattress selection'],
          sectionIds: ['odg/knee-and-leg', 'odg/knee-and-leg/durable-medical-equipment', 'odg/low-back', 'odg/low-back/mattress-selection'],
        },
      ],
    },
    {
      form: 'an ODG topic in a chapter the catalogue does not list it under has no id, and no warning',
      paragraph: 'Decision based on Non-MTUS Citation Official Disability Guidelines, Shoulder Chapter, Hand Chapter, Physical therapy.',
      citations: [{ ...ODG, sections: ['Shoulder', 'Hand', 'Physical therapy'], sectionIds: ['odg/shoulder', 'odg/forearm-wrist-and-hand'] }],
    },
    {
      form: 'a known ODG topic stops at the author\'s name that follows it (CM17-0005344)',
      paragraph:
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low back, Lumbar & Thoracic (Acute & Chronic) - Manipulation Harris J.',
      citations: [{ ...ODG, sections: ['Low back, Lumbar & Thoracic (Acute & Chronic)', 'Manipulation', 'Harris J'], sectionIds: ['odg/low-back', 'odg/low-back/manipulation'] }],
    },
  ];
  it.each(cases)('$form', check);
});

describe('ways older letters write the MTUS part', () => {
  const cases: Case[] = [
    {
      form: 'the ACOEM book with edition, year and chapter number: the chapter named is the part',
      paragraph:
        'Decision based on MTUS American College of Occupational and Environmental Medicine (ACOEM), 2nd Edition, (2004), Chapter 12, Low Back Complaints, pages 303-305.',
      citations: [{ ...MTUS, title: 'Low Back Complaints', edition: '2004', sections: [], pages: [[303, 305]] }],
    },
    {
      form: 'ACOEM alone with pages',
      paragraph: 'Decision based on MTUS ACOEM Page(s): 303-305.',
      citations: [{ ...MTUS, title: 'ACOEM', sections: [], pages: [[303, 305]] }],
    },
    {
      form: 'a chapter number after the part is not a section',
      paragraph: 'Decision based on MTUS Low Back Complaints Chapter 12 Page(s): 303.',
      citations: [{ ...MTUS, title: 'Low Back Complaints', edition: null, sections: [], pages: [[303, 303]] }],
    },
    {
      form: 'a regulation number before the part',
      paragraph: 'Decision based on MTUS 9792.24.2 Chronic Pain Medical Treatment Guidelines Page(s): 49.',
      citations: [{ ...MTUS, title: CPMTG, sections: [], pages: [[49, 49]] }],
    },
    {
      form: 'a table of an ACOEM chapter is kept, and reported, as a section',
      paragraph: 'Decision based on MTUS: ACOEM Chapter 8 Neck and Upper Back Complaints, Table 8-8.',
      citations: [{ ...MTUS, title: 'Neck and Upper Back Complaints', sections: ['Table 8-8'], sectionIds: [] }],
      unknownSections: ['Table 8-8'],
    },
    {
      form: 'ODG named through its publisher and "Treatment in Workers Compensation"',
      paragraph: 'Decision based on Non-MTUS Citation Work Loss Data Institute, ODG Treatment in Workers Compensation, 2015, Low Back Chapter.',
      citations: [{ ...ODG, edition: '2015', sections: ['Low Back'] }],
    },
    {
      form: 'a drug label named by its site',
      paragraph: 'Decision based on Non-MTUS Citation FDA.gov: Zolpidem (Ambien) label.',
      citations: [{ source: 'OTHER', title: 'FDA.gov', url: null }],
    },
  ];
  it.each(cases)('$form', check);
});

describe('what a paragraph that is not a citation yields', () => {
  it('is nothing, for an empty paragraph', () => {
    expect(parseGuidelineParagraph('', 'CLAIMS_ADMINISTRATOR')).toEqual({ citations: [], statement: null, unknownSections: [] });
  });

  it('is nothing, for prose that names no guideline', () => {
    expect(parseGuidelineParagraph('See the rationale below.', 'INDEPENDENT_REVIEWER')).toEqual({ citations: [], statement: null, unknownSections: [] });
  });

  it('keeps each citation text a verbatim piece of the paragraph', () => {
    // Prepare
    const paragraph =
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back.';
    // Act
    const { citations } = parseGuidelineParagraph(paragraph, 'CLAIMS_ADMINISTRATOR');
    // Assess
    expect(citations).toHaveLength(3);
    for (const c of citations) expect(paragraph).toContain(c.text);
  });
});

describe('any paragraph at all', () => {
  /** Pieces of real paragraphs, so random ones reach deep into the splitter rather than stopping at "no citation". */
  const FRAGMENTS = [
    'Decision based on MTUS ',
    'Decision based on Non-MTUS Citation ',
    'Chronic Pain Medical Treatment 2016',
    'Low Back Complaints 2004',
    'Forearm, Wrist, and Hand Complaints 2004',
    ', Section(s): ',
    ', and ',
    'NSAIDs, GI symptoms & cardiovascular risk',
    'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
    '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance',
    'Page(s): 76-79',
    'Official Disability Guidelines (ODG), Pain Chapter',
    'Low Back - Lumbar & Thoracic (Acute & Chronic)',
    '(updated 12/20/16)',
    'http://www.odg-twc.com/index.html',
    'ACOEM',
    '/',
    '(',
    ')',
    '. ',
    ', ',
    '; ',
    ' - ',
    '326',
    'did not cite any medical evidence',
  ];
  const paragraphs = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')));

  it('is read without throwing, every citation text a verbatim piece of it, every page range in order', () => {
    fc.assert(
      fc.property(paragraphs, fc.constantFrom<CitedBy>('CLAIMS_ADMINISTRATOR', 'INDEPENDENT_REVIEWER'), (paragraph, citedBy) => {
        const result = parseGuidelineParagraph(paragraph, citedBy);
        for (const c of result.citations) {
          expect(paragraph).toContain(c.text);
          expect(c.citedBy).toBe(citedBy);
          expect(c.basedOnMtus).toBe(c.source === 'MTUS');
          for (const p of c.pages) expect(p.start).toBeLessThanOrEqual(p.end);
          for (const s of c.sections) expect(s.trim()).not.toBe('');
          expect(new Set(c.sectionIds).size).toBe(c.sectionIds.length);
          for (const id of c.sectionIds) expect(sectionConcept(id)?.source).toBe(c.source);
        }
        for (const unknown of result.unknownSections) expect(result.citations.some((c) => c.sections.includes(unknown))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is read in one pass even when a broken letter runs one paragraph on for pages', () => {
    // Prepare: a run-on section list far longer than any letter's (a splitter that tried every
    // word as a title would take minutes here, past the test timeout)
    const runOn = `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${'Opioids criteria for use of the medication at hand '.repeat(4000)}`;
    // Act
    const result = parseGuidelineParagraph(runOn, 'INDEPENDENT_REVIEWER');
    // Assess
    expect(result.citations).toHaveLength(1);
    expect(result.citations[0]?.sections[0]).toBe('Opioids');
  });
});

describe('non-MTUS citations as written in letters this project had not seen', () => {
  const sectionsOf = (paragraph: string) => parseGuidelineParagraph(paragraph, 'INDEPENDENT_REVIEWER').citations.map((c) => [c.source, c.sections]);

  it.each([
    // A topic in a chapter's brackets is a topic, with its own abbreviation dropped.
    ['Official Disability Guidelines (ODG) Neck & Upper Back (Extracorporeal shock wave therapy (ESWT))', ['Neck & Upper Back', 'Extracorporeal shock wave therapy']],
    ['Official Disability Guidelines (ODG) Low Back (Shock wave therapy)', ['Low Back', 'Shock wave therapy']],
    // …but a chapter's own "(Acute & Chronic)" stays with it.
    ['ODG Shoulder (Acute & Chronic), Surgery for rotator cuff repair)', ['Shoulder (Acute & Chronic)', 'Surgery for rotator cuff repair']],
    // Fragments that name nothing are no sections.
    ['ODG Guidelines', []],
    ['Official Disability Guidelines, Low Back Chapter, Physical Therapy (PT), subheading ODG Physical Therapy Guidelines', ['Low Back', 'Physical Therapy', 'Physical Therapy Guidelines']],
    ['Official Disability Guidelines: Pain (Chronic), Opioids, criteria for use and Physical Therapy Guidelines', ['Pain (Chronic)', 'Opioids, criteria for use', 'Physical Therapy Guidelines']],
    // A chapter title holds its comma, whether it says "and" or "&".
    ['Official Disability Guidelines, Low Back, Lumbar and Thoracic (Acute and Chronic): Shock wave therapy', ['Low Back, Lumbar and Thoracic (Acute and Chronic)', 'Shock wave therapy']],
  ])('%s', (citation, sections) => {
    expect(sectionsOf(`Decision based on Non-MTUS Citation ${citation}.`)).toEqual([['ODG', sections]]);
  });

  it('gives a citation of each guideline one sentence names side by side', () => {
    const citations = parseGuidelineParagraph('Decision based on Non-MTUS Citation ACOEM guidelines and the Official Disability Guidelines.', 'CLAIMS_ADMINISTRATOR').citations;
    expect(citations.map((c) => [c.source, c.title])).toEqual([
      ['ACOEM', 'ACOEM Practice Guidelines'],
      ['ODG', 'Official Disability Guidelines'],
    ]);
    const two = parseGuidelineParagraph('Decision based on Non-MTUS Citation ODG, Knee & Leg, MRI and ACOEM Practice Guidelines, 2nd Edition, page 341.', 'INDEPENDENT_REVIEWER').citations;
    expect(two.map((c) => [c.source, c.sections, c.edition, c.pages])).toEqual([
      ['ODG', ['Knee & Leg', 'MRI'], null, []],
      ['ACOEM', [], '2nd', [{ start: 341, end: 341 }]],
    ]);
    // A topic's own guideline in ODG is no second source.
    expect(parseGuidelineParagraph('Decision based on Non-MTUS Citation ODG Neck and Upper Back, Manipulation and ODG Chiropractic Guidelines.', 'INDEPENDENT_REVIEWER').citations).toHaveLength(1);
  });

  it('finds an MTUS part written with "&" where the catalogue says "and"', () => {
    const [citation] = parseGuidelineParagraph('Decision based on MTUS ACOEM Neck & Upper Back Complaints, Section(s): Special Studies.', 'CLAIMS_ADMINISTRATOR').citations;
    expect(citation).toMatchObject({ source: 'MTUS', title: 'Neck and Upper Back Complaints', sections: ['Special Studies'] });
  });
});

describe('Chronic Pain sections real letters cite that the catalogue once lacked', () => {
  it.each(['Opioids, cancer pain vs. nonmalignant pain', 'Low-Level Laser Therapy (LLLT)', 'Introduction'])('%s is one known section, with a concept', (section) => {
    const result = parseGuidelineParagraph(`Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): ${section}, Acupuncture.`, 'CLAIMS_ADMINISTRATOR');
    expect(result.unknownSections).toEqual([]);
    expect(result.citations[0]?.sections).toEqual([section, 'Acupuncture']);
    expect(result.citations[0]?.sectionIds).toHaveLength(2);
  });
});
