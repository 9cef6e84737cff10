/**
 * Tells Monaco where its Web Workers are. Imported first by the page, before Monaco loads.
 *
 * graphiql's own setup-workers entries do not fit an esbuild bundle (a CDN, Vite `?worker`
 * imports, or webpack `new URL('monaco-editor/…')` paths the browser cannot resolve), so the
 * build writes three classic worker scripts beside the page and this resolves them from the
 * page's own URL. Without them GraphiQL still runs queries, but completion breaks silently and
 * the console fills with errors.
 */
const WORKER_FILES: Record<string, string> = {
  graphql: 'graphql.worker.js',
  json: 'json.worker.js',
};
const EDITOR_WORKER_FILE = 'editor.worker.js';

interface MonacoEnvironmentShape {
  getWorker(workerId: string, label: string): Worker;
}

(globalThis as typeof globalThis & { MonacoEnvironment?: MonacoEnvironmentShape }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = WORKER_FILES[label] ?? EDITOR_WORKER_FILE;
    return new Worker(new URL(file, import.meta.url), { name: label });
  },
};
