/**
 * Wires Services once per process. Local mode: the embedded engine (dynalite, persisted under
 * DATA_DIR or in memory), unless DYNAMODB_ENDPOINT points at another engine, and originals in
 * `${DATA_DIR}/uploads`. AWS mode: DynamoDB and the S3 upload bucket.
 */
import { createLocalBlobStore } from '../blobs/local-blob-store.js';
import { createMemoryBlobStore } from '../blobs/memory-blob-store.js';
import { createS3BlobStore } from '../blobs/s3-blob-store.js';
import { downloadSigningOf } from '../blobs/signed-download-url.js';
import type { BlobStore } from '../blobs/blob-store.js';
import type { Config } from '../config.js';
import { ConfigurationError, ImrError } from '../errors.js';
import { createIngestLetter, createRefuseOversized } from '../ingest/ingest-letter.js';
import { createStartUpload } from '../ingest/start-upload.js';
import { ensureTable } from '../store/create-table.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { DynamoRepository } from '../store/dynamo-repository.js';
import { startLocalEngine, type LocalEngine } from '../store/local-engine.js';
import type { OpenServicesOptions, Services } from './services.js';

export async function openServices(config: Config, options: OpenServicesOptions = {}): Promise<Services> {
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
    closers.length = 0;
  };
  try {
    let engine: LocalEngine | null = null;
    if (config.mode === 'local' && !config.dynamoEndpoint) {
      engine = await startLocalEngine({ dataDir: options.inMemory ? null : config.dataDir, requireOwnKey: true, ...(options.shareEngine ? { shareable: true } : {}) });
      const started = engine;
      closers.push(() => started.close());
    }
    const client = createDynamoClient(config, {
      endpoint: engine?.endpoint ?? null,
      credentials: engine?.credentials ?? null,
      ...(options.onDynamoRequest ? { onDynamoRequest: options.onDynamoRequest } : {}),
    });
    closers.push(() => client.destroy());
    // Locally the table is made on first start; on AWS the stack owns it.
    if (config.mode === 'local') {
      const endpoint = engine?.endpoint ?? config.dynamoEndpoint;
      await ensureTable(client, config.tableName).catch((error: unknown) => {
        if (error instanceof ImrError) throw error;
        throw new ImrError('CONFIGURATION', `Could not reach DynamoDB at ${endpoint} (DYNAMODB_ENDPOINT): ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      });
    }

    let blobStore: BlobStore;
    if (config.mode === 'aws') {
      if (!config.uploadBucket) throw new ConfigurationError('UPLOAD_BUCKET must be set when running on AWS.');
      const s3 = createS3BlobStore(config, config.uploadBucket);
      closers.push(() => s3.close());
      blobStore = s3;
    } else {
      const baseUrl = config.publicUrl ?? `http://localhost:${config.port}`;
      const downloads = downloadSigningOf(config);
      blobStore = options.inMemory ? createMemoryBlobStore({ baseUrl, downloads }) : createLocalBlobStore({ root: config.dataDir, baseUrl, downloads });
    }

    const repository = new DynamoRepository({
      client,
      tableName: config.tableName,
      cursorSecret: config.cursorSecret,
      feed: { syncIntervalMs: config.searchSyncMs },
    });
    return {
      config,
      repository,
      blobStore,
      ingestLetter: createIngestLetter({ config, repository, blobStore }),
      refuseOversized: createRefuseOversized({ config, repository }),
      startUpload: createStartUpload({ repository, blobStore }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
