import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../config.js';

export interface DynamoClientOptions {
  /** Overrides config.dynamoEndpoint (the embedded engine's loopback address). */
  endpoint?: string | null;
  /** What to sign local requests with: the embedded engine's own key (local-engine.ts); default a fixed pair. */
  credentials?: { accessKeyId: string; secretAccessKey: string } | null;
  /** Called once per HTTP request (every retry counts) with the operation name, e.g. "Query". A throw fails that request. */
  onDynamoRequest?: (operation: string) => void;
}

/**
 * Engines in memory and DYNAMODB_ENDPOINT's accept any signature; fixed credentials keep the SDK from
 * searching the machine for real ones. The persisted embedded engine takes only its own key.
 */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The one way this project makes a DynamoDB client. */
export function createDynamoClient(config: Config, options: DynamoClientOptions = {}): DynamoDBClient {
  const endpoint = options.endpoint ?? config.dynamoEndpoint;
  const client = new DynamoDBClient({
    region: config.region,
    ...(endpoint ? { endpoint } : {}),
    // In aws mode the default chain finds the role's credentials (also when a stand-in endpoint is set).
    ...(config.mode === 'local' ? { credentials: options.credentials ?? LOCAL_CREDENTIALS } : {}),
  });
  const onDynamoRequest = options.onDynamoRequest;
  if (onDynamoRequest) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        onDynamoRequest(context.commandName?.replace(/Command$/, '') ?? 'Unknown');
        return next(args);
      },
      // Below the retry middleware, so each attempt on the wire is seen (and can be failed by a test).
      { step: 'finalizeRequest', name: 'imrDynamoRequestCounter', override: true },
    );
  }
  return client;
}
