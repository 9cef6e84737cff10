// node:timers/promises for the Lambda bundles, taken as the CommonJS module it is (see cdk/constructs/imr-function.ts).
module.exports = process.getBuiltinModule('node:timers/promises');
