import DataLoader from 'dataloader';
import type { CaseRecord } from '../domain/records.js';
import type { DeterminationRepository } from '../store/repository.js';
import type { Loaders } from './context.js';

/**
 * Fresh per request: batching gathers every case load of one tick into one `getCases` call, and
 * the cache means a case read once (from a list page, say) is never read again in that request.
 */
export function createLoaders(repository: DeterminationRepository): Loaders {
  return {
    caseById: new DataLoader<string, CaseRecord | null>((ids) => repository.getCases(ids)),
  };
}

/** Cases read by a list or a lookup are already in hand: later `case` fields must not read them again. */
export function primeCases(loaders: Loaders, cases: readonly CaseRecord[]): void {
  for (const record of cases) loaders.caseById.prime(record.id, record);
}
