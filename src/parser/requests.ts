/** What a disputed request says about itself when UR modified it. */
export interface ReadRequest {
  /** The disputed portion (the whole request when UR did not modify it). */
  description: string;
  originalRequest: string | null;
  authorizedRequest: string | null;
}

/**
 * Two wordings of a modified request:
 * "X was the original request. The Claims Administrator authorized Y, leaving the original request
 * IMR eligible. The original request, X is:" and "X was the original request. Y was authorized by
 * the Claims Administrator. The remaining IMR eligible portion of the original request, Z is:".
 */
const MODIFIED_REQUEST =
  /^(?<original>.+?)\s+was\s+the\s+original\s+request\.\s+(?:The\s+Claims\s+Administrator\s+authorized\s+(?<authorizedFirst>.+?)(?:,?\s+leaving\s+the\s+original\s+request\s+IMR\s+eligible)?|(?<authorizedLast>.+?)\s+was\s+authorized\s+by\s+the\s+Claims\s+Administrator)\.\s+The\s+(?:remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+)?original\s+request,?\s+(?<disputed>.+?),?(?:\s+is)?\.?$/i;

export function readRequest(request: string): ReadRequest {
  const match = MODIFIED_REQUEST.exec(request);
  if (!match?.groups) return { description: request, originalRequest: null, authorizedRequest: null };
  const { original, authorizedFirst, authorizedLast, disputed } = match.groups;
  return {
    description: disputed!.trim(),
    originalRequest: original!.trim(),
    authorizedRequest: (authorizedFirst ?? authorizedLast ?? '').trim() || null,
  };
}
