// @apollo/server/plugin/disabled as ES module for every importer (see cdk/constructs/imr-function.ts).
export * from '../../../../../node_modules/@apollo/server/dist/esm/plugin/disabled/index.js';
