import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// What Date#toISOString writes, and the same without milliseconds or with an offset.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar day: 2016-02-30 matches the pattern but is no date. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) && isIsoDate(value.slice(0, 10));
}

/** What the SDL says about a scalar; resolvers replace a scalar's whole config, so it must be carried over. */
export interface ScalarDocs {
  description: string | null;
  specifiedByURL: string | null;
}

function stringScalar(name: string, docs: ScalarDocs, isValid: (value: string) => boolean, example: string): GraphQLScalarType<string, string> {
  const refuse = (value: unknown) =>
    new GraphQLError(`${name} must be a string like "${example}", got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !isValid(value)) throw refuse(value);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description: docs.description,
    specifiedByURL: docs.specifiedByURL,
    // Output: the store only holds values that were valid on the way in.
    serialize: (value) => {
      if (typeof value !== 'string') throw new Error(`${name} expected a string from the store, got ${typeof value}.`);
      return value;
    },
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw refuse(ast.kind === Kind.NULL ? null : `<${ast.kind}>`);
      return parse(ast.value);
    },
  });
}

export const createDateScalar = (docs: ScalarDocs) => stringScalar('Date', docs, isIsoDate, '2016-12-09');
export const createDateTimeScalar = (docs: ScalarDocs) => stringScalar('DateTime', docs, isIsoDateTime, '2025-03-14T17:06:20.412Z');
