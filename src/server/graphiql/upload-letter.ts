/**
 * The two-step upload as data: the createUpload mutation the page sends, and how its answer
 * becomes the PUT request. Kept apart from the React pane so it reads (and is tested) alone.
 */

/** What `PUT /uploads/<uploadId>/<fileName>` answers (see src/server/upload-route.ts). */
export interface UploadOutcome {
  uploadId: string | null;
  status: 'PARSED' | 'DUPLICATE' | 'FAILED' | null;
  caseId: string | null;
  error: { code: string; message: string } | null;
}

export interface PutTarget {
  url: string;
  method: string;
  headers: Record<string, string>;
}

export const CREATE_UPLOAD_MUTATION = /* GraphQL */ `
  mutation CreateUpload($input: CreateUploadInput!) {
    createUpload(input: $input) {
      upload { id status }
      uploadUrl
      uploadMethod
      uploadHeaders { name value }
      errors { code message }
    }
  }
`;

interface CreateUploadAnswer {
  data?: {
    createUpload?: {
      uploadUrl?: string | null;
      uploadMethod?: string | null;
      uploadHeaders?: { name: string; value: string }[] | null;
      errors?: { code: string; message: string }[] | null;
    } | null;
  } | null;
  errors?: { message: string }[];
}

/** The PUT to send, or an Error whose message is the server's own (a typed payload error or a GraphQL error). */
export function readCreateUploadAnswer(answer: unknown): PutTarget {
  const { data, errors } = (answer ?? {}) as CreateUploadAnswer;
  const payload = data?.createUpload;
  const failure = payload?.errors?.[0] ?? errors?.[0];
  if (failure) throw new Error(failure.message);
  if (!payload?.uploadUrl) throw new Error('createUpload returned no upload URL.');
  const headers: Record<string, string> = {};
  for (const { name, value } of payload.uploadHeaders ?? []) headers[name] = value;
  return { url: payload.uploadUrl, method: payload.uploadMethod ?? 'PUT', headers };
}

/** The query the pane opens for an uploaded letter's case: what the parser read from it. */
export function caseQuery(caseId: string): string {
  return `# The case parsed from the letter you uploaded. Ctrl+Enter runs it.
query UploadedCase {
  case(id: ${JSON.stringify(caseId)}) {
    caseNumber
    decisionDate
    outcome
    reviewer { specialties licensureStates }
    injuredWorker { age sex dateOfInjury diagnoses }
    disputedItems {
      description
      treatment { name genericName category strength quantity }
      decision { outcome medicallyNecessary }
      citations { citedBy source sections pages { start end } }
    }
    source { fileName sizeBytes parserVersion }
  }
}
`;
}
