import type { DocumentNode, ScalarTypeDefinitionNode } from 'graphql';
import { Kind } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.js';
import { createDateScalar, createDateTimeScalar, type ScalarDocs } from '../scalars.js';
import { Mutation } from './mutation.js';
import { Case, DisputedItem, GuidelineCitation, Node, SourceDocument, Upload, Viewer } from './objects.js';
import { Query } from './query.js';
import { Treatment } from './vocabulary.js';

/** A scalar's description and @specifiedBy URL as the SDL states them. */
function scalarDocs(document: DocumentNode, name: string): ScalarDocs {
  const definition = document.definitions.find(
    (node): node is ScalarTypeDefinitionNode => node.kind === Kind.SCALAR_TYPE_DEFINITION && node.name.value === name,
  );
  const specifiedBy = definition?.directives?.find((directive) => directive.name.value === 'specifiedBy');
  const url = specifiedBy?.arguments?.find((argument) => argument.name.value === 'url')?.value;
  return {
    description: definition?.description?.value ?? null,
    specifiedByURL: url?.kind === Kind.STRING ? url.value : null,
  };
}

export function createResolvers(typeDefs: DocumentNode): Resolvers {
  return {
    Query,
    Mutation,
    Case,
    DisputedItem,
    GuidelineCitation,
    SourceDocument,
    Treatment,
    Upload,
    Viewer,
    Node,
    Date: createDateScalar(scalarDocs(typeDefs, 'Date')),
    DateTime: createDateTimeScalar(scalarDocs(typeDefs, 'DateTime')),
  };
}
