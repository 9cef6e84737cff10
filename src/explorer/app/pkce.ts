/**
 * The pure half of OAuth 2.0 sign-in with PKCE (RFC 7636) against Cognito's hosted UI: verifier,
 * challenge, the authorize URL, the token request and the logout URL. No secret is involved: the web
 * client is public, and the verifier proves the code is redeemed by the page that asked for it.
 */
import type { AuthSettings } from './config.js';

const VERIFIER_CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 64 characters of the unreserved set (RFC 7636 §4.1 allows 43 to 128), each equally likely. */
export function randomVerifier(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  // 66 characters: bytes at or above 198 (3 × 66) are skipped, or the first 58 would come up more often.
  const fairLimit = 256 - (256 % VERIFIER_CHARSET.length);
  let verifier = '';
  while (verifier.length < 64) {
    for (const byte of random(new Uint8Array(64))) {
      if (byte < fairLimit && verifier.length < 64) verifier += VERIFIER_CHARSET[byte % VERIFIER_CHARSET.length];
    }
  }
  return verifier;
}

/** S256: base64url(sha256(verifier)). */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function authorizeUrl(auth: AuthSettings, challenge: string, state: string): string {
  const url = new URL(auth.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', auth.clientId);
  url.searchParams.set('redirect_uri', auth.redirectUri);
  url.searchParams.set('scope', auth.scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

/** The form body that redeems the code at the token endpoint (no client secret: a public client). */
export function tokenRequestBody(auth: AuthSettings, code: string, verifier: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: auth.clientId,
    code,
    redirect_uri: auth.redirectUri,
    code_verifier: verifier,
  });
}

/** Cognito's logout endpoint wants the client id and where to send the browser afterwards (a registered sign-out URL). */
export function logoutUrl(auth: AuthSettings): string {
  const url = new URL(auth.logoutUrl);
  if (!url.searchParams.has('client_id')) url.searchParams.set('client_id', auth.clientId);
  if (!url.searchParams.has('logout_uri') && !url.searchParams.has('redirect_uri')) url.searchParams.set('logout_uri', auth.redirectUri);
  return url.toString();
}

export interface TokenSet {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** The token endpoint's JSON → the access token and when it expires; null when it holds none. */
export function readTokenResponse(body: unknown, nowMs: number): TokenSet | null {
  if (typeof body !== 'object' || body === null) return null;
  const { access_token: accessToken, expires_in: expiresIn } = body as Record<string, unknown>;
  if (typeof accessToken !== 'string' || !accessToken) return null;
  const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600;
  return { accessToken, expiresAt: nowMs + seconds * 1000 };
}
