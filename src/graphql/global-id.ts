/**
 * Relay global ids: base64 of `<Type>:<key>[:<key>...]`, each key URI-encoded so a key may hold
 * any character. Opaque to clients; only this module reads or writes them.
 */
export const NODE_TYPES = ['Case', 'DisputedItem', 'GuidelineCitation', 'Upload'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export type NodeRef =
  | { type: 'Case'; caseId: string }
  | { type: 'DisputedItem'; caseId: string; ordinal: number }
  | { type: 'GuidelineCitation'; caseId: string; ordinal: number; index: number }
  | { type: 'Upload'; uploadId: string };

const KEY_COUNT: Record<NodeType, number> = { Case: 1, DisputedItem: 2, GuidelineCitation: 3, Upload: 1 };

function keysOf(ref: NodeRef): (string | number)[] {
  switch (ref.type) {
    case 'Case':
      return [ref.caseId];
    case 'DisputedItem':
      return [ref.caseId, ref.ordinal];
    case 'GuidelineCitation':
      return [ref.caseId, ref.ordinal, ref.index];
    case 'Upload':
      return [ref.uploadId];
  }
}

export function toGlobalId(ref: NodeRef): string {
  const plain = [ref.type, ...keysOf(ref).map((key) => encodeURIComponent(String(key)))].join(':');
  return Buffer.from(plain, 'utf8').toString('base64');
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const NON_NEGATIVE_INTEGER = /^(0|[1-9][0-9]{0,8})$/;

const isNodeType = (value: string): value is NodeType => (NODE_TYPES as readonly string[]).includes(value);

function integer(text: string): number | null {
  return NON_NEGATIVE_INTEGER.test(text) ? Number(text) : null;
}

/**
 * Ids this API issues are under 200 characters (case ids are 16 hex digits, upload ids UUIDs); a
 * longer text is refused before it is decoded or reaches the store, whose keys have their own limits.
 */
export const MAX_GLOBAL_ID_LENGTH = 512;

/** The object a global id names, or null when the text is not an id this API issued. */
export function fromGlobalId(id: string): NodeRef | null {
  if (id.length > MAX_GLOBAL_ID_LENGTH || !BASE64.test(id) || id.length % 4 !== 0) return null;
  const plain = Buffer.from(id, 'base64').toString('utf8');
  // Re-encoding must give back the same text, or the id was altered (Buffer ignores stray bits).
  if (Buffer.from(plain, 'utf8').toString('base64') !== id) return null;
  const [type, ...encoded] = plain.split(':');
  if (type === undefined || !isNodeType(type) || encoded.length !== KEY_COUNT[type]) return null;
  let keys: string[];
  try {
    keys = encoded.map((key) => decodeURIComponent(key));
  } catch {
    return null;
  }
  if (keys.some((key) => key === '')) return null;
  const [first = '', second = '', third = ''] = keys;
  switch (type) {
    case 'Case':
      return { type, caseId: first };
    case 'Upload':
      return { type, uploadId: first };
    case 'DisputedItem': {
      const ordinal = integer(second);
      return ordinal === null ? null : { type, caseId: first, ordinal };
    }
    case 'GuidelineCitation': {
      const ordinal = integer(second);
      const index = integer(third);
      return ordinal === null || index === null ? null : { type, caseId: first, ordinal, index };
    }
  }
}
