/**
 * The static site buildExplorer writes (the contract with the CDK stack): index.html at the root,
 * hashed assets under assets/, nothing inline (a `script-src 'self'; style-src 'self'` policy holds),
 * every file the page names present, and the first load within 250 KB of gzipped JavaScript.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, type BuiltExplorer } from '../../src/explorer/build.js';

const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

/** Every script the entry pulls in before it runs (static imports, followed through the chunks). */
async function staticGraph(outDir: string, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(path.join(outDir, file), 'utf8');
    // Minified static imports: `import{a as b}from"./chunk-X.js"` or `import"./chunk-X.js"`.
    for (const match of code.matchAll(/import(?:[^"'()]*?from)?\s*["']\.\/([^"']+\.js)["']/g)) await visit(`assets/${match[1]}`);
  };
  await visit(entry);
  return [...seen];
}

describe('buildExplorer', () => {
  let outDir: string;
  let built: BuiltExplorer;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'imr-explorer-build-'));
    built = await buildExplorer({ outDir });
  });

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('writes index.html at the root and hashed scripts and a stylesheet under assets/, and lists exactly what it wrote', async () => {
    const onDisk = [...(await readdir(outDir, { recursive: true, withFileTypes: true }))]
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();

    expect([...built.files].sort()).toEqual(onDisk);
    expect(built.files[0]).toBe('index.html');
    for (const file of built.files.slice(1)) expect(file).toMatch(/^assets\/[\w-]+-[A-Z0-9]{8}\.(js|css)$/);
  });

  it('has no inline script or style, and names only files it wrote', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');

    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const referenced = [...html.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(referenced).toHaveLength(2);
    for (const file of referenced) expect(built.files).toContain(file);
  });

  it('keeps the first load within 250 KB of gzipped JavaScript, the charts included', async () => {
    const entry = built.files.find((file) => /^assets\/main-.*\.js$/.test(file))!;
    const firstLoad = await staticGraph(outDir, entry);
    const charts = built.files.filter((file) => /^assets\/outcome-charts-.*\.js$/.test(file));
    const chartGraph = (await Promise.all(charts.map((file) => staticGraph(outDir, file)))).flat();
    const all = [...new Set([...firstLoad, ...chartGraph])];

    let gzipped = 0;
    for (const file of all) gzipped += gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length;

    expect(charts).toHaveLength(1);
    expect(firstLoad).not.toContain(charts[0]);
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
