/**
 * The backstop behind the estimate (answer-estimate.ts): an answer whose JSON text is over the byte
 * budget is not sent. The estimate refuses nearly every such query before it runs; a letter with
 * unusually long prose can still make a page bigger than estimated, and a Lambda answer over 6 MB
 * would fail at API Gateway as a bare 500 instead of a typed refusal.
 */
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { answerBytesRefusalMessage, QUERY_LIMIT_EXTENSION, type QueryLimit } from './query-limits.js';

/** The answer as it is, or a QUERY_TOO_COMPLEX refusal (400) in its place when its text is over `maxAnswerBytes`. */
export function guardAnswerSize(response: HTTPGraphQLResponse, maxAnswerBytes: number): { response: HTTPGraphQLResponse; refusedBytes: number | null } {
  if (response.body.kind !== 'complete') return { response, refusedBytes: null };
  const text = response.body.string;
  // A UTF-16 length under a third of the budget cannot be over it in UTF-8; most answers stop here.
  if (text.length * 3 <= maxAnswerBytes) return { response, refusedBytes: null };
  const bytes = Buffer.byteLength(text);
  if (bytes <= maxAnswerBytes) return { response, refusedBytes: null };
  const body = JSON.stringify({
    errors: [
      {
        message: answerBytesRefusalMessage(bytes, maxAnswerBytes, false),
        extensions: { code: 'QUERY_TOO_COMPLEX', [QUERY_LIMIT_EXTENSION]: 'MAX_ANSWER_BYTES' satisfies QueryLimit },
      },
    ],
  });
  const headers = new HeaderMap([
    ['content-type', 'application/json; charset=utf-8'],
    ['cache-control', 'no-store'],
  ]);
  return { response: { status: 400, headers, body: { kind: 'complete', string: body } }, refusedBytes: bytes };
}
