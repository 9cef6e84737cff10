import { S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { vi } from 'vitest';
import { LOCAL_REGION, startLocalAws, type LocalAws } from '../support/local-aws.js';
import { openServices } from '../../src/app/open-services.js';
import type { Services } from '../../src/app/services.js';
import { loadConfig } from '../../src/config.js';

/**
 * Lambda sends stdout and stderr to CloudWatch Logs: the JSON lines a handler writes to either go to
 * `onLine` instead of the test report; anything else is written as usual. Undone by vi.restoreAllMocks().
 */
export function captureJsonLogLines(onLine: (line: string) => void): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean;
    vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const lines = text.split('\n').filter((line) => line.trim().startsWith('{'));
      if (!lines.length) return write(chunk);
      lines.forEach(onLine);
      return true;
    }) as typeof stream.write);
  }
}

/**
 * The environment a function reads once, at module scope, as Lambda sets it: the loopback
 * stand-ins' endpoints and credentials, AWS mode, the function and service names. Set it before
 * the handler module is imported.
 */
export function setLambdaEnvironment(aws: LocalAws, functionName: string, service: string, extra: Record<string, string> = {}): void {
  Object.assign(process.env, aws.environment, {
    IMR_MODE: 'aws',
    AWS_LAMBDA_FUNCTION_NAME: functionName,
    POWERTOOLS_SERVICE_NAME: service,
    POWERTOOLS_LOG_LEVEL: 'INFO',
    ...extra,
  });
}

export type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** The ingest Lambda in this process over loopback stand-ins, and what a test reads its work through. */
export interface IngestLambda {
  aws: LocalAws;
  /** A client of the stand-in bucket, as a browser or `aws s3 cp` would put objects. */
  s3: S3Client;
  /** The store, read as the API reads it. */
  reader: Services;
  handler: IngestHandler;
  /** Stops all of it and puts the environment back. */
  close(): Promise<void>;
}

/**
 * Starts the stand-ins, sets the function's environment (plus `extra`), captures its JSON log
 * lines into `onLogLine`, and imports lambdas/ingest.ts, which reads that environment once.
 */
export async function openIngestLambda(
  names: { bucket: string; tableName: string; functionName: string },
  onLogLine: (line: string) => void,
  extra: Record<string, string> = {},
): Promise<IngestLambda> {
  const savedEnv = { ...process.env };
  const aws = await startLocalAws({ bucket: names.bucket, tableName: names.tableName });
  setLambdaEnvironment(aws, names.functionName, 'imr-ingest', extra);
  const s3 = new S3Client({
    endpoint: aws.s3Endpoint,
    forcePathStyle: true,
    region: LOCAL_REGION,
    credentials: { accessKeyId: aws.environment.AWS_ACCESS_KEY_ID!, secretAccessKey: aws.environment.AWS_SECRET_ACCESS_KEY! },
  });
  const reader = await openServices(loadConfig());
  captureJsonLogLines(onLogLine);
  const { handler } = (await import('../../lambdas/ingest.js')) as { handler: IngestHandler };
  return {
    aws,
    s3,
    reader,
    handler,
    async close() {
      vi.restoreAllMocks();
      await reader.close();
      s3.destroy();
      await aws.close();
      process.env = savedEnv;
    },
  };
}
