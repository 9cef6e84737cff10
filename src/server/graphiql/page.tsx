/**
 * The GraphiQL page the local server shows at GET /graphql (browser entry, bundled by build.ts).
 * Everything it needs is bundled: no CDN, so it works with no network.
 */
import './monaco-environment.js';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uploadLetterPlugin } from './upload-letter-plugin.js';

const root = document.getElementById('graphiql');
if (!root) throw new Error('The page has no #graphiql element.');
const endpoint = new URL(root.dataset.endpoint ?? '/graphql', window.location.href).href;

// Multipart incremental delivery needs graphql 17 on the server; plain JSON is what Apollo answers here.
const fetcher = createGraphiQLFetcher({ url: endpoint, enableIncrementalDelivery: false });

/** What a newcomer sees on first visit: the newest cases with their disputed items and decisions. */
const DEFAULT_QUERY = `# IMR final determination letters, parsed into cases.
# Ctrl+Enter runs the query; the Docs pane (book icon) describes every field;
# the upload icon sends a letter of your own (.pdf or .txt).
query NewestCases {
  cases(first: 20) {
    totalCount
    edges {
      node {
        id
        caseNumber
        decisionDate
        outcome
        reviewer { specialties }
        disputedItems {
          description
          treatment { name category }
          decision { outcome }
          citations { source sections }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/** `/graphql?query=…` opens with that query (links in docs and READMEs can point at an example). */
const linkedQuery = new URLSearchParams(window.location.search).get('query');

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      {...(linkedQuery ? { initialQuery: linkedQuery } : {})}
      plugins={[HISTORY_PLUGIN, uploadLetterPlugin]}
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
