/**
 * GET /documents/<storage key>?name&type&expires&signature: the local stand-in for the presigned S3
 * GET that `SourceDocument.downloadUrl` gives on AWS. Answers the original bytes of a kept letter,
 * as an attachment, only for a link this server signed and only until it expires.
 */
import type { Services } from '../app/services.js';
import { attachmentDisposition, DOWNLOAD_CACHE_CONTROL, downloadContentType } from '../blobs/download-headers.js';
import { downloadSigningOf, verifyDownloadUrl, type DownloadCheck } from '../blobs/signed-download-url.js';
import type { RouteHandler } from './graphql-route.js';
import { sendJson } from './responses.js';

export { DOWNLOAD_PATH_PREFIX } from '../blobs/signed-download-url.js';

type Refusal = Exclude<DownloadCheck, { valid: true }>['reason'];

const REFUSALS: Record<Refusal, string> = {
  NOT_SIGNED: 'This is not a download link this server issued. Ask the API for the case\'s source.downloadUrl.',
  BAD_SIGNATURE: 'This download link was altered or was not issued by this server. Ask the API for the case\'s source.downloadUrl.',
  EXPIRED: 'This download link has expired. Ask the API for the case again to get a fresh source.downloadUrl.',
};

/**
 * The file is served from this API's own origin, so even a file uploaded as text/html must never
 * run as a page here: an attachment, never sniffed, and sandboxed if a browser renders it anyway.
 */
const CONTAINMENT_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
};

export function documentRoute(services: Services): RouteHandler {
  const { secret } = downloadSigningOf(services.config);
  return async (request, response, url) => {
    const check = verifyDownloadUrl(url, secret, new Date());
    if (!check.valid) {
      sendJson(response, 403, { errors: [{ message: REFUSALS[check.reason], extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    const { key, fileName, contentType } = check.download;
    const bytes = await services.blobStore.get(key);
    if (!bytes) {
      sendJson(response, 404, { errors: [{ message: `The original file "${fileName}" is no longer kept.`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    response.writeHead(200, {
      ...CONTAINMENT_HEADERS,
      'content-type': downloadContentType(contentType),
      'content-disposition': attachmentDisposition(fileName),
      'content-length': String(bytes.byteLength),
      'cache-control': DOWNLOAD_CACHE_CONTROL,
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  };
}
