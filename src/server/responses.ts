import type { ServerResponse } from 'node:http';
import type { ImrError } from '../errors.js';

/** The HTTP status an ImrError code answers with when it ends a request outside GraphQL. */
const STATUS_BY_CODE: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
};

export function statusFor(code: string): number {
  return STATUS_BY_CODE[code] ?? 500;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** A request-level failure in the shape GraphQL clients already read: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendGraphQLError(response: ServerResponse, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(response, statusFor(code), { errors: [{ message, extensions: { code } }] }, headers);
}

export function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

/** Messages of our own errors are written for the caller; anything else stays on the server. */
export function publicMessage(error: ImrError): string {
  return error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side.' : error.message;
}
