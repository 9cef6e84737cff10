import type { BlobStore } from '../blobs/blob-store.js';
import type { Config } from '../config.js';
import type { IngestLetter, RefuseOversized, StartUpload } from '../ingest/types.js';
import type { DeterminationRepository } from '../store/repository.js';

/**
 * What one process needs to serve the API or ingest letters, wired once per process
 * (module scope in a Lambda, start-up in the local server and CLI).
 */
export interface Services {
  config: Config;
  repository: DeterminationRepository;
  blobStore: BlobStore;
  ingestLetter: IngestLetter;
  /** Marks an announced upload FAILED whose file is over the size limit before it is read (the upload address, the ingest Lambda). */
  refuseOversized: RefuseOversized;
  startUpload: StartUpload;
  close(): Promise<void>;
}

export interface OpenServicesOptions {
  /** Local mode only: keep the embedded engine in memory (tests) instead of under config.dataDir. */
  inMemory?: boolean;
  /**
   * Local mode: let other processes on the same DATA_DIR use this one's embedded engine while it
   * runs (the local server); a short-lived process (`imr ingest`) makes others wait instead.
   */
  shareEngine?: boolean;
  /** Called once per DynamoDB request with its operation name (tests count requests; benches report them). */
  onDynamoRequest?: (operation: string) => void;
}
