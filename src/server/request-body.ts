import type { IncomingMessage } from 'node:http';
import { ImrError } from '../errors.js';

export class PayloadTooLargeError extends ImrError {
  override readonly name = 'PayloadTooLargeError';
  constructor(readonly limitBytes: number, what: string) {
    super('PAYLOAD_TOO_LARGE', `${what} is larger than the limit of ${limitBytes.toLocaleString('en-US')} bytes.`);
  }
}

/**
 * The whole request body, refused as soon as it passes `limitBytes`: a declared Content-Length over
 * the limit is refused before reading anything, a chunked body as soon as the running count passes it.
 */
export function readBody(request: IncomingMessage, limitBytes: number, what = 'The request body'): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(new PayloadTooLargeError(limitBytes, what));
  // Plain listeners rather than `for await`: leaving that loop early destroys the socket, and the
  // client would see a reset instead of our 413.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limitBytes) {
        chunks.push(chunk);
        return;
      }
      cleanUp();
      chunks.length = 0;
      reject(new PayloadTooLargeError(limitBytes, what));
    };
    const onEnd = () => {
      cleanUp();
      // A plain Uint8Array, not a Buffer: pdf.js refuses Buffers ("provide binary data as Uint8Array").
      const body = new Uint8Array(received);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(body);
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/**
 * Before answering early (413) the rest of the body is drained, so the client reads our answer
 * instead of a reset connection; `Connection: close` on that answer keeps a huge upload from being
 * drained for long on a reused socket.
 */
export function discardBody(request: IncomingMessage): void {
  if (!request.readableEnded) request.resume();
}
