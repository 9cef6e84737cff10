/** @jsxImportSource preact */
/**
 * Upload: letters dropped on the page (or chosen with the file picker), each through createUpload
 * and the URL it returns, with a progress bar and the outcome (parsed, duplicate, failed and why),
 * linking to the case. Three letters travel at a time.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApi } from '../api-context.js';
import { formatBytes, UPLOAD_STATUS_LABELS } from '../labels.js';
import { uploadLetter, WAITING, type UploadProgress } from '../letter-upload.js';
import { UploadLimitsQuery } from '../operations.js';
import { caseHref } from '../router.js';
import { useQuery } from '../use-query.js';

const PARALLEL_UPLOADS = 3;

interface Entry {
  key: number;
  file: File;
  progress: UploadProgress;
}

function phaseText(progress: UploadProgress): string {
  switch (progress.phase) {
    case 'waiting':
      return 'Waiting';
    case 'announcing':
      return 'Announcing the upload';
    case 'sending':
      return `Sending, ${Math.round(progress.sent * 100)}%`;
    case 'reading':
      return 'Reading the letter';
    case 'done':
      return progress.status === 'PENDING' ? 'Still being read: look for it later' : UPLOAD_STATUS_LABELS[progress.status ?? 'FAILED'];
  }
}

function EntryRow({ entry }: { entry: Entry }) {
  const { file, progress } = entry;
  const done = progress.phase === 'done';
  const status = progress.status;
  const progressId = `upload-progress-${entry.key}`;
  return (
    <li class={`upload ${done && status ? status.toLowerCase() : 'in-flight'}`} data-status={done ? (status ?? '') : 'IN_FLIGHT'}>
      <div class="upload-name">
        <strong>{file.name}</strong> <span class="file-facts">{formatBytes(file.size)}</span>
      </div>
      <label class="visually-hidden" for={progressId}>
        {file.name}: sent
      </label>
      <progress id={progressId} max={1} value={progress.phase === 'waiting' || progress.phase === 'announcing' ? 0 : progress.sent} />
      <p class="upload-outcome">
        <span class="upload-status">{phaseText(progress)}</span>
        {progress.error && (
          <span class="upload-error">
            {': '}
            {progress.error.message} (<code>{progress.error.code}</code>)
          </span>
        )}
        {progress.caseId && (
          <>
            {' · '}
            <a href={caseHref(progress.caseId)}>{status === 'DUPLICATE' ? 'the case it duplicates' : 'open the case'}{progress.caseNumber ? ` ${progress.caseNumber}` : ''}</a>
          </>
        )}
      </p>
    </li>
  );
}

export function UploadPage() {
  const { client } = useApi();
  const limits = useQuery(UploadLimitsQuery, {});
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const nextKey = useRef(1);
  const started = useRef(new Set<number>());

  const add = (files: FileList | File[] | null) => {
    if (!files) return;
    const added = [...files].map((file) => ({ key: nextKey.current++, file, progress: WAITING }));
    if (added.length) setEntries((current) => [...added, ...current]);
  };

  // Starts waiting letters while fewer than PARALLEL_UPLOADS are under way.
  useEffect(() => {
    const running = entries.filter((entry) => started.current.has(entry.key) && entry.progress.phase !== 'done').length;
    const waiting = entries.filter((entry) => !started.current.has(entry.key)).reverse();
    for (const entry of waiting.slice(0, Math.max(0, PARALLEL_UPLOADS - running))) {
      started.current.add(entry.key);
      const report = (progress: UploadProgress) => setEntries((current) => current.map((other) => (other.key === entry.key ? { ...other, progress } : other)));
      void uploadLetter(client, entry.file, report);
    }
  }, [entries]);

  // A file dropped outside the zone must not make the browser leave the page to show it.
  useEffect(() => {
    const keep = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const canWrite = limits.data?.viewer.canWrite;
  const maxBytes = limits.data?.limits.maxUploadBytes;
  const done = entries.filter((entry) => entry.progress.phase === 'done').length;
  return (
    <div class="upload-page">
      <h1>Upload letters</h1>
      <p>
        Add IMR Final Determination Letters as PDF or text files{maxBytes ? ` (up to ${formatBytes(maxBytes)} each)` : ''}. Each is read on arrival; a letter already stored is recognised as a
        duplicate, even from the other of its PDF and text.
      </p>
      {canWrite === false && (
        <p class="notice" role="note">
          You may read but not upload: an administrator can add you to the <code>imr-writers</code> group.
        </p>
      )}
      <div
        class={dragging ? 'dropzone dragging' : 'dropzone'}
        id="dropzone"
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          add(event.dataTransfer?.files ?? null);
        }}
      >
        <p>Drop letters here, or</p>
        <input
          id="upload-files"
          class="visually-hidden file-input"
          type="file"
          multiple
          accept=".pdf,.txt,application/pdf,text/plain"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            add(input.files);
            input.value = '';
          }}
        />
        <label for="upload-files" class="button">
          Choose files
        </label>
      </div>
      {entries.length > 0 && (
        <section aria-labelledby="uploads-heading">
          <h2 id="uploads-heading">
            Your uploads <span class="file-facts">({done} of {entries.length} finished)</span>
          </h2>
          <p class="visually-hidden" aria-live="polite">
            {entries
              .filter((entry) => entry.progress.phase === 'done')
              .map((entry) => `${entry.file.name}: ${phaseText(entry.progress)}${entry.progress.error ? `, ${entry.progress.error.message}` : ''}.`)
              .join(' ')}
          </p>
          <ol class="uploads">
            {entries.map((entry) => (
              <EntryRow key={entry.key} entry={entry} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
