/** What every page reaches the API through: the typed client, the session and the settings. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from './auth.js';
import type { ExplorerConfig } from './config.js';
import type { GraphQLClient } from './graphql-client.js';

export interface Api {
  client: GraphQLClient;
  session: Session;
  config: ExplorerConfig;
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>.');
  return api;
}
