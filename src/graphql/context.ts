import type DataLoader from 'dataloader';
import type { Services } from '../app/services.js';
import type { CaseRecord } from '../domain/records.js';
import type { Principal } from './principal.js';

/** Per-request batching: every case load of one request (items → case, node ids, ...) becomes one batched read. */
export interface Loaders {
  caseById: DataLoader<string, CaseRecord | null>;
}

/** List rows this request may still ask for (see MAX_LIST_ROWS_PER_REQUEST). */
export interface RowBudget {
  remaining: number;
}

export interface GraphQLContext {
  services: Services;
  principal: Principal;
  loaders: Loaders;
  rowBudget: RowBudget;
}
