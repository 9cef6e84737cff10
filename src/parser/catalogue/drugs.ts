/**
 * Drug names as requests write them → generic name, DWC drug class and treatment concept. The names
 * live in the treatment vocabulary (src/vocabulary/treatments/drugs.ts), the one source of drug names
 * for the parser, the filters and the groupings; this module is the parser's view of them.
 */
export { DRUG_CLASSES, DRUG_PRODUCTS as DRUGS, type DrugClass, type DrugProduct as DrugEntry } from '../../vocabulary/treatments/catalogue.js';
