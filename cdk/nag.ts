import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export { AwsSolutionsChecks } from 'cdk-nag';

/**
 * Acknowledges (suppresses) a cdk-nag rule on a construct and everything under it, with the
 * reason written next to it. cdk-nag 3 reads CDK's own acknowledgements
 * (`Validations.of(x).acknowledge`); `findings` narrows a rule to exact findings, e.g.
 * `Resource::*` becomes `AwsSolutions-IAM5[Resource::*]`.
 */
export function acknowledgeNag(scope: IConstruct, rule: string, reason: string, findings?: string[]): void {
  if (reason.trim().length < 20) throw new Error(`A suppression of ${rule} needs a real reason.`);
  const ids = findings?.length ? findings.map((finding) => `${rule}[${finding}]`) : [rule];
  for (const id of ids) Validations.of(scope).acknowledge({ id, reason });
}
