import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

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
   * armor's static cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`. One case with
   * every field, items and citations costs ~490, so a full page of 100 (~50,000) fits and the
   * same page under a dozen aliases does not.
   */
  maxCost: 60_000,
  maxAliases: 15,
  maxDirectives: 20,
  /** GraphiQL's introspection query is ~300 tokens; a generous hand-written query ~600. */
  maxTokens: 2000,
} as const;

/**
 * armor's cost sees `first` only when it is written in the query, not passed as a variable, so
 * list sizes are also counted as the query runs: all lists of one request together may ask for
 * this many rows (five full pages).
 */
export const MAX_LIST_ROWS_PER_REQUEST = 500;

/** Which limit a query broke, in `extensions.limit` of the error. */
export type QueryLimit = 'MAX_DEPTH' | 'MAX_COST' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_TOKENS' | 'MAX_LIST_ROWS';

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
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, propagateOnRejection: false, onReject: [reject('MAX_COST')] },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [reject('MAX_ALIASES')] },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reject('MAX_DIRECTIVES')] },
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  if (plugins.length > 0) throw new Error('graphql-armor added Apollo plugins this server does not expect; review query-limits.ts.');
  return { validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
