/**
 * First start with an empty store: ingest the repository's sample letters so a newcomer sees
 * cases at once. The letters in samples/ are there as .txt and as .pdf; the second copy comes
 * back DUPLICATE, which shows on the first screen that one letter is one case. Those older letters
 * have no cover block, so samples/synthetic adds generated letters (src/corpus) with full covers:
 * the README's example queries find their cases, numbers and dates.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Services } from '../app/services.js';
import type { IngestResult } from '../ingest/types.js';

export const DEFAULT_SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');

const LETTER_EXTENSIONS = new Set(['.txt', '.pdf']);
/** Folders of letters under the samples folder, loaded in this order: the samples themselves, then the synthetic ones. */
const LETTER_FOLDERS = ['.', 'synthetic'] as const;
const CONTENT_TYPES: Record<string, string> = { '.txt': 'text/plain', '.pdf': 'application/pdf' };

export interface SeedReport {
  /** False when the store already held cases (nothing was read). */
  seeded: boolean;
  /** `fileName` is relative to the samples folder ("001_....pdf", "synthetic/CM16-0230651.txt"). */
  files: { fileName: string; status: IngestResult['status']; caseId: string | null; errorCode: string | null }[];
}

async function isStoreEmpty(services: Services): Promise<boolean> {
  const page = await services.repository.listCases({}, { first: 1 });
  return page.nodes.length === 0;
}

export async function seedSamplesIfEmpty(services: Services, samplesDir: string = DEFAULT_SAMPLES_DIR): Promise<SeedReport> {
  if (!(await isStoreEmpty(services))) return { seeded: false, files: [] };
  const letters: string[] = [];
  for (const folder of LETTER_FOLDERS) {
    // A folder that is not there (a copy of samples/ without synthetic/) has no letters.
    const entries = await readdir(path.join(samplesDir, folder), { withFileTypes: true }).catch(() => []);
    const names = entries.filter((e) => e.isFile() && LETTER_EXTENSIONS.has(path.extname(e.name).toLowerCase())).map((e) => e.name);
    letters.push(...names.sort().map((name) => path.posix.join(folder, name)));
  }
  const files: SeedReport['files'] = [];
  // One at a time, so which copy of a letter makes the case (and which is the DUPLICATE) is the same on every machine.
  for (const fileName of letters) {
    // A plain Uint8Array (a copy), not the Buffer readFile gives: pdf.js refuses Buffers.
    const bytes = new Uint8Array(await readFile(path.join(samplesDir, fileName)));
    const contentType = CONTENT_TYPES[path.extname(fileName).toLowerCase()];
    const result = await services.ingestLetter({ bytes, fileName: path.basename(fileName), ...(contentType ? { contentType } : {}) });
    files.push({ fileName, status: result.status, caseId: result.case?.id ?? null, errorCode: result.error?.code ?? null });
  }
  return { seeded: true, files };
}

/** One line for the start-up banner, e.g. "Loaded 32 sample letters → 28 cases (4 duplicates, 0 failed)." */
export function describeSeed(report: SeedReport): string {
  if (!report.seeded) return 'Store already has cases; samples not loaded.';
  const count = (status: IngestResult['status']) => report.files.filter((f) => f.status === status).length;
  const cases = new Set(report.files.map((f) => f.caseId).filter((id) => id !== null)).size;
  const failed = report.files.filter((f) => f.status === 'FAILED');
  const failures = failed.length ? `: ${failed.map((f) => `${f.fileName} ${f.errorCode ?? ''}`.trim()).join(', ')}` : '';
  return `Loaded ${report.files.length} sample letters → ${cases} cases (${count('DUPLICATE')} duplicates, ${failed.length} failed${failures}).`;
}
