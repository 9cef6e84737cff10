/**
 * The page's runtime settings, read from `GET /config.json` on its own origin: where the API is and,
 * on AWS, how to sign in (Cognito's hosted UI, OAuth 2.0 authorization code with PKCE). Locally `auth`
 * is null and the API is called without credentials.
 */
export interface AuthSettings {
  authorizeUrl: string;
  tokenUrl: string;
  logoutUrl: string;
  clientId: string;
  scopes: string[];
  redirectUri: string;
}

export interface ExplorerConfig {
  graphqlUrl: string;
  auth: AuthSettings | null;
}

export type ConfigResult = { success: true; data: ExplorerConfig } | { success: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks what /config.json holds; a wrong shape is a deployment mistake, named field by field. */
export function readConfig(value: unknown): ConfigResult {
  if (!isRecord(value)) return { success: false, error: 'config.json is not a JSON object.' };
  if (!isText(value.graphqlUrl)) return { success: false, error: 'config.json has no graphqlUrl.' };
  if (value.auth === null || value.auth === undefined) return { success: true, data: { graphqlUrl: value.graphqlUrl, auth: null } };
  const auth = value.auth;
  if (!isRecord(auth)) return { success: false, error: 'config.json: auth must be null or an object.' };
  for (const field of ['authorizeUrl', 'tokenUrl', 'logoutUrl', 'clientId', 'redirectUri'] as const) {
    if (!isText(auth[field])) return { success: false, error: `config.json: auth.${field} is missing.` };
  }
  if (!Array.isArray(auth.scopes) || !auth.scopes.every(isText)) return { success: false, error: 'config.json: auth.scopes must be a list of scopes.' };
  return {
    success: true,
    data: {
      graphqlUrl: value.graphqlUrl,
      auth: {
        authorizeUrl: auth.authorizeUrl as string,
        tokenUrl: auth.tokenUrl as string,
        logoutUrl: auth.logoutUrl as string,
        clientId: auth.clientId as string,
        scopes: auth.scopes as string[],
        redirectUri: auth.redirectUri as string,
      },
    },
  };
}

export async function loadConfig(): Promise<ConfigResult> {
  try {
    const response = await fetch('/config.json', { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!response.ok) return { success: false, error: `config.json answered HTTP ${response.status}.` };
    return readConfig(await response.json());
  } catch (error) {
    return { success: false, error: `config.json could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
