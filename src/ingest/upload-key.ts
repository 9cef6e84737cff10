/**
 * Where an announced upload's original file is kept: `uploads/<uploadId>/<fileName>`, the same
 * layout in S3 (whose ObjectCreated events start the ingest Lambda) and in the local blob folder.
 */
const UPLOAD_KEY = /^uploads\/([^/]+)\/([^/]+)$/;

/** File names reach keys and URLs: keep the last path segment only, so a name can never climb out of its folder. */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? 'letter' : base;
}

export function uploadKey(uploadId: string, fileName: string): string {
  return `uploads/${uploadId}/${safeFileName(fileName)}`;
}

/** `uploads/<uploadId>/<fileName>` → its parts; null for a key outside that layout. */
export function parseUploadKey(key: string): { uploadId: string; fileName: string } | null {
  const match = UPLOAD_KEY.exec(key);
  return match ? { uploadId: match[1]!, fileName: match[2]! } : null;
}
