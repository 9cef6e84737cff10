import { randomUUID } from 'node:crypto';
import type { BlobStore } from '../blobs/blob-store.js';
import type { UploadRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import type { DeterminationRepository } from '../store/repository.js';
import type { StartUpload, StartUploadInput, StartUploadResult } from './types.js';
import { safeFileName, uploadKey } from './upload-key.js';

export interface StartUploadDependencies {
  repository: DeterminationRepository;
  blobStore: BlobStore;
  now?: () => Date;
  newId?: () => string;
}

/** The letters we read; the parser decides from the bytes, but a client announcing a spreadsheet is told at once. */
const READABLE_TYPE = /^(application\/pdf|text\/plain)(\s*;.*)?$/i;

export function createStartUpload(deps: StartUploadDependencies): StartUpload {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  return async function startUpload(input: StartUploadInput): Promise<StartUploadResult> {
    if (input.fileName.trim() === '') throw new InputError('The file name is empty.');
    if (!READABLE_TYPE.test(input.contentType.trim())) {
      throw new InputError(`Letters are read as PDF (application/pdf) or plain text (text/plain), not "${input.contentType}".`);
    }
    const id = newId();
    const fileName = safeFileName(input.fileName);
    const key = uploadKey(id, fileName);
    const at = now().toISOString();
    const upload: UploadRecord = {
      id,
      fileName,
      contentType: input.contentType.trim(),
      status: 'PENDING',
      createdAt: at,
      updatedAt: at,
      sizeBytes: null,
      sha256: null,
      storageKey: key,
      caseId: null,
      error: null,
    };
    await deps.repository.createUpload(upload);
    return { upload, target: await deps.blobStore.createUploadTarget(key, upload.contentType) };
  };
}
