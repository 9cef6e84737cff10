/**
 * One error family for the whole project. Every expected failure has a stable `code`
 * (the GraphQL edge copies it into `extensions.code`, the CLI prints it) and a message
 * written for the person who sent the input. The original failure is kept as `cause`.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT', // malformed arguments, bad filters
  'BAD_CURSOR', // a pagination cursor that was not ours or was altered
  'NOT_FOUND',
  'EMPTY_DOCUMENT', // zero bytes or only whitespace
  'NOT_AN_IMR_LETTER', // readable, but not an IMR determination letter
  'UNKNOWN_IMR_LAYOUT', // IMR correspondence in a layout the parser neither reads nor recognises
  'UNSUPPORTED_DOCUMENT', // an IMR letter in a layout we recognise but do not parse, or a file type we do not read
  'CORRUPT_PDF', // damaged, truncated or not a PDF despite the name
  'ENCRYPTED_PDF',
  'PAYLOAD_TOO_LARGE',
  'CONFLICT', // a concurrent write won; retry
  'CONFIGURATION', // a missing or invalid environment variable
  'UNAUTHENTICATED', // no credential reached the function (API Gateway should have refused the call)
  'FORBIDDEN', // a credential that may not do this, e.g. a read-only partner calling a mutation
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class ImrError extends Error {
  override readonly name: string = 'ImrError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The letter could not be read or is not something we parse. Failing to parse is a normal result. */
export class DocumentError extends ImrError {
  override readonly name = 'DocumentError';
}

/** The one message for a letter over a size limit, wherever it is measured (upload, API, CLI, parser). */
export function letterTooLarge(size: number | null, limit: number, unit: 'bytes' | 'characters' = 'bytes'): DocumentError {
  const measured = size === null ? 'larger than the limit of' : `${size.toLocaleString('en-US')} ${unit}; the limit is`;
  return new DocumentError('PAYLOAD_TOO_LARGE', `The letter is ${measured} ${limit.toLocaleString('en-US')} ${unit}.`);
}

/** The one message for a letter with nothing in it. */
export function emptyLetter(): DocumentError {
  return new DocumentError('EMPTY_DOCUMENT', 'The letter is empty.');
}

export class InputError extends ImrError {
  override readonly name = 'InputError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_USER_INPUT', message, options);
  }
}

export class NotFoundError extends ImrError {
  override readonly name = 'NotFoundError';
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ConfigurationError extends ImrError {
  override readonly name = 'ConfigurationError';
  constructor(message: string) {
    super('CONFIGURATION', message);
  }
}

/** A different letter already holds this IMR case number and does not replace it (docs/data-model.md, "Uniqueness and replays"). */
export class CaseNumberTakenError extends ImrError {
  override readonly name = 'CaseNumberTakenError';
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** An upload address that already received a different file: one address takes one letter. */
export class UploadAlreadyReceivedError extends ImrError {
  override readonly name = 'UploadAlreadyReceivedError';
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export const isImrError = (value: unknown): value is ImrError => value instanceof ImrError;

/** Turns anything thrown into an ImrError; unknown failures become INTERNAL_SERVER_ERROR with the original as cause. */
export function toImrError(value: unknown): ImrError {
  if (isImrError(value)) return value;
  return new ImrError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side.', { cause: value });
}
