/**
 * A GraphiQL side pane that uploads a letter the way any client would: the createUpload mutation
 * announces it and returns where to PUT the file; the PUT stores and ingests it. Locally the PUT
 * goes to this server, on AWS to a presigned S3 URL, so the pane shows the real two-step flow.
 */
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { useState, type ChangeEvent } from 'react';
import { CREATE_UPLOAD_MUTATION, caseQuery, readCreateUploadAnswer, type UploadOutcome } from './upload-letter.js';

function endpointUrl(): string {
  const root = document.getElementById('graphiql');
  return new URL(root?.dataset.endpoint ?? '/graphql', window.location.href).href;
}

async function uploadLetter(file: File): Promise<UploadOutcome> {
  const contentType = file.type || (file.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : 'text/plain');
  const announced = await fetch(endpointUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CREATE_UPLOAD_MUTATION, variables: { input: { fileName: file.name, contentType } } }),
  });
  const target = readCreateUploadAnswer(await announced.json());
  const stored = await fetch(target.url, { method: target.method, headers: target.headers, body: file });
  const outcome = (await stored.json()) as UploadOutcome;
  return outcome;
}

/** Opens the uploaded letter's case in a new editor tab, ready to run. */
function QueryCaseButton({ caseId }: { caseId: string }) {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  return (
    <button
      type="button"
      className="graphiql-button imr-upload-query"
      onClick={() => {
        addTab();
        queryEditor?.setValue(caseQuery(caseId));
      }}
    >
      Query this case
    </button>
  );
}

function UploadLetterPane() {
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<{ fileName: string; outcome: UploadOutcome | { error: { message: string } } }[]>([]);

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    setBusy(true);
    for (const file of files) {
      const outcome = await uploadLetter(file).catch((error: unknown) => ({
        error: { message: error instanceof Error ? error.message : String(error) },
      }));
      setOutcomes((previous) => [{ fileName: file.name, outcome }, ...previous]);
    }
    setBusy(false);
  }

  return (
    <div className="imr-upload">
      <div className="graphiql-doc-explorer-title">Upload a letter</div>
      <p>
        An IMR final determination letter (.pdf or .txt). The pane calls <code>createUpload</code>, then PUTs the file
        to the URL it returns; the server parses it into a case.
      </p>
      <input type="file" accept=".pdf,.txt,application/pdf,text/plain" multiple disabled={busy} onChange={onFiles} />
      <ul className="imr-upload-results">
        {outcomes.map(({ fileName, outcome }, index) => (
          <li key={`${index}-${fileName}`}>
            <strong>{fileName}</strong>: {'status' in outcome && outcome.status ? outcome.status : 'FAILED'}
            {'caseId' in outcome && outcome.caseId ? <> — case <code>{outcome.caseId}</code></> : null}
            {outcome.error ? <> — {outcome.error.message}</> : null}
            {'caseId' in outcome && outcome.caseId ? <QueryCaseButton caseId={outcome.caseId} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function UploadIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M12 16V4m0 0l-5 5m5-5l5 5M4 16v3a1 1 0 001 1h14a1 1 0 001-1v-3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const uploadLetterPlugin: GraphiQLPlugin = {
  title: 'Upload a letter',
  icon: UploadIcon,
  content: UploadLetterPane,
};
