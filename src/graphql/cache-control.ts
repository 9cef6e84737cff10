/**
 * Apollo's cache control — an answer's policy from the SDL's `@cacheControl` hints and the
 * resolvers' dynamic hints, and the Cache-Control header that states it — computed only at the
 * fields that can change the policy.
 *
 * Apollo's own plugin hooks every field of every answer (`willResolveField`), and any such hook
 * makes Apollo wrap every resolver of the schema: a page of 20 cases with their items and
 * citations resolves hundreds to thousands of fields, and paid for each a wrapper, a hint
 * computation, three objects and two closures.
 * Yet under Apollo's rules most fields cannot change the policy whatever they return: a scalar
 * below the root, or an object whose type inherits its parent's maxAge (Treatment, Decision,
 * PageRange, an edge, ...), gets an empty hint, and restricting the policy by an empty hint does
 * nothing. So this plugin applies Apollo's rules, unchanged, to the fields that can: root fields,
 * fields whose object, interface or union type does not inherit, and fields with a hint of their
 * own; the policy comes out as Apollo's would for every answer, and so does the header, except that
 * it always says `private` (answers hold medical data; see willSendResponse).
 *
 * Below the root, such a field's hint depends on the schema alone, so it is computed once, at
 * start, and each resolution only restricts the policy by it. Dynamic hints (`info.cacheControl`,
 * see cache-hints.ts) are for root fields, where a lookup knows what it found: there every
 * resolution runs Apollo's steps whole. A field below the root has no `info.cacheControl`.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { CacheHint, CachePolicy, CacheScope, ResolveInfoCacheControl } from '@apollo/cache-control-types';
import {
  defaultFieldResolver,
  type ConstDirectiveNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

/** What a `@cacheControl` directive says (Apollo's reading of it). */
interface Annotation extends CacheHint {
  inheritMaxAge?: true;
}

/** Apollo's default for a root field or a non-inheriting object with no maxAge: never reuse. */
const DEFAULT_MAX_AGE = 0;

/** Apollo's CachePolicy (its own constructor is internal to @apollo/server). */
function newCachePolicy(): CachePolicy {
  return {
    maxAge: undefined,
    scope: undefined,
    restrict(hint) {
      if (hint.maxAge !== undefined && (this.maxAge === undefined || hint.maxAge < this.maxAge)) this.maxAge = hint.maxAge;
      if (hint.scope !== undefined && this.scope !== 'PRIVATE') this.scope = hint.scope;
    },
    replace(hint) {
      if (hint.maxAge !== undefined) this.maxAge = hint.maxAge;
      if (hint.scope !== undefined) this.scope = hint.scope;
    },
    policyIfCacheable() {
      if (this.maxAge === undefined || this.maxAge === 0) return null;
      return { maxAge: this.maxAge, scope: this.scope ?? 'PUBLIC' };
    },
  };
}

const isRestricted = (hint: CacheHint) => hint.maxAge !== undefined || hint.scope !== undefined;

function annotationOf(directives: readonly ConstDirectiveNode[] | undefined): Annotation | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scopeName = scopeValue?.kind === 'EnumValue' ? scopeValue.value : undefined;
  const scope: CacheScope | undefined = scopeName === 'PUBLIC' || scopeName === 'PRIVATE' ? scopeName : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === 'BooleanValue' && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === 'IntValue' ? Number.parseInt(maxAge.value, 10) : undefined, scope };
}

function typeAnnotation(type: GraphQLCompositeType): Annotation {
  const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
  for (const node of nodes) {
    const found = annotationOf(node?.directives);
    if (found) return found;
  }
  return {};
}

/**
 * graphql's `isCompositeType`, `getNamedType` and friends check `instanceof`, which fails when
 * Apollo builds the schema with graphql's CommonJS copy and this module loads the ES one (tsx,
 * vitest); `Symbol.toStringTag` holds in either copy.
 */
const tagOf = (value: unknown) => Object.prototype.toString.call(value);
const COMPOSITE_TAGS = new Set(['[object GraphQLObjectType]', '[object GraphQLInterfaceType]', '[object GraphQLUnionType]']);
const WRAPPING_TAGS = new Set(['[object GraphQLList]', '[object GraphQLNonNull]']);
const isComposite = (type: GraphQLNamedType): type is GraphQLCompositeType => COMPOSITE_TAGS.has(tagOf(type));

function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let current: GraphQLOutputType = type;
  while (WRAPPING_TAGS.has(tagOf(current)) && 'ofType' in current) current = current.ofType;
  return current as GraphQLNamedType;
}

/** A field's hint before its resolver runs, as Apollo's `willResolveField` computes it (it depends on the schema alone). */
interface FieldRule {
  maxAge: number | undefined;
  scope: CacheScope | undefined;
  /** Takes its parent's maxAge: no default applies when it has none. */
  inheritMaxAge: boolean;
  returnsComposite: boolean;
}

function fieldRule(field: GraphQLField<unknown, unknown>, hintOfType: (type: GraphQLCompositeType) => Annotation): FieldRule {
  const policy = newCachePolicy();
  let inheritMaxAge = false;
  const target = namedType(field.type);
  const returnsComposite = isComposite(target);
  if (returnsComposite) {
    const hint = hintOfType(target);
    policy.replace(hint);
    inheritMaxAge = Boolean(hint.inheritMaxAge);
  }
  const own = annotationOf(field.astNode?.directives) ?? {};
  if (own.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (own.scope) policy.replace({ scope: own.scope });
  } else {
    policy.replace(own);
  }
  return { maxAge: policy.maxAge, scope: policy.scope, inheritMaxAge, returnsComposite };
}

/** What Apollo restricts the policy by once a field below the root is resolved: its hint, or the default where it has none and does not inherit. */
function hintBelowRoot(rule: FieldRule): CacheHint {
  const maxAge = rule.maxAge ?? (rule.returnsComposite && !rule.inheritMaxAge ? DEFAULT_MAX_AGE : undefined);
  return { maxAge, scope: rule.scope };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && 'then' in value && typeof value.then === 'function';

/** Calls `done` once the value is complete, as Apollo's `whenResultIsFinished` does. */
function whenSettled(result: unknown, done: () => void): void {
  if (isThenable(result)) {
    result.then(
      (value) => whenSettled(value, done),
      () => done(),
    );
  } else if (Array.isArray(result) && result.some(isThenable)) {
    Promise.all(result).then(done, done);
  } else {
    done();
  }
}

type InfoWithCacheControl = GraphQLResolveInfo & { cacheControl?: ResolveInfoCacheControl };

/** Per request: the answer's policy being restricted, or null when it was set before execution (then hints are ignored, as Apollo does). */
type RequestPolicy = { overall: CachePolicy } | { overall: null };

/** Apollo's parse of a Cache-Control header already on the response. */
function existingHeader(header: string | undefined): { kind: 'none' | 'uncacheable' | 'unparsable' } | { kind: 'cacheable'; hint: CacheHint } {
  if (!header) return { kind: 'none' };
  if (header === 'no-store') return { kind: 'uncacheable' };
  const match = /^max-age=(\d+), (public|private)$/.exec(header);
  if (!match) return { kind: 'unparsable' };
  return { kind: 'cacheable', hint: { maxAge: Number(match[1]), scope: match[2] === 'public' ? 'PUBLIC' : 'PRIVATE' } };
}

/**
 * The cache control plugin. Install it with `ApolloServerPluginCacheControlDisabled()`, which keeps
 * Apollo from adding its own.
 */
export function cacheControlPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const requests = new WeakMap<object, RequestPolicy>();
  const typeHints = new Map<GraphQLCompositeType, Annotation>();
  const hintOfType = (type: GraphQLCompositeType): Annotation => {
    let hint = typeHints.get(type);
    if (!hint) typeHints.set(type, (hint = typeAnnotation(type)));
    return hint;
  };

  const requestOf = (context: unknown) => (typeof context === 'object' && context !== null ? requests.get(context) : undefined);

  /** Apollo's `willResolveField` and what it returns, whole: the field's hint may change as it resolves. */
  function instrumentRoot(field: GraphQLField<unknown, unknown>, rule: FieldRule): void {
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info: InfoWithCacheControl) => {
      const request = requestOf(context);
      if (!request) return resolve(source, args, context, info);
      const fieldPolicy = newCachePolicy();
      fieldPolicy.replace(rule);
      info.cacheControl = { setCacheHint: (hint) => fieldPolicy.replace(hint), cacheHint: fieldPolicy, cacheHintFromType: hintOfType };
      const { overall } = request;
      if (!overall) return resolve(source, args, context, info);
      const finish = () => {
        if (fieldPolicy.maxAge === undefined && ((rule.returnsComposite && !rule.inheritMaxAge) || !info.path.prev)) fieldPolicy.restrict({ maxAge: DEFAULT_MAX_AGE });
        overall.restrict(fieldPolicy);
      };
      let result: unknown;
      try {
        result = resolve(source, args, context, info);
      } catch (error) {
        finish();
        throw error;
      }
      whenSettled(result, finish);
      return result;
    };
  }

  /** A field whose hint is fixed: restricting by it as it resolves is all Apollo's steps come to. */
  function instrumentBelowRoot(field: GraphQLField<unknown, unknown>, hint: CacheHint): void {
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      requestOf(context)?.overall?.restrict(hint);
      return resolve(source, args, context, info);
    };
  }

  return {
    async serverWillStart({ schema }: { schema: GraphQLSchema }) {
      const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t !== null && t !== undefined));
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__') || tagOf(type) !== '[object GraphQLObjectType]') continue;
        const objectType = type as GraphQLObjectType;
        for (const field of Object.values(objectType.getFields())) {
          const rule = fieldRule(field, hintOfType);
          if (roots.has(objectType)) {
            instrumentRoot(field, rule);
            continue;
          }
          // An empty hint restricts nothing (a scalar, or an object that inherits its parent's maxAge).
          const hint = hintBelowRoot(rule);
          if (isRestricted(hint)) instrumentBelowRoot(field, hint);
        }
      }
    },

    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, overallCachePolicy }) {
          requests.set(contextValue, { overall: isRestricted(overallCachePolicy) ? null : overallCachePolicy });
        },

        async willSendResponse({ response, overallCachePolicy }) {
          const existing = existingHeader(response.http.headers.get('cache-control'));
          if (existing.kind === 'unparsable') return;
          const policy = newCachePolicy();
          policy.replace(overallCachePolicy);
          if (existing.kind === 'cacheable') policy.restrict(existing.hint);
          const cacheable = policy.policyIfCacheable();
          if (cacheable && existing.kind !== 'uncacheable' && response.body.kind === 'single' && !response.body.singleResult.errors) {
            // Answers hold medical details of named cases: the caller's browser may keep one for its
            // maxAge, a shared cache (a proxy, a CDN) never. PUBLIC stays in the policy, where it means
            // what the response cache needs: the same answer for every caller (response-cache.ts).
            response.http.headers.set('cache-control', `max-age=${cacheable.maxAge}, private`);
          } else {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
