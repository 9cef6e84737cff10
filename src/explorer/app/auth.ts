/**
 * Sign-in for a deployment with Cognito (config.auth): the authorization-code flow with PKCE against
 * the hosted UI. The access token is kept in sessionStorage (this tab only, gone when it closes),
 * never in localStorage or a cookie; the refresh token is not kept at all: when the access token
 * runs out the page goes through the hosted UI again, which signs a user with a live Cognito session
 * back in without a prompt.
 */
import type { AuthSettings } from './config.js';
import { authorizeUrl, challengeOf, logoutUrl, randomVerifier, readTokenResponse, tokenRequestBody, type TokenSet } from './pkce.js';

const TOKEN_KEY = 'imr-explorer:token';
const PENDING_KEY = 'imr-explorer:sign-in';
/** A token this close to its end is not used: the call it goes on could arrive after it. */
const EXPIRY_MARGIN_MS = 60_000;

interface PendingSignIn {
  state: string;
  verifier: string;
  /** The page (hash route) to come back to. */
  returnTo: string;
}

export interface Session {
  /** Whether this deployment signs users in at all. */
  readonly signsIn: boolean;
  /** The `Authorization` header for a GraphQL call, or null (locally). */
  authorization(): string | null;
  /** The token was refused or ran out: sign in again, then come back here. */
  renew(): void;
  signOut(): void;
}

export type SessionResult = { success: true; session: Session } | { success: false; error: string; retry: () => void };

const LOCAL_SESSION: Session = {
  signsIn: false,
  authorization: () => null,
  renew: () => undefined,
  signOut: () => undefined,
};

function readJson<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

async function beginSignIn(auth: AuthSettings): Promise<never> {
  const verifier = randomVerifier();
  const state = randomVerifier().slice(0, 32);
  const pending: PendingSignIn = { state, verifier, returnTo: location.hash };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  location.assign(authorizeUrl(auth, await challengeOf(verifier), state));
  // The page is leaving.
  return new Promise<never>(() => undefined);
}

/** Back from the hosted UI with `?code=&state=`: redeem the code, then drop it from the address bar. */
async function finishSignIn(auth: AuthSettings, params: URLSearchParams): Promise<TokenSet> {
  const pending = readJson<PendingSignIn>(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const cleanUrl = `${location.pathname}${pending?.returnTo ?? ''}`;
  history.replaceState(null, '', cleanUrl);
  const providerError = params.get('error');
  if (providerError) throw new Error(`Sign-in was refused: ${params.get('error_description') ?? providerError}.`);
  if (!pending || pending.state !== params.get('state')) throw new Error('The sign-in answer does not match a sign-in this tab started.');
  const response = await fetch(auth.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(auth, params.get('code') ?? '', pending.verifier),
  });
  const tokens = readTokenResponse(await response.json().catch(() => null), Date.now());
  if (!response.ok || !tokens) throw new Error(`The sign-in could not be completed (token endpoint answered HTTP ${response.status}).`);
  return tokens;
}

/** The session for this page load: local (no sign-in), a kept token, a just-finished sign-in, or off to the hosted UI. */
export async function openSession(auth: AuthSettings | null): Promise<SessionResult> {
  if (!auth) return { success: true, session: LOCAL_SESSION };
  const settings = auth;
  let tokens: TokenSet | null = readJson<TokenSet>(TOKEN_KEY);
  const params = new URLSearchParams(location.search);
  if (params.has('code') || params.has('error')) {
    try {
      tokens = await finishSignIn(settings, params);
      sessionStorage.setItem(TOKEN_KEY, JSON.stringify(tokens));
    } catch (error) {
      return { success: false, error: error instanceof Error ? error.message : String(error), retry: () => void beginSignIn(settings) };
    }
  }
  if (!tokens || tokens.expiresAt - EXPIRY_MARGIN_MS < Date.now()) return beginSignIn(settings);
  const current = tokens;
  return {
    success: true,
    session: {
      signsIn: true,
      authorization: () => `Bearer ${current.accessToken}`,
      renew: () => {
        sessionStorage.removeItem(TOKEN_KEY);
        void beginSignIn(settings);
      },
      signOut: () => {
        sessionStorage.removeItem(TOKEN_KEY);
        location.assign(logoutUrl(settings));
      },
    },
  };
}
