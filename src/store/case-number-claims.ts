/**
 * One case per IMR case number. A claim item (pk CASENO#<NUMBER>, sk CASENO) names the case id
 * that holds a number; it is created by a conditional put, so of two letters with one number that
 * arrive at once exactly one names the case, and the other is written under that same id, where
 * the header's conditional put decides between them (see CaseWriter and caseNumberSuccession).
 * A claim never moves while its case keeps the number: the case id of a number is the id of the
 * first letter that claimed it.
 */
import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { Item } from './case-item.js';
import { caseNumberKeys, CLAIM_SK } from './keys.js';

const claimKey = (caseNumber: string): Item => ({ pk: { S: caseNumberKeys.partition(caseNumber) }, sk: { S: CLAIM_SK } });

export class CaseNumberClaims {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  /** The case id holding the number, or null when no letter has claimed it. */
  async holder(caseNumber: string, consistent = false): Promise<string | null> {
    const { Item: item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: claimKey(caseNumber), ConsistentRead: consistent }),
    );
    return item?.caseId?.S ?? null;
  }

  /** Claims the number for `caseId` if it is free; answers the id that holds it (`caseId` or an earlier claimer). */
  async claim(caseNumber: string, caseId: string): Promise<string> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: { ...claimKey(caseNumber), type: { S: 'CLAIM' }, caseId: { S: caseId } },
          ConditionExpression: 'attribute_not_exists(pk) OR caseId = :id',
          ExpressionAttributeValues: { ':id': { S: caseId } },
        }),
      );
      return caseId;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const holder = await this.holder(caseNumber, true);
    // Claims are never deleted, so a failed condition means one is there.
    if (!holder) throw new Error(`The claim on case number ${caseNumber} vanished.`);
    return holder;
  }

  /** Moves a claim whose case no longer carries the number (a newer parser read it otherwise); false if it moved meanwhile. */
  async transfer(caseNumber: string, from: string, to: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: claimKey(caseNumber),
          UpdateExpression: 'SET caseId = :to',
          ConditionExpression: 'caseId = :from',
          ExpressionAttributeValues: { ':from': { S: from }, ':to': { S: to } },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
