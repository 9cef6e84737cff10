// @apollo/server/errors as ES module for every importer (see cdk/constructs/imr-function.ts).
export * from '../../../../node_modules/@apollo/server/dist/esm/errors/index.js';
