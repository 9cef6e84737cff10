import type { LocalAws } from '../../cdk/local-aws.js';
import { vi } from 'vitest';

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
