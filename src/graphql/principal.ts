/**
 * Who is calling, as the transport established it (Cognito claims or an API key on AWS; the
 * developer on the local server). Resolvers only ask `canWrite`; they never look at tokens.
 */
export type PrincipalKind = 'developer' | 'user' | 'service' | 'partner';

export interface Principal {
  kind: PrincipalKind;
  /** Cognito subject / client id, or the API key id; null locally. */
  id: string | null;
  /** May call mutations (upload, ingest). Read-only partners may not. */
  canWrite: boolean;
}

/** The local server has one user, the developer at the keyboard, who may do everything. */
export const LOCAL_DEVELOPER: Principal = { kind: 'developer', id: null, canWrite: true };
