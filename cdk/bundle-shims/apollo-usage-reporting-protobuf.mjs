// Stands in for @apollo/usage-reporting-protobuf in the Lambda bundles (see
// cdk/constructs/imr-function.ts). Apollo Server imports it for usage reporting to Apollo GraphOS
// (only with APOLLO_KEY) and for federated inline traces (only when the schema is a subgraph);
// neither runs here, and the protobuf code is an eighth of the GraphQL bundle. Should either
// ever be switched on, every use fails with this message instead of misbehaving.
const unavailable = (name) => {
  const fail = () => {
    throw new Error(`@apollo/usage-reporting-protobuf (${name}) is not in this Lambda bundle: Apollo usage reporting and inline tracing are not supported here.`);
  };
  return new Proxy(function () {}, { get: fail, apply: fail, construct: fail });
};

export const Report = unavailable('Report');
export const ReportHeader = unavailable('ReportHeader');
export const Trace = unavailable('Trace');
export const google = unavailable('google');
