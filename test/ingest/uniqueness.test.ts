/**
 * Ingest's uniqueness rules end to end (real parser, real store) on both local engines: a letter
 * disguised by an invisible or look-alike character is the same case; one case per case number;
 * an upload address takes one file, and an upload interrupted after its file was received can be
 * sent again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import type { Services } from '../../src/app/services.js';
import { loadConfig } from '../../src/config.js';
import { CaseNumberTakenError, UploadAlreadyReceivedError } from '../../src/errors.js';
import { ENGINES, type RunningEngine } from '../store/engines.js';

const SYNTHETIC = path.resolve(import.meta.dirname, '../../samples/synthetic');
const text = (name: string) => readFileSync(path.join(SYNTHETIC, name), 'utf8');
const bytes = (value: string) => new TextEncoder().encode(value);
const NUMBER = 'CM14-0246489';
const LETTER = text(`${NUMBER}.txt`);

let tables = 0;

for (const engine of ENGINES) {
  describe.skipIf(engine.unavailable !== null)(`ingest uniqueness on ${engine.name}`, () => {
    let running: RunningEngine;
    let services: Services;
    /** Fail every DynamoDB request after the next `n` (null: stop failing). */
    let budget: number | null = null;

    beforeAll(async () => {
      running = await engine.start();
    });
    afterAll(async () => {
      await running?.close();
    });
    beforeEach(async () => {
      budget = null;
      const config = loadConfig({ DYNAMODB_ENDPOINT: running.endpoint, TABLE_NAME: `imr-uniqueness-${process.pid}-${++tables}` });
      services = await openServices(config, {
        inMemory: true,
        onDynamoRequest: (operation) => {
          if (budget !== null && budget-- <= 0) throw new Error(`injected failure before ${operation}`);
        },
      });
    });
    afterEach(async () => {
      await services.close();
    });

    it.each([
      ['a zero-width joiner in the case number', LETTER.replace(`Case Number: ${NUMBER}`, `Case Number: CM14\u200d-0246489`)],
      ['a Cyrillic "е" in a word', LETTER.replace('Determination', 'D\u0435termination')],
      ['a right-to-left mark and a soft hyphen', LETTER.replace('Decision Date', 'Deci\u00adsion\u200f Date')],
    ])('makes a letter disguised by %s a DUPLICATE of the original, and caseByNumber returns the original', async (_name, disguised) => {
      expect(disguised).not.toBe(LETTER);
      const original = await services.ingestLetter({ bytes: bytes(LETTER), fileName: 'letter.txt' });

      const copy = await services.ingestLetter({ bytes: bytes(disguised), fileName: 'copy.txt' });

      expect(original.status).toBe('PARSED');
      expect(copy.status).toBe('DUPLICATE');
      expect(copy.case?.id).toBe(original.case?.id);
      const byNumber = await services.repository.getCaseByNumber(NUMBER);
      expect(byNumber?.id).toBe(original.case?.id);
      expect(byNumber?.source.sha256).toBe(original.upload.sha256);
      expect((await services.repository.listCases({}, { first: 10 })).totalCount).toBe(1);
    });

    it('refuses a different letter with a case number already held: upload FAILED with CONFLICT, the case unchanged', async () => {
      const original = await services.ingestLetter({ bytes: bytes(LETTER), fileName: 'letter.txt' });
      const altered = LETTER.replace(/ the /, ' this ');

      const second = await services.ingestLetter({ bytes: bytes(altered), fileName: 'altered.txt' });

      expect(second.status).toBe('FAILED');
      expect(second.error).toBeInstanceOf(CaseNumberTakenError);
      expect(second.error?.code).toBe('CONFLICT');
      expect(second.upload).toMatchObject({ status: 'FAILED', caseId: null, error: { code: 'CONFLICT' } });
      expect((await services.repository.getCaseByNumber(NUMBER))?.id).toBe(original.case?.id);
      expect((await services.repository.listCases({}, { first: 10 })).totalCount).toBe(1);
    });

    it('lets a corrected letter (decided later) replace the case under its id; caseByNumber returns the correction', async () => {
      const original = await services.ingestLetter({ bytes: bytes(LETTER), fileName: 'letter.txt' });
      const corrected = LETTER.replace('Decision Date: 08/29/2014', 'Decision Date: 09/15/2014');

      const second = await services.ingestLetter({ bytes: bytes(corrected), fileName: 'corrected.txt' });

      expect(second.status).toBe('PARSED');
      expect(second.case?.id).toBe(original.case?.id);
      const byNumber = await services.repository.getCaseByNumber(NUMBER);
      expect(byNumber?.decisionDate).toBe('2014-09-15');
      expect(byNumber?.source.sha256).toBe(second.upload.sha256);
      expect((await services.repository.listCases({}, { first: 10 })).totalCount).toBe(1);
    });

    it('takes one file per announced upload: a different file is refused and nothing of the first is touched', async () => {
      const { upload } = await services.startUpload({ fileName: 'letter.txt', contentType: 'text/plain' });
      const first = await services.ingestLetter({ bytes: bytes(LETTER), fileName: 'letter.txt', uploadId: upload.id });

      const second = await services.ingestLetter({ bytes: bytes(text('CM14-0278165.txt')), fileName: 'letter.txt', uploadId: upload.id }).catch((e: unknown) => e);

      expect(second).toBeInstanceOf(UploadAlreadyReceivedError);
      expect(await services.repository.getUpload(upload.id)).toEqual(first.upload);
      expect(await services.blobStore.get(upload.storageKey!)).toEqual(bytes(LETTER));
    });

    it('finishes an upload whose ingest died after its file was received when the same file is sent again', async () => {
      const { upload } = await services.startUpload({ fileName: 'letter.txt', contentType: 'text/plain' });
      // The receipt (GetItem, UpdateItem) is written, then the store goes away.
      budget = 2;
      const interrupted = await services.ingestLetter({ bytes: bytes(LETTER), fileName: 'letter.txt', uploadId: upload.id });
      budget = null;
      expect(interrupted.status).toBe('FAILED');
      expect((await services.repository.getUpload(upload.id))?.status).toBe('PENDING');

      const otherFile = await services.ingestLetter({ bytes: bytes(text('CM14-0278165.txt')), fileName: 'letter.txt', uploadId: upload.id }).catch((e: unknown) => e);
      const retried = await services.ingestLetter({ bytes: bytes(LETTER), fileName: 'letter.txt', uploadId: upload.id });

      expect(otherFile).toBeInstanceOf(UploadAlreadyReceivedError);
      expect(retried.status).toBe('PARSED');
      expect(await services.repository.getUpload(upload.id)).toMatchObject({ status: 'PARSED', caseId: retried.case?.id });
      expect((await services.repository.getCaseByNumber(NUMBER))?.id).toBe(retried.case?.id);
    });
  });
}
