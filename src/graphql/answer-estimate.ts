/**
 * What an operation will cost before it runs: how many values it resolves and how many bytes of
 * JSON its answer takes, with every list counted at the size it will have — a page at its `first`
 * (written in the query, passed as a variable, or the schema's default), `nodes` at its number of
 * ids, and a list the query cannot size (a case's items, an item's citations) at a typical length.
 *
 * It is an estimate, not a bound: a letter with an unusually long rationale makes a bigger answer
 * than estimated, which is why the serialized answer is checked too (answer-size-guard.ts). What it
 * must never do is miss a multiplication, as graphql-armor's static cost did: it sees `first` only
 * when written as a literal, so `cases(first: $n)` under five aliases and a loop of citations → item
 * → case passed as one page and answered 8.4 MB.
 *
 * Pure: a function of the schema, the document and the request's variables. graphql's type
 * predicates check `instanceof`, which fails when Apollo's schema comes from graphql's CommonJS copy
 * and this module from the ES one (tsx, vitest), so types are told apart by their toStringTag.
 */
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface AnswerEstimate {
  /** Values resolved: objects and scalars, every list element counted. */
  values: number;
  /** Bytes of the answer's JSON text (`data` only). */
  bytes: number;
}

/**
 * A list no argument sizes. Measured on the sample letters: 2.1 items per case, 2.0 citations per
 * item, at most 3 specialties, diagnoses or sections in nearly all; rounded up.
 */
export const TYPICAL_LIST_LENGTH = 3;

/** No list is longer than this (outcomeStats and facets take `first` up to 500; pages stop at 100): a larger `first` is refused by its resolver. */
const LONGEST_LIST = 500;

/** Arguments whose value says how long the field's list (or its connection's page) is. */
const PAGE_SIZE_ARGUMENT = 'first';
const ID_LIST_ARGUMENT = 'ids';

/** Typical bytes of a scalar's value as JSON, by type. */
const SCALAR_BYTES: Record<string, number> = { ID: 50, String: 30, Int: 6, Float: 8, Boolean: 5, Date: 12, DateTime: 26 };
const OTHER_SCALAR_BYTES = 20;
const ENUM_BYTES = 14;

/**
 * The fields that hold a letter's prose, at a length above their mean on the sample letters
 * (clinical summary 790 bytes, rationale 610, the basis paragraphs 130, a citation's text 100).
 */
const TEXT_FIELD_BYTES: Record<string, number> = {
  'Case.clinicalSummary': 1_000,
  'Decision.rationale': 800,
  'DisputedItem.claimsAdministratorBasis': 200,
  'DisputedItem.independentReviewerBasis': 200,
  'GuidelineCitation.text': 150,
};

/** `"key":` and the comma after the value. */
const keyBytes = (key: string) => key.length + 4;

const tagOf = (value: unknown) => Object.prototype.toString.call(value);
const isList = (type: unknown) => tagOf(type) === '[object GraphQLList]';
const isNonNull = (type: unknown) => tagOf(type) === '[object GraphQLNonNull]';
const hasFields = (type: unknown): type is { getFields(): Record<string, GraphQLField<unknown, unknown>> } =>
  tagOf(type) === '[object GraphQLObjectType]' || tagOf(type) === '[object GraphQLInterfaceType]';

/** The named type under any lists and non-nulls, and how many list levels wrap it. */
function unwrap(type: GraphQLOutputType): { named: GraphQLNamedType; listDepth: number } {
  let current: unknown = type;
  let listDepth = 0;
  while (isList(current) || isNonNull(current)) {
    if (isList(current)) listDepth++;
    current = (current as { ofType: unknown }).ofType;
  }
  return { named: current as GraphQLNamedType, listDepth };
}

type Variables = Readonly<Record<string, unknown>>;

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Variables;
  /** Default values of the operation's variables, as written in it. */
  variableDefaults: ReadonlyMap<string, ValueNode>;
  /** A fragment's estimate per object, for a given page size: fragments spread many times are walked once. */
  memo: Map<string, AnswerEstimate>;
}

function integerOf(node: ValueNode | undefined, walk: Walk): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = walk.variables[node.name.value];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    // Absent or null: the variable's default; a value of the wrong type fails coercion later (BAD_USER_INPUT).
    if (value === undefined || value === null) return integerOf(walk.variableDefaults.get(node.name.value), walk);
  }
  return undefined;
}

function listLengthOf(node: ValueNode | undefined, walk: Walk): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const value = walk.variables[node.name.value];
    if (Array.isArray(value)) return value.length;
    if (value === undefined || value === null) return listLengthOf(walk.variableDefaults.get(node.name.value), walk);
    return 1; // a single value is coerced to a list of one
  }
  return 1;
}

const clampLength = (n: number) => Math.min(Math.max(Math.trunc(n), 0), LONGEST_LIST);

/** The `first` a field will run with: the query's, else the schema's default; undefined when the field takes none. */
function pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number | undefined {
  const argument = field.args.find((a) => a.name === PAGE_SIZE_ARGUMENT);
  if (!argument) return undefined;
  const given = integerOf(node.arguments?.find((a) => a.name.value === PAGE_SIZE_ARGUMENT)?.value, walk);
  const size = given ?? (typeof argument.defaultValue === 'number' ? argument.defaultValue : TYPICAL_LIST_LENGTH);
  return clampLength(size);
}

/** The estimate for one object of `typeName` with this selection; `pageSize` sizes its lists when it is a connection. */
function estimateSelection(typeName: string, selectionSet: SelectionSetNode, pageSize: number | undefined, walk: Walk): AnswerEstimate {
  const total: AnswerEstimate = { values: 0, bytes: 2 };
  const add = (part: AnswerEstimate, times = 1) => {
    total.values += part.values * times;
    total.bytes += part.bytes * times;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      add(estimateField(typeName, selection, pageSize, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      // On an interface or union every fragment is counted, as if the object were of each type: an overestimate.
      const target = selection.typeCondition?.name.value ?? typeName;
      const inner = estimateSelection(target, selection.selectionSet, pageSize, walk);
      add({ values: inner.values, bytes: inner.bytes - 2 });
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment) continue;
      const key = `${name}:${pageSize ?? ''}`;
      let inner = walk.memo.get(key);
      if (!inner) {
        inner = estimateSelection(fragment.typeCondition.name.value, fragment.selectionSet, pageSize, walk);
        walk.memo.set(key, inner);
      }
      add({ values: inner.values, bytes: inner.bytes - 2 });
    }
  }
  return total;
}

function estimateField(parentTypeName: string, node: FieldNode, parentPageSize: number | undefined, walk: Walk): AnswerEstimate {
  const key = node.alias?.value ?? node.name.value;
  const name = node.name.value;
  if (name === '__typename') return { values: 1, bytes: keyBytes(key) + parentTypeName.length + 2 };
  // Introspection is answered from the schema, not the store, and GraphiQL needs all of it.
  if (name === '__schema' || name === '__type') return { values: 0, bytes: 0 };
  const parent = walk.schema.getType(parentTypeName);
  const field = hasFields(parent) ? parent.getFields()[name] : undefined;
  // An unknown field fails validation before anything is estimated; nothing to count here.
  if (!field) return { values: 0, bytes: 0 };

  const { named, listDepth } = unwrap(field.type);
  const pageSize = pageSizeOf(field, node, walk);
  const ids = field.args.some((a) => a.name === ID_LIST_ARGUMENT)
    ? listLengthOf(node.arguments?.find((a) => a.name.value === ID_LIST_ARGUMENT)?.value, walk)
    : undefined;

  // A list's length: its own `first` or ids when it takes them, its connection's page size for a
  // connection's edges, else a typical length. Lists of lists take the typical length below the first level.
  let elements = 1;
  for (let level = 0; level < listDepth; level++) {
    const sized = level === 0 ? (pageSize ?? (ids !== undefined ? clampLength(ids) : parentPageSize)) : undefined;
    elements *= sized ?? TYPICAL_LIST_LENGTH;
  }
  const brackets = listDepth * 2;

  if (!node.selectionSet) {
    const valueBytes = TEXT_FIELD_BYTES[`${parentTypeName}.${name}`] ?? SCALAR_BYTES[named.name] ?? (tagOf(named) === '[object GraphQLEnumType]' ? ENUM_BYTES : OTHER_SCALAR_BYTES);
    return { values: elements, bytes: keyBytes(key) + brackets + elements * (valueBytes + 1) };
  }
  // A connection's page size passes to its lists (edges); a list that took it itself does not pass it on.
  const childPageSize = listDepth === 0 ? pageSize : undefined;
  const one = estimateSelection(named.name, node.selectionSet, childPageSize, walk);
  return { values: elements * (1 + one.values), bytes: keyBytes(key) + brackets + elements * (one.bytes + 1) };
}

export function estimateAnswer(schema: GraphQLSchema, fragments: readonly FragmentDefinitionNode[], operation: OperationDefinitionNode, variables: Variables = {}): AnswerEstimate {
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!rootType) return { values: 0, bytes: 0 };
  const walk: Walk = {
    schema,
    fragments: new Map(fragments.map((f) => [f.name.value, f])),
    variables,
    variableDefaults: new Map((operation.variableDefinitions ?? []).flatMap((d) => (d.defaultValue ? [[d.variable.name.value, d.defaultValue] as const] : []))),
    memo: new Map(),
  };
  const data = estimateSelection(rootType.name, operation.selectionSet, undefined, walk);
  return { values: data.values, bytes: data.bytes + keyBytes('data') };
}
