/**
 * Cache hints that depend on the answer rather than on the schema alone. The static hints live in
 * the SDL (`@cacheControl`); these narrow them where the SDL cannot know enough. Only root fields
 * are given `info.cacheControl` (see cache-control.ts): hint there.
 */
import { maybeCacheControlFromInfo, type CacheHint, type ResolveInfoCacheControl } from '@apollo/cache-control-types';
import type { GraphQLCompositeType, GraphQLNamedType, GraphQLResolveInfo } from 'graphql';
import { nodeTypeOf, type NodeParent } from './nodes.js';

const NEVER: CacheHint = { maxAge: 0 };

const COMPOSITE_TAGS = new Set(['[object GraphQLObjectType]', '[object GraphQLInterfaceType]', '[object GraphQLUnionType]']);

/**
 * graphql's own `isCompositeType` checks `instanceof`, which fails here under tsx and vitest: Apollo
 * builds the schema with graphql's CommonJS copy while this module loads the ES one. The types'
 * `Symbol.toStringTag` holds in either copy.
 */
function isCompositeType(type: GraphQLNamedType | undefined): type is GraphQLCompositeType {
  return type !== undefined && COMPOSITE_TAGS.has(Object.prototype.toString.call(type));
}

/** A type's own `@cacheControl` hint; a type without one is not known to be safe to keep. */
function typeHint(info: GraphQLResolveInfo, cacheControl: ResolveInfoCacheControl, typeName: string): CacheHint {
  const type = info.schema.getType(typeName);
  const hint = isCompositeType(type) ? cacheControl.cacheHintFromType(type) : undefined;
  return hint?.maxAge === undefined ? NEVER : hint;
}

/**
 * "No such case" stops being true as soon as the letter is ingested, possibly by another process,
 * so it is kept no longer than a page of cases, which would show that case as soon.
 */
const absentAnswerHint = (info: GraphQLResolveInfo, cacheControl: ResolveInfoCacheControl) => typeHint(info, cacheControl, 'CaseConnection');

/** A case looked up by id or number: a miss is kept only briefly. */
export function hintForLookup(info: GraphQLResolveInfo, found: unknown): void {
  const cacheControl = maybeCacheControlFromInfo(info);
  if (cacheControl && (found === null || found === undefined)) cacheControl.cacheHint.restrict(absentAnswerHint(info, cacheControl));
}

/**
 * `node` and `nodes` answer with whatever types the ids name, and the Node interface carries no hint
 * of its own: an answer is kept as long as the strictest type it holds allows (an Upload: never).
 */
export function hintForNodes(info: GraphQLResolveInfo, found: readonly (NodeParent | null)[]): void {
  const cacheControl = maybeCacheControlFromInfo(info);
  if (!cacheControl) return;
  for (const node of found) {
    cacheControl.cacheHint.restrict(node === null ? absentAnswerHint(info, cacheControl) : typeHint(info, cacheControl, nodeTypeOf(node)));
  }
}
