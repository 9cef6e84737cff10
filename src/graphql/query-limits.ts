import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { estimateAnswer, type AnswerEstimate } from './answer-estimate.js';

/**
 * Limits on the shape of a query, checked before anything runs, so a hostile query costs a parse
 * and a validation pass rather than thousands of resolver calls.
 *
 * Sized from the deepest query a client needs: a page of cases → items → citations → item → case
 * (`cases.edges.node.disputedItems.citations.item.case.caseNumber`) is 8 levels deep.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  /**
   * Values an answer may hold (objects and scalars, every list element counted: answer-estimate.ts).
   * A page of 100 cases with every field, item and citation is estimated at ~35,000, so it fits with
   * room to spare and a dozen such pages under aliases (~420,000) do not.
   */
  maxCost: 150_000,
  maxAliases: 15,
  maxDirectives: 20,
  /** GraphiQL's introspection query is ~300 tokens; a generous hand-written query ~600. */
  maxTokens: 2000,
} as const;

/**
 * The estimate sees every `first`, but a query's lists are also counted as it runs, in case the
 * estimate and the resolvers ever disagree: all lists of one request together may ask for this
 * many rows (five full pages).
 */
export const MAX_LIST_ROWS_PER_REQUEST = 500;

/** Which limit a query broke, in `extensions.limit` of the error. */
export type QueryLimit = 'MAX_DEPTH' | 'MAX_COST' | 'MAX_ANSWER_BYTES' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_TOKENS' | 'MAX_LIST_ROWS';

/** The error for a limit found while the query runs (the others are found before it runs). */
export function listRowsRefusal(asked: number): GraphQLError {
  return new GraphQLError(
    `Query refused: its lists ask for more than ${MAX_LIST_ROWS_PER_REQUEST} rows in all (this one asked for ${asked} more). Ask for smaller pages or fewer lists.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', [QUERY_LIMIT_EXTENSION]: 'MAX_LIST_ROWS' satisfies QueryLimit } },
  );
}

/** The extensions key that marks an error as a broken query limit (formatError turns it into code QUERY_TOO_COMPLEX). */
export const QUERY_LIMIT_EXTENSION = 'limit';

function reject(limit: QueryLimit): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => {
    // armor prefixes "Syntax Error: " though nothing is wrong with the syntax.
    const message = `Query refused: ${error.message.replace(/^Syntax Error: /, '')}`;
    const refusal = new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', [QUERY_LIMIT_EXTENSION]: limit } });
    // Every rule armor runs here is a validation rule, which always has a context to report to.
    context?.reportError(refusal);
  };
}

/**
 * graphql-js counts tokens itself while parsing (`parseOptions.maxTokens`) and fails like any
 * syntax error: GRAPHQL_PARSE_FAILED, 400. armor's own token limit re-parses every query in a
 * plugin hook, where Apollo treats any syntax error as an unexpected failure (a plain typo then
 * surfaces as a thrown error instead of a 400), so it stays off.
 */
const TOKEN_LIMIT_MESSAGE = /Document contains more th[ae]t? \d+ tokens/;

/** True for graphql-js's "too many tokens" parse failure. */
export const isTokenLimitError = (message: string): boolean => TOKEN_LIMIT_MESSAGE.test(message);

export const tokenLimitMessage = () => `Query refused: it has more than ${QUERY_LIMITS.maxTokens} tokens.`;

/** Apollo options that enforce QUERY_LIMITS: armor's validation rules and the parser's token cap. */
export function queryLimitProtection() {
  const armor = new ApolloArmor({
    // Introspection is public on purpose (GraphiQL needs it), so "did you mean" hints reveal nothing new and help.
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [reject('MAX_DEPTH')] },
    // armor's cost sees `first` only as a literal and cannot see variables at all (validation runs
    // before them): the cost is estimated once the variables are known (queryCostPlugin).
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [reject('MAX_ALIASES')] },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reject('MAX_DIRECTIVES')] },
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  if (plugins.length > 0) throw new Error('graphql-armor added Apollo plugins this server does not expect; review query-limits.ts.');
  return { validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}

const number = (n: number) => n.toLocaleString('en-US');

const MAX_ESTIMATES_PER_QUERY = 32;
const MAX_VARIABLES_KEY_LENGTH = 2_048;

function costRefusal(limit: QueryLimit, message: string): GraphQLError {
  // A refusal of what the client asked, like the validation refusals: 400, not Apollo's default 500 for this hook.
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', [QUERY_LIMIT_EXTENSION]: limit, http: { status: 400 } } });
}

/** The refusal of an answer found too big once built (answer-size-guard.ts), in the words of the estimate's. */
export function answerBytesRefusalMessage(bytes: number, maxAnswerBytes: number, isEstimate: boolean): string {
  return (
    `Query refused: its answer ${isEstimate ? 'would take about' : 'takes'} ${number(bytes)} bytes, over the limit of ${number(maxAnswerBytes)}. ` +
    'Ask for smaller pages, fewer fields or fewer nested lists.'
  );
}

/**
 * Refuses, before anything runs, an operation whose answer would hold more than `maxCost` values or
 * take more than `maxAnswerBytes`. It runs once the variables are known (Apollo's
 * didResolveOperation), so `first: $n` counts at the value of $n; validation rules never see variables.
 */
export function queryCostPlugin<TContext extends BaseContext>(maxAnswerBytes: number, maxCost: number = QUERY_LIMITS.maxCost): ApolloServerPlugin<TContext> {
  // Apollo keeps one parsed document per query text, so a query asked again (a client's page, with
  // the same variables) is estimated once: a page of full cases costs ~80 µs to walk.
  const estimates = new WeakMap<OperationDefinitionNode, Map<string, AnswerEstimate>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const variablesKey = JSON.stringify(variables);
          let known = estimates.get(operation);
          let estimate = known?.get(variablesKey);
          if (!estimate) {
            const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
            estimate = estimateAnswer(schema, fragments, operation, variables);
            if (!known) estimates.set(operation, (known = new Map()));
            // A few variants per query are worth keeping; a client paging with new cursors would only fill it.
            if (known.size < MAX_ESTIMATES_PER_QUERY && variablesKey.length <= MAX_VARIABLES_KEY_LENGTH) known.set(variablesKey, estimate);
          }
          // Apollo reports one error from this hook: the answer's size first, the limit a Lambda answer cannot pass.
          if (estimate.bytes > maxAnswerBytes) throw costRefusal('MAX_ANSWER_BYTES', answerBytesRefusalMessage(estimate.bytes, maxAnswerBytes, true));
          if (estimate.values > maxCost) {
            throw costRefusal(
              'MAX_COST',
              `Query refused: its answer would hold about ${number(estimate.values)} values, over the limit of ${number(maxCost)}. Ask for smaller pages or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
