/**
 * What a client sees when things go wrong: our codes and messages for expected failures, a
 * generic message (and the cause in the log) for outages and bugs, stack traces only in development.
 */
import { describe, expect, it } from 'vitest';
import { GENERIC_MESSAGE } from '../../src/graphql/format-error.js';
import { openHarness } from './harness.js';

describe('error answers', () => {
  it('an outage reaches the client as INTERNAL_SERVER_ERROR with a generic message; the cause goes to the log', async () => {
    const api = await openHarness();
    try {
      // The store goes away under a running server (the engine and client are shut).
      await api.services.close();

      const answer = await api.post('{ cases(first: 5) { edges { node { id } } } }');

      expect(answer.errors).toEqual([{ message: GENERIC_MESSAGE, locations: expect.any(Array), path: ['cases'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(answer)).not.toMatch(/dynamo|ECONNREFUSED|at .*\.ts/i);
      expect(api.logged).toHaveLength(1);
      expect(api.logged[0]!.attributes.error).toBeInstanceOf(Error);
    } finally {
      await api.server.stop();
    }
  });

  it('deployed, no error carries a stack trace', async () => {
    const api = await openHarness({ env: { NODE_ENV: 'production' } });
    try {
      const answers = [await api.post('{ cases(first: 0) { edges { cursor } } }'), await api.post('{ nope }'), await api.post('{')];
      for (const answer of answers) expect(answer.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it('in development, errors carry their stack trace for the developer', async () => {
    const api = await openHarness({ env: { NODE_ENV: 'development' } });
    try {
      const answer = await api.post('{ cases(first: 0) { edges { cursor } } }');
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', stacktrace: expect.arrayContaining([expect.stringContaining('InputError')]) });
    } finally {
      await api.close();
    }
  });
});
