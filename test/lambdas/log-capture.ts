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
