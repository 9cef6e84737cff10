/**
 * Injections (DWC category Injection: subcategories Facet Injection and Injection). Words from the
 * requests in the letters and the MTUS/ODG section titles on injections.
 */
import { category, group, services, type ServiceRecord } from '../records.js';

const FACET_GROUP = 'group/facet-procedures';
const facet = services({ category: 'INJECTION', subcategory: 'Facet Injection', broader: [FACET_GROUP] });
const injection = services({ category: 'INJECTION', subcategory: 'Injection', broader: ['category/injection'] });

export const INJECTIONS: readonly ServiceRecord[] = [
  facet('injection/medial-branch-block', 'Medial branch block', {
    synonyms: ['MBB', 'MBBs', 'medial branch blocks', 'medial branch nerve block', 'facet medial branch block'],
    cues: ['medial branch block*'],
  }),
  facet('injection/radiofrequency-ablation', 'Radiofrequency ablation', {
    synonyms: ['RFA', 'radiofrequency neurotomy', 'radiofrequency rhizotomy', 'rhizotomy', 'facet rhizotomy', 'facet neurotomy', 'radiofrequency denervation', 'RF ablation', 'RF neurotomy', 'radio frequency ablation'],
  }),
  facet('injection/facet-joint-injection', 'Facet joint injection', {
    synonyms: ['facet injection', 'facet joint block', 'facet block', 'intra-articular facet injection', 'facet joint injections', 'facet blocks'],
    cues: ['facet injection*', 'facet joint injection*', 'facet block*', 'facet joint block*'],
  }),
  group(FACET_GROUP, 'Facet procedures', { category: 'INJECTION', subcategory: 'Facet Injection', broader: ['category/injection'] }, {
    synonyms: ['facet', 'facets', 'facet procedures', 'facet joint procedures'],
    cues: ['facet', 'facets'],
  }),

  injection('injection/transforaminal-epidural-steroid-injection', 'Transforaminal epidural steroid injection', {
    synonyms: ['TFESI', 'TESI', 'transforaminal ESI', 'transforaminal epidural injection', 'transforaminal epidural', 'transforaminal injection', 'transforaminal epidural steroid injections', 'selective nerve root block', 'SNRB'],
    cues: ['transforaminal'],
    broader: ['injection/epidural-steroid-injection'],
  }),
  injection('injection/interlaminar-epidural-steroid-injection', 'Interlaminar epidural steroid injection', {
    synonyms: ['ILESI', 'interlaminar ESI', 'interlaminar epidural injection', 'interlaminar epidural', 'caudal epidural', 'caudal epidural steroid injection', 'caudal ESI'],
    cues: ['interlaminar', 'caudal'],
    broader: ['injection/epidural-steroid-injection'],
  }),
  injection('injection/epidural-steroid-injection', 'Epidural steroid injection', {
    synonyms: ['ESI', 'ESIs', 'epidural steroid injections', 'epidural injection', 'epidural injections', 'epidural', 'epidural block', 'epidural steroid', 'LESI', 'CESI', 'lumbar epidural steroid injection', 'cervical epidural steroid injection'],
    cues: ['epidural*'],
  }),
  injection('injection/trigger-point-injection', 'Trigger point injection', {
    synonyms: ['TPI', 'TPIs', 'trigger point injections', 'trigger point'],
    cues: ['trigger point*'],
  }),
  injection('injection/platelet-rich-plasma', 'Platelet-rich plasma injection', {
    synonyms: ['PRP', 'PRP injection', 'platelet-rich plasma', 'platelet rich plasma', 'platelet rich plasma injection'],
  }),
  injection('injection/viscosupplementation', 'Viscosupplementation', {
    synonyms: ['viscosupplementation injection', 'hyaluronic acid injection', 'hyaluronic acid injections', 'hyaluronan injection', 'Synvisc', 'Synvisc-One', 'Orthovisc', 'Euflexxa', 'Supartz', 'Hyalgan', 'Gel-One', 'Monovisc', 'Durolane', 'Gelsyn'],
  }),
  injection('injection/sacroiliac-joint-injection', 'Sacroiliac joint injection', {
    synonyms: ['SI joint injection', 'SI joint block', 'SIJ injection', 'sacroiliac joint block', 'sacroiliac injection', 'SI joint injections'],
  }),
  injection('injection/sympathetic-block', 'Sympathetic nerve block', {
    synonyms: ['sympathetic block', 'lumbar sympathetic block', 'stellate ganglion block', 'stellate ganglion'],
    cues: ['sympathetic block*'],
    broader: ['injection/nerve-block'],
  }),
  injection('injection/nerve-block', 'Nerve block', {
    synonyms: ['nerve blocks', 'peripheral nerve block', 'occipital nerve block', 'genicular nerve block', 'suprascapular nerve block', 'intercostal nerve block'],
    cues: ['nerve block*'],
  }),
  injection('injection/botulinum-toxin', 'Botulinum toxin injection', {
    synonyms: ['Botox', 'Botox injection', 'Botox injections', 'botulinum toxin', 'botulinum'],
  }),
  injection('injection/prolotherapy', 'Prolotherapy', { synonyms: ['prolotherapy injection', 'prolotherapy injections'] }),
  injection('injection/corticosteroid-injection', 'Corticosteroid injection', {
    synonyms: ['steroid injection', 'steroid injections', 'cortisone injection', 'cortisone shot', 'steroid shot', 'corticosteroid injections', 'cortisone injections'],
  }),
  injection('injection/joint-injection', 'Joint injection', {
    synonyms: ['intra-articular injection', 'joint injections', 'intraarticular injection', 'subacromial injection', 'knee injection', 'shoulder injection'],
  }),
  group('group/injection-unspecified', 'Injection (unspecified)', { category: 'INJECTION', subcategory: 'Injection', broader: ['category/injection'] }, {
    cues: ['injection*', 'inject', 'shot', 'shots'],
  }),
  category('INJECTION', 'Injection', { synonyms: ['injections', 'injection procedures'] }),
];
