import { ImrError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import type { IngestError, MutationResolvers } from '../generated/resolvers-types.js';
import { checkContentType, checkFileName, readInlineLetter, type InputProblem } from '../letter-input.js';
import { primeCases } from '../loaders.js';

/** Writing is a matter of who calls, not of what they send: a top-level FORBIDDEN error, not a payload error. */
function requireWriter(context: GraphQLContext): void {
  if (context.principal.canWrite) return;
  const why =
    context.principal.kind === 'partner'
      ? 'Partner API keys are read-only.'
      : 'Your sign-in may read but not write: writers are in the imr-writers group or hold the imr/write scope.';
  throw new ImrError('FORBIDDEN', `${why} Uploading and ingesting letters needs write access.`);
}

const asIngestError = (problem: InputProblem): IngestError => ({ code: problem.code, message: problem.message, field: problem.field });

export const Mutation: MutationResolvers = {
  ingestDetermination: async (_, { input }, context) => {
    requireWriter(context);
    const { maxUploadBytes, maxInlineUploadBytes } = context.services.config;
    const letter = readInlineLetter(input, maxUploadBytes, maxInlineUploadBytes);
    if (!letter.ok) return { upload: null, case: null, errors: [asIngestError(letter.problem)] };

    const result = await context.services.ingestLetter(letter.value);
    if (result.case) primeCases(context.loaders, [result.case]);
    return {
      upload: result.upload,
      case: result.case,
      errors: result.error ? [{ code: result.error.code, message: result.error.message, field: null }] : [],
    };
  },

  createUpload: async (_, { input }, context) => {
    requireWriter(context);
    const refused = (problem: InputProblem) => ({
      upload: null,
      uploadUrl: null,
      uploadMethod: null,
      uploadHeaders: [],
      expiresAt: null,
      errors: [asIngestError(problem)],
    });
    const fileName = checkFileName(input.fileName);
    if (!fileName.ok) return refused(fileName.problem);
    const contentType = checkContentType(input.contentType);
    if (!contentType.ok) return refused(contentType.problem);

    const { upload, target } = await context.services.startUpload({ fileName: fileName.value, contentType: contentType.value });
    return {
      upload,
      uploadUrl: target.url,
      uploadMethod: target.method,
      uploadHeaders: Object.entries(target.headers).map(([name, value]) => ({ name, value })),
      expiresAt: target.expiresAt,
      errors: [],
    };
  },
};
