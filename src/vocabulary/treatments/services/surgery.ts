/**
 * Surgery by procedure (DWC category Surgery: Spine; Arthroscopic; Non-arthroscopic; Adjunct
 * Surgical Services; Surgical Consult). A procedure usually done through the arthroscope is
 * narrower than arthroscopy; one done either way has an arthroscopic combination, which a
 * request naming both ("Right shoulder arthroscopy, rotator cuff repair") is.
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const SPINE_GROUP = 'group/spine-surgery';
const ADJUNCT_GROUP = 'group/adjunct-surgical-services';
const ARTHROSCOPY = 'surgery/arthroscopy';

const spine = services({ category: 'SURGERY', subcategory: 'Spine', broader: [SPINE_GROUP] });
const arthroscopic = services({ category: 'SURGERY', subcategory: 'Arthroscopic', broader: [ARTHROSCOPY] });
const consult = services({ category: 'SURGERY', subcategory: 'Surgical Consult', broader: ['category/surgery'] });
const adjunct = services({ category: 'SURGERY', subcategory: 'Adjunct Surgical Services', broader: [ADJUNCT_GROUP] });
const open = services({ category: 'SURGERY', subcategory: 'Non-arthroscopic', broader: ['category/surgery'] });

export const SURGERY: readonly ServiceRecord[] = [
  spine('surgery/anterior-cervical-discectomy-and-fusion', 'Anterior cervical discectomy and fusion', {
    synonyms: ['ACDF', 'anterior cervical discectomy fusion', 'anterior cervical fusion'],
    broader: [SPINE_GROUP, 'surgery/spinal-fusion', 'surgery/discectomy'],
  }),
  spine('surgery/spinal-fusion', 'Spinal fusion', {
    synonyms: ['fusion', 'lumbar fusion', 'cervical fusion', 'spinal arthrodesis', 'arthrodesis', 'interbody fusion', 'TLIF', 'PLIF', 'ALIF', 'XLIF', 'posterior lumbar interbody fusion', 'anterior lumbar interbody fusion', 'transforaminal lumbar interbody fusion', 'posterolateral fusion'],
  }),
  spine('surgery/laminectomy', 'Laminectomy', { synonyms: ['hemilaminectomy', 'laminotomy', 'hemilaminotomy', 'laminoplasty', 'decompressive laminectomy'] }),
  spine('surgery/discectomy', 'Discectomy', { synonyms: ['microdiscectomy', 'diskectomy', 'microdiskectomy', 'micro-discectomy', 'micro discectomy'] }),
  spine('surgery/foraminotomy', 'Foraminotomy', { synonyms: ['foraminectomy'] }),
  spine('surgery/spinal-cord-stimulator', 'Spinal cord stimulator', {
    synonyms: ['SCS', 'spinal cord stimulation', 'spinal cord stimulator trial', 'spinal cord stimulator implant', 'dorsal column stimulator', 'neurostimulator'],
    cues: ['spinal cord stimulator*'],
  }),
  spine('surgery/intrathecal-pump', 'Intrathecal pump', { synonyms: ['intrathecal drug delivery system', 'pain pump', 'intrathecal pain pump', 'morphine pump'] }),
  spine('surgery/kyphoplasty', 'Kyphoplasty', { synonyms: ['balloon kyphoplasty'] }),
  spine('surgery/vertebroplasty', 'Vertebroplasty'),
  spine('surgery/disc-replacement', 'Artificial disc replacement', { synonyms: ['disc replacement', 'disc arthroplasty', 'artificial disc', 'total disc replacement', 'cervical disc replacement', 'lumbar disc replacement'] }),
  group(SPINE_GROUP, 'Spine surgery', { category: 'SURGERY', subcategory: 'Spine', broader: ['category/surgery'] }, {
    synonyms: ['spinal surgery', 'back surgery', 'neck surgery'],
    cues: ['spine surgery', 'spinal surgery', 'back surgery', 'neck surgery'],
  }),

  arthroscopic('surgery/arthroscopic-rotator-cuff-repair', 'Arthroscopic rotator cuff repair', {
    synonyms: ['ARCR', 'arthroscopic RCR', 'arthroscopic rotator cuff repairs'],
    combines: [ARTHROSCOPY, 'surgery/rotator-cuff-repair'],
    broader: [],
  }),
  arthroscopic('surgery/arthroscopic-subacromial-decompression', 'Arthroscopic subacromial decompression', {
    synonyms: ['ASAD', 'arthroscopic SAD'],
    combines: [ARTHROSCOPY, 'surgery/subacromial-decompression'],
    broader: [],
  }),
  arthroscopic('surgery/arthroscopic-debridement', 'Arthroscopic debridement', { combines: [ARTHROSCOPY, 'surgery/debridement'], broader: [] }),
  arthroscopic('surgery/slap-repair', 'SLAP repair', {
    synonyms: ['superior labral anterior posterior repair', 'superior labrum anterior posterior repair', 'SLAP lesion repair'],
    broader: ['surgery/labral-repair'],
  }),
  arthroscopic('surgery/labral-repair', 'Labral repair', { synonyms: ['labrum repair', 'labral debridement', 'acetabular labral repair', 'Bankart repair'] }),
  arthroscopic('surgery/meniscectomy', 'Meniscectomy', { synonyms: ['partial meniscectomy', 'medial meniscectomy', 'lateral meniscectomy'] }),
  arthroscopic('surgery/meniscus-repair', 'Meniscus repair', { synonyms: ['meniscal repair', 'meniscus surgery'] }),
  arthroscopic('surgery/acl-reconstruction', 'ACL reconstruction', { synonyms: ['anterior cruciate ligament reconstruction', 'ACL repair', 'ACL surgery'] }),
  arthroscopic('surgery/chondroplasty', 'Chondroplasty', { synonyms: ['abrasion chondroplasty', 'microfracture'] }),
  arthroscopic(ARTHROSCOPY, 'Arthroscopy', {
    synonyms: ['arthroscopic surgery', 'operative arthroscopy', 'diagnostic arthroscopy', 'knee arthroscopy', 'shoulder arthroscopy', 'hip arthroscopy', 'wrist arthroscopy', 'ankle arthroscopy', 'arthroscopic'],
    cues: ['arthroscop*'],
    broader: ['category/surgery'],
  }),

  consult('surgery/surgical-consultation', 'Surgical consultation', {
    synonyms: ['surgical consult', 'surgeon consultation', 'surgical evaluation', 'surgical opinion', 'orthopedic surgeon consultation', 'spine surgeon consultation', 'spine surgery consultation', 'neurosurgical consultation', 'neurosurgery consultation', 'neurosurgeon'],
    cues: ['surgical consult*', 'surgeon consult*', 'surgery consult*', 'surgeon eval*', 'surgical eval*', 'spine surgeon', 'orthopedic surgeon', 'orthopaedic surgeon', 'ortho spine surgeon', 'neurosurg*', 'surgeon'],
  }),

  adjunct('surgery/assistant-surgeon', 'Assistant surgeon', { synonyms: ['surgical assistant', 'assistant PA', 'co-surgeon', 'physician assistant surgeon', 'assistant at surgery'] }),
  adjunct('surgery/anesthesia', 'Anesthesia', { synonyms: ['anesthesiologist', 'anesthesia services', 'monitored anesthesia care', 'general anesthesia', 'anaesthesia'] }),
  adjunct('surgery/inpatient-stay', 'Inpatient hospital stay', { synonyms: ['inpatient stay', 'hospital stay', 'length of stay', 'inpatient admission', 'overnight stay', 'inpatient hospitalization'] }),
  group(ADJUNCT_GROUP, 'Adjunct surgical services', { category: 'SURGERY', subcategory: 'Adjunct Surgical Services', broader: ['category/surgery'] }, {
    synonyms: ['associated surgical services', 'surgical services'],
  }),

  open('surgery/rotator-cuff-repair', 'Rotator cuff repair', { synonyms: ['RCR', 'rotator cuff repairs', 'rotator cuff surgery', 'cuff repair', 'rotator cuff reconstruction'] }),
  open('surgery/subacromial-decompression', 'Subacromial decompression', { synonyms: ['SAD', 'shoulder decompression'] }),
  open('surgery/acromioplasty', 'Acromioplasty'),
  open('surgery/distal-clavicle-excision', 'Distal clavicle excision', { synonyms: ['Mumford', 'Mumford procedure', 'distal clavicle resection', 'distal clavicectomy'] }),
  open('surgery/biceps-tenodesis', 'Biceps tenodesis', { synonyms: ['tenodesis', 'proximal biceps tenodesis', 'biceps tenotomy'] }),
  open('surgery/shoulder-arthroplasty', 'Shoulder arthroplasty', { synonyms: ['total shoulder arthroplasty', 'TSA', 'shoulder replacement', 'reverse shoulder arthroplasty', 'total shoulder replacement'], broader: ['surgery/arthroplasty'] }),
  open('surgery/total-knee-arthroplasty', 'Knee arthroplasty', { synonyms: ['TKA', 'TKR', 'total knee arthroplasty', 'total knee replacement', 'knee replacement', 'unicompartmental knee arthroplasty', 'partial knee replacement'], broader: ['surgery/arthroplasty'] }),
  open('surgery/total-hip-arthroplasty', 'Hip arthroplasty', { synonyms: ['THA', 'THR', 'total hip arthroplasty', 'total hip replacement', 'hip replacement', 'hemiarthroplasty'], broader: ['surgery/arthroplasty'] }),
  open('surgery/arthroplasty', 'Arthroplasty', { synonyms: ['joint replacement', 'joint replacement surgery'], cues: ['replacement'] }),
  open('surgery/carpal-tunnel-release', 'Carpal tunnel release', { synonyms: ['CTR', 'carpal tunnel surgery', 'open carpal tunnel release', 'endoscopic carpal tunnel release', 'carpal tunnel decompression'] }),
  open('surgery/trigger-finger-release', 'Trigger finger release', { synonyms: ['trigger finger surgery', 'A1 pulley release', 'trigger thumb release'] }),
  open('surgery/cubital-tunnel-release', 'Cubital tunnel release', { synonyms: ['ulnar nerve transposition', 'ulnar nerve release', 'ulnar nerve decompression'], cues: ['transposition'] }),
  open('surgery/de-quervain-release', 'De Quervain release', { synonyms: ['de Quervain\u2019s release', 'first dorsal compartment release'] }),
  open('surgery/lateral-epicondyle-release', 'Lateral epicondyle release', { synonyms: ['tennis elbow release', 'lateral epicondylar release', 'lateral epicondylar debridement', 'tennis elbow surgery'] }),
  open('surgery/open-reduction-internal-fixation', 'Open reduction and internal fixation', { synonyms: ['ORIF', 'open reduction', 'open reduction internal fixation', 'internal fixation'] }),
  open('surgery/ligament-reconstruction', 'Ligament reconstruction', { synonyms: ['ligament repair', 'lateral ankle ligament reconstruction', 'Brostrom procedure', 'Brostrom repair', 'ankle ligament reconstruction', 'ligament reconstruction surgery'] }),
  open('surgery/hardware-removal', 'Hardware removal', { synonyms: ['removal of hardware', 'hardware removal surgery'] }),
  open('surgery/hernia-repair', 'Hernia repair', { synonyms: ['herniorrhaphy', 'hernioplasty', 'inguinal hernia repair', 'umbilical hernia repair'] }),
  open('surgery/ganglion-cyst-excision', 'Ganglion cyst excision', { synonyms: ['ganglion excision', 'ganglionectomy', 'ganglion cyst removal'] }),
  open('surgery/manipulation-under-anesthesia', 'Manipulation under anesthesia', { synonyms: ['MUA'] }),
  open('surgery/fasciotomy', 'Fasciotomy', { synonyms: ['plantar fascia release', 'plantar fasciotomy'] }),
  open('surgery/tenotomy', 'Tenotomy', { synonyms: ['percutaneous tenotomy', 'Tenex'] }),
  open('surgery/capsular-release', 'Capsular release', { synonyms: ['capsulorrhaphy', 'capsulotomy', 'capsular shift'] }),
  open('surgery/debridement', 'Debridement', { synonyms: ['surgical debridement'] }),
  open('surgery/synovectomy', 'Synovectomy'),
  open('surgery/osteotomy', 'Osteotomy'),
  open('surgery/bunionectomy', 'Bunionectomy', { synonyms: ['bunion surgery'] }),
  open('surgery/neurolysis', 'Neurolysis', { synonyms: ['nerve release', 'nerve decompression'] }),
  open('surgery/amputation', 'Amputation'),
  group('group/surgery-unspecified', 'Surgery (unspecified)', { category: 'SURGERY', subcategory: 'Non-arthroscopic', broader: ['category/surgery'] }, {
    cues: ['surgery', 'surgeries', 'surgical repair', 'surgical procedure', 'repair', 'release', 'reconstruction', 'excision', 'decompression'],
  }),
  category('SURGERY', 'Surgery', { synonyms: ['surgery', 'surgeries', 'surgical', 'surgical procedures', 'operations'] }),
];
