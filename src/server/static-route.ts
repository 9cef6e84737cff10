/**
 * Serves the GraphiQL bundle folder. Every file sits under a content-hashed path, so answers are
 * cacheable forever; anything outside the folder, or missing, is a 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RouteHandler } from './graphql-route.js';
import { sendText } from './responses.js';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** `urlPrefix` (e.g. `/graphiql/<hash>/`) → files of `dir`. */
export function staticRoute(urlPrefix: string, dir: string): RouteHandler {
  return async (request, response, url) => {
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(urlPrefix.length));
    } catch {
      sendText(response, 400, 'Bad path.');
      return;
    }
    const file = path.resolve(dir, relative);
    // Only plain files of the folder itself: no climbing out, no subfolders, no manifest.
    if (path.dirname(file) !== dir || relative === 'manifest.json') {
      sendText(response, 404, 'Not found.');
      return;
    }
    const facts = await stat(file).catch(() => null);
    if (!facts?.isFile()) {
      sendText(response, 404, 'Not found.');
      return;
    }
    const etag = `"${facts.size.toString(16)}-${facts.mtimeMs.toString(16)}"`;
    const headers = {
      'content-type': contentTypeOf(file),
      'cache-control': 'public, max-age=31536000, immutable',
      etag,
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': String(facts.size) });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  };
}
