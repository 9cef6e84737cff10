import type { GraphiQLBundle } from './build.js';

/** Where the bundle's files are served; the content hash in the path lets browsers cache them for good. */
export function assetBasePath(bundle: Pick<GraphiQLBundle, 'hash'>): string {
  return `/graphiql/${bundle.hash}/`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page shell: everything else (script, styles, workers, fonts) comes from the bundle folder. */
export function renderGraphiQLHtml(bundle: Pick<GraphiQLBundle, 'hash' | 'script' | 'stylesheet'>, endpointPath = '/graphql'): string {
  const base = assetBasePath(bundle);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IMR Determinations API · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttribute(base + bundle.stylesheet)}">
<style>
  html, body, #graphiql { height: 100%; margin: 0; }
  .imr-upload { padding: 0 var(--px-4, 16px); }
  .imr-upload p { line-height: 1.5; }
  .imr-upload-results { padding-left: 1.2em; line-height: 1.6; word-break: break-word; }
  .imr-upload-query { display: block; margin: 4px 0 8px; }
</style>
</head>
<body>
<div id="graphiql" data-endpoint="${escapeAttribute(endpointPath)}">Loading GraphiQL…</div>
<script type="module" src="${escapeAttribute(base + bundle.script)}"></script>
</body>
</html>
`;
}
