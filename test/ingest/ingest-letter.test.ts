/**
 * The ingest use case end to end, through openServices (embedded dynalite, real parser) over
 * the sample letters: what an uploader sees in the upload record and what readers then find.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import type { Services } from '../../src/app/services.js';
import { loadConfig } from '../../src/config.js';
import { PARSER_VERSION } from '../../src/parser/index.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sample = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLES, name)));
const facts = (name: string) =>
  JSON.parse(readFileSync(path.join(SAMPLES, 'facts', `${name}.json`), 'utf8')) as { caseOutcome: string; disputedItems: unknown[] };
const LETTERS = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

const dataDirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imr-ingest-'));
  dataDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('ingesting a letter', () => {
  let services: Services;
  let requests: string[];

  beforeEach(async () => {
    requests = [];
    services = await openServices(loadConfig({ DATA_DIR: tempDataDir(), MAX_UPLOAD_BYTES: String(512 * 1024) }), {
      inMemory: true,
      onDynamoRequest: (op) => requests.push(op),
    });
  });
  afterEach(async () => {
    await services.close();
  });

  it.each(LETTERS)('parses sample %s into a case, keeps the original and records the upload PARSED', async (name) => {
    const bytes = sample(`${name}.txt`);

    const result = await services.ingestLetter({ bytes, fileName: `${name}.txt` });

    expect(result).toMatchObject({ status: 'PARSED', error: null });
    const kase = await services.repository.getCase(result.case!.id);
    expect(kase?.outcome).toBe(facts(name).caseOutcome);
    expect(kase?.disputedItems).toHaveLength(facts(name).disputedItems.length);
    expect(kase?.parserVersion).toBe(PARSER_VERSION);
    const upload = await services.repository.getUpload(result.upload.id);
    expect(upload).toMatchObject({ status: 'PARSED', caseId: kase?.id, fileName: `${name}.txt`, contentType: 'text/plain', sizeBytes: bytes.byteLength });
    expect(upload?.storageKey).toBe(`uploads/${result.upload.id}/${name}.txt`);
    expect(kase?.source.storageKey).toBe(upload?.storageKey);
    expect(await services.blobStore.get(upload!.storageKey!)).toEqual(bytes);
  });

  it('makes one case of a letter uploaded as .txt and as .pdf: the second upload is a DUPLICATE of it', async () => {
    const first = await services.ingestLetter({ bytes: sample('001_872fb3fc99c0572e.txt'), fileName: 'a.txt' });
    const second = await services.ingestLetter({ bytes: sample('001_872fb3fc99c0572e.pdf'), fileName: 'a.pdf' });

    expect(first.status).toBe('PARSED');
    expect(second.status).toBe('DUPLICATE');
    expect(second.case?.id).toBe(first.case?.id);
    expect(second.upload.contentType).toBe('application/pdf');
    expect((await services.repository.getUpload(second.upload.id))?.caseId).toBe(first.case?.id);
    expect((await services.repository.listCases({}, { first: 10 })).nodes).toHaveLength(1);
  });

  it('makes one case per letter when every sample arrives twice at once, as text and as PDF', async () => {
    const uploads = LETTERS.flatMap((name) => [
      { bytes: sample(`${name}.txt`), fileName: `${name}.txt` },
      { bytes: sample(`${name}.pdf`), fileName: `${name}.pdf` },
      { bytes: sample(`${name}.txt`), fileName: `${name}-again.txt` },
    ]);

    const results = await Promise.all(uploads.map((u) => services.ingestLetter(u)));

    expect(results.filter((r) => r.status === 'PARSED')).toHaveLength(LETTERS.length);
    expect(results.filter((r) => r.status === 'DUPLICATE')).toHaveLength(LETTERS.length * 2);
    const cases = await services.repository.listCases({}, { first: 100 });
    expect(cases.nodes).toHaveLength(LETTERS.length);
  });

  it('keeps a file that is not an IMR letter, and marks its upload FAILED with the reason', async () => {
    const bytes = new TextEncoder().encode('Quarterly facilities budget\n\nLine items: chairs, desks, printer toner.\n');

    const result = await services.ingestLetter({ bytes, fileName: 'budget.txt' });

    expect(result.status).toBe('FAILED');
    expect(result.error?.code).toBe('NOT_AN_IMR_LETTER');
    expect(result.case).toBeNull();
    expect(await services.repository.getUpload(result.upload.id)).toMatchObject({ status: 'FAILED', error: { code: 'NOT_AN_IMR_LETTER' }, caseId: null });
    expect(await services.blobStore.get(result.upload.storageKey!)).toEqual(bytes);
    expect((await services.repository.listCases({}, { first: 10 })).nodes).toEqual([]);
  });

  it('fails an empty file with EMPTY_DOCUMENT, and one over the size limit with PAYLOAD_TOO_LARGE without keeping it', async () => {
    const empty = await services.ingestLetter({ bytes: new Uint8Array(), fileName: 'empty.txt' });
    const huge = await services.ingestLetter({ bytes: new Uint8Array(512 * 1024 + 1).fill(65), fileName: 'huge.txt' });

    expect(empty).toMatchObject({ status: 'FAILED', error: { code: 'EMPTY_DOCUMENT' } });
    expect(huge).toMatchObject({ status: 'FAILED', error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(huge.error?.message).toMatch(/524,289 bytes; the limit is 524,288 bytes/);
    expect(huge.upload.storageKey).toBeNull();
    expect(await services.repository.getUpload(huge.upload.id)).toMatchObject({ status: 'FAILED', sizeBytes: 524_289 });
  });

  it('fails a corrupt PDF with CORRUPT_PDF', async () => {
    const bytes = sample('002_572d8b93f8cec80c.pdf').subarray(0, 600);

    const result = await services.ingestLetter({ bytes, fileName: 'cut.pdf' });

    expect(result).toMatchObject({ status: 'FAILED', error: { code: 'CORRUPT_PDF' } });
  });

  it('finishes an announced upload: startUpload says where to PUT, ingest then keeps its id, name and creation time', async () => {
    const started = await services.startUpload({ fileName: 'IMR letter (2).pdf', contentType: 'application/pdf' });
    expect(started.upload.status).toBe('PENDING');
    expect(started.target).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    expect(started.target.url).toBe(`http://localhost:4000/uploads/${started.upload.id}/IMR%20letter%20(2).pdf`);

    const result = await services.ingestLetter({ bytes: sample('003_07cc7a3491400021.pdf'), fileName: 'IMR letter (2).pdf', uploadId: started.upload.id });

    expect(result.status).toBe('PARSED');
    expect(result.upload).toMatchObject({ id: started.upload.id, createdAt: started.upload.createdAt, storageKey: started.upload.storageKey });
    expect(await services.blobStore.get(started.upload.storageKey!)).not.toBeNull();
  });

  it('refuses to announce a file type it cannot read', async () => {
    await expect(services.startUpload({ fileName: 'sheet.xlsx', contentType: 'application/vnd.ms-excel' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(services.startUpload({ fileName: '  ', contentType: 'text/plain' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('does not store again an original that is already kept (S3-triggered ingest)', async () => {
    const result = await services.ingestLetter({ bytes: sample('000_0134393615b26c1c.txt'), fileName: 'x.txt', uploadId: 'u-s3', storedKey: 'uploads/u-s3/x.txt' });

    expect(result.status).toBe('PARSED');
    expect(result.upload.storageKey).toBe('uploads/u-s3/x.txt');
    expect(await services.blobStore.get('uploads/u-s3/x.txt')).toBeNull();
  });

  it('keeps a file name from climbing out of its upload folder', async () => {
    const result = await services.ingestLetter({ bytes: sample('000_0134393615b26c1c.txt'), fileName: '../../etc/passwd' });

    expect(result.upload.storageKey).toBe(`uploads/${result.upload.id}/passwd`);
  });

  it('writes a new letter in a handful of requests, and a duplicate of it in as few', async () => {
    requests.length = 0;
    await services.ingestLetter({ bytes: sample('000_0134393615b26c1c.txt'), fileName: 'a.txt' });
    const forNew = requests.length;
    requests.length = 0;
    await services.ingestLetter({ bytes: sample('000_0134393615b26c1c.txt'), fileName: 'b.txt' });

    // New: the conditional header put and the upload record (this letter has no case number, so no pointer row).
    expect(forNew).toBeLessThanOrEqual(3);
    // Duplicate: the header put refused, the existing case read, the upload record.
    expect(requests).toEqual(['PutItem', 'GetItem', 'BatchWriteItem']);
  });
});

describe('when the database fails part-way', () => {
  it('reports FAILED with INTERNAL_SERVER_ERROR (no internals in the message), shows no half-written case, and a retry succeeds', async () => {
    let failing = true;
    const services = await openServices(loadConfig({ DATA_DIR: tempDataDir() }), {
      inMemory: true,
      onDynamoRequest: (op) => {
        if (failing && op === 'PutItem') throw new Error('connection reset');
      },
    });
    try {
      const bytes = sample('000_0134393615b26c1c.txt');

      const failed = await services.ingestLetter({ bytes, fileName: 'a.txt' });
      failing = false;

      expect(failed).toMatchObject({ status: 'FAILED', case: null, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' } });
      expect((await services.repository.listCases({}, { first: 10 })).nodes).toEqual([]);
      expect((await services.repository.listDisputedItems({}, { first: 10 })).nodes).toEqual([]);
      const retried = await services.ingestLetter({ bytes, fileName: 'a.txt' });
      expect(retried.status).toBe('PARSED');
      expect((await services.repository.listDisputedItems({}, { first: 10 })).nodes).toHaveLength(retried.case!.disputedItems.length);
    } finally {
      await services.close();
    }
  });

  it('fails to open with a clear message when the configured engine cannot be reached', async () => {
    const error = await openServices(loadConfig({ DATA_DIR: tempDataDir(), DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' })).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'CONFIGURATION', message: expect.stringMatching(/Could not reach DynamoDB at http:\/\/127\.0\.0\.1:9/) });
  });
});

describe('the local data folder', () => {
  it('keeps cases and originals across restarts, under DATA_DIR', async () => {
    const dataDir = tempDataDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = await openServices(config);
    const result = await first.ingestLetter({ bytes: sample('002_572d8b93f8cec80c.txt'), fileName: 'letter.txt' });
    await first.close();

    const second = await openServices(config);
    try {
      expect((await second.repository.getCase(result.case!.id))?.caseNumber).toBe(result.case?.caseNumber);
      expect(readFileSync(path.join(dataDir, 'uploads', result.upload.id, 'letter.txt'))).toEqual(Buffer.from(sample('002_572d8b93f8cec80c.txt')));
    } finally {
      await second.close();
    }
  });

  it('lets a second process on the same DATA_DIR use the running engine (imr ingest while npm start runs)', async () => {
    const dataDir = tempDataDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    const server = await openServices(config, { shareEngine: true }); // as `npm start` opens it
    try {
      const cli = await openServices(config);
      const result = await cli.ingestLetter({ bytes: sample('001_872fb3fc99c0572e.txt'), fileName: 'letter.txt' });
      await cli.close();

      expect(result.status).toBe('PARSED');
      expect((await server.repository.getCase(result.case!.id))?.id).toBe(result.case?.id);
    } finally {
      await server.close();
    }
  });
});

describe('finding ingested items by treatment', () => {
  it('finds a drug by a brand name or its generic name, however the letter spelled it', async () => {
    const services = await openServices(loadConfig({ DATA_DIR: tempDataDir() }), { inMemory: true });
    try {
      // Sample 000 requests "Nalozone" (a misspelling letters carry) and sample 002 "Zanaflex".
      const naloxoneLetter = await services.ingestLetter({ bytes: sample('000_0134393615b26c1c.txt'), fileName: 'a.txt' });
      const tizanidineLetter = await services.ingestLetter({ bytes: sample('002_572d8b93f8cec80c.txt'), fileName: 'b.txt' });

      const find = async (treatment: string) =>
        (await services.repository.listDisputedItems({ treatment }, { first: 10 })).nodes.map((n) => `${n.caseId}:${n.item.treatment.name}`);

      expect(await find('Narcan')).toEqual([`${naloxoneLetter.case!.id}:Nalozone`]);
      expect(await find('naloxone')).toEqual([`${naloxoneLetter.case!.id}:Nalozone`]);
      expect(await find('Tizanidine')).toEqual([`${tizanidineLetter.case!.id}:Zanaflex`]);
      expect(await find('ZANAFLEX')).toEqual([`${tizanidineLetter.case!.id}:Zanaflex`]);
    } finally {
      await services.close();
    }
  });
});
