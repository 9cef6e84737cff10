/** Bump when the parser reads letters differently: stored cases of an older version are replaced on re-ingest. */
export const PARSER_VERSION = '1.3.0';
