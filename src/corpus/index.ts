/**
 * Public surface of the synthetic corpus: letters in the current layout with the facts they
 * state, for benchmarks (a store of 100,000 letters), tests (parse → facts) and the samples a
 * fresh start loads (samples/synthetic: letters 0–23 of the default corpus).
 */
export { generateLetter, caseSerial, DEFAULT_SEED, MAX_LETTERS } from './letter.js';
export type { GeneratedLetter, LetterFacts, ItemFacts, CitationFacts, TreatmentFacts } from './facts.js';
