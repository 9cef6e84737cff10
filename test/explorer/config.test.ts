/** /config.json as the page reads it: local (no sign-in) or Cognito; anything else named, not guessed. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/explorer/app/config.js';

const AUTH = {
  authorizeUrl: 'https://d.auth.us-west-2.amazoncognito.com/oauth2/authorize',
  tokenUrl: 'https://d.auth.us-west-2.amazoncognito.com/oauth2/token',
  logoutUrl: 'https://d.auth.us-west-2.amazoncognito.com/logout',
  clientId: 'abc',
  scopes: ['imr/read'],
  redirectUri: 'https://explorer.example.org/',
};

describe('the runtime settings', () => {
  it('reads the local settings: the API beside the page, no sign-in', () => {
    expect(readConfig({ graphqlUrl: '/graphql', auth: null })).toEqual({ success: true, data: { graphqlUrl: '/graphql', auth: null } });
  });

  it('reads the settings of a deployment with Cognito', () => {
    expect(readConfig({ graphqlUrl: 'https://api.example.org/prod/graphql', auth: AUTH })).toEqual({ success: true, data: { graphqlUrl: 'https://api.example.org/prod/graphql', auth: AUTH } });
  });

  it('names what is missing or malformed', () => {
    expect(readConfig([])).toEqual({ success: false, error: 'config.json is not a JSON object.' });
    expect(readConfig({ auth: null })).toEqual({ success: false, error: 'config.json has no graphqlUrl.' });
    expect(readConfig({ graphqlUrl: '/graphql', auth: { ...AUTH, tokenUrl: '' } })).toEqual({ success: false, error: 'config.json: auth.tokenUrl is missing.' });
    expect(readConfig({ graphqlUrl: '/graphql', auth: { ...AUTH, scopes: 'imr/read' } })).toEqual({ success: false, error: 'config.json: auth.scopes must be a list of scopes.' });
  });
});
