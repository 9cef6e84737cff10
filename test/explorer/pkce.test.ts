/** Sign-in with PKCE: the pieces the hosted UI and the token endpoint check. */
import { describe, expect, it } from 'vitest';
import type { AuthSettings } from '../../src/explorer/app/config.js';
import { authorizeUrl, challengeOf, logoutUrl, randomVerifier, readTokenResponse, tokenRequestBody } from '../../src/explorer/app/pkce.js';

const AUTH: AuthSettings = {
  authorizeUrl: 'https://imr-dev.auth.us-west-2.amazoncognito.com/oauth2/authorize',
  tokenUrl: 'https://imr-dev.auth.us-west-2.amazoncognito.com/oauth2/token',
  logoutUrl: 'https://imr-dev.auth.us-west-2.amazoncognito.com/logout',
  clientId: 'client123',
  scopes: ['openid', 'imr/read'],
  redirectUri: 'https://explorer.example.org/',
};

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('draws 64-character verifiers of the unreserved set, different each time', () => {
    const verifiers = Array.from({ length: 50 }, () => randomVerifier());

    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
    expect(new Set(verifiers).size).toBe(verifiers.length);
  });

  it('skips the bytes that would favour some characters', () => {
    // Only bytes ≥ 198 at first: all are skipped, then a run of zeros gives the first character.
    let call = 0;
    const verifier = randomVerifier((bytes) => bytes.fill(call++ === 0 ? 200 : 0));

    expect(verifier).toBe('A'.repeat(64));
    expect(call).toBe(2);
  });

  it('asks the hosted UI for a code with the challenge, the state and the scopes', () => {
    const url = new URL(authorizeUrl(AUTH, 'challenge-value', 'state-value'));

    expect(url.origin + url.pathname).toBe(AUTH.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: 'https://explorer.example.org/',
      scope: 'openid imr/read',
      state: 'state-value',
      code_challenge: 'challenge-value',
      code_challenge_method: 'S256',
    });
  });

  it('redeems the code with the verifier and no client secret', () => {
    expect(Object.fromEntries(tokenRequestBody(AUTH, 'the-code', 'the-verifier'))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'the-code',
      redirect_uri: 'https://explorer.example.org/',
      code_verifier: 'the-verifier',
    });
  });

  it("signs out through Cognito's logout endpoint back to the page", () => {
    const url = new URL(logoutUrl(AUTH));

    expect(url.searchParams.get('client_id')).toBe('client123');
    expect(url.searchParams.get('logout_uri')).toBe('https://explorer.example.org/');
  });

  it('keeps the access token and when it runs out, and nothing from an answer without one', () => {
    expect(readTokenResponse({ access_token: 'abc', id_token: 'x', refresh_token: 'y', expires_in: 3600, token_type: 'Bearer' }, 1_000)).toEqual({ accessToken: 'abc', expiresAt: 3_601_000 });
    expect(readTokenResponse({ error: 'invalid_grant' }, 1_000)).toBeNull();
    expect(readTokenResponse(null, 1_000)).toBeNull();
  });
});
