/**
 * putCase without transactions (dynalite has none), so that readers always see one whole
 * version of a case:
 *
 * 1. write the new version's pointer rows (invisible to readers: no header names that version yet);
 * 2. put the header, conditionally: absent (create) or still at the version we read (replace).
 *    This single-item write is the commit: readers follow the header and drop every pointer of
 *    another version;
 * 3. delete the rows of replaced versions, then clear the header's `stale` mark.
 *
 * A write killed after 1 leaves invisible rows; killed after 2 leaves stale rows readers skip.
 * Running the same putCase again finishes the job (rows are idempotent puts; a header still
 * marked stale is cleaned by the next writer).
 *
 * Before 1, a letter with a case number claims it (CaseNumberClaims) and is written under the id
 * of the case that holds it, so two letters with one number meet at one header: the same letter
 * is EXISTS or a newer parse of it; a different one replaces the case or is refused by
 * replacesHeldCase. A claim left by a write killed before its commit only decides the id.
 */
import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { CaseRecord } from '../domain/records.js';
import { CaseNumberTakenError, ImrError } from '../errors.js';
import { deleteRequest, putRequest } from './batch.js';
import { caseDocument, headerItem, isCaseHeader, pointerItem, readHeader, type CaseHeader, type Item } from './case-item.js';
import type { CaseNumberClaims } from './case-number-claims.js';
import { holdsSameNumber, replacesHeldCase } from './case-number-succession.js';
import { pointerRows, versionToken } from './case-rows.js';
import { assertCaseFits } from './item-size.js';
import { casePk, compareParserVersions, HEADER_SK, VERSION_PREFIX } from './keys.js';
import type { PutCaseResult } from './repository.js';
import type { WriteBatcher } from './write-batcher.js';

const MAX_ATTEMPTS = 5;

/** The parser-version part of a version token (see versionToken). */
const parserPart = (ver: string) => ver.split('~')[0] ?? ver;
const isReplacedBy = (ver: string, current: string) => ver !== current && parserPart(ver) <= parserPart(current);

const headerKey = (caseId: string): Item => ({ pk: { S: casePk(caseId) }, sk: { S: HEADER_SK } });

export class CaseWriter {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly batcher: WriteBatcher,
    private readonly claims: CaseNumberClaims,
    /** Told of each version this writer commits (the local search index counts it at once). */
    private readonly onCommit: (header: CaseHeader) => void = () => undefined,
  ) {}

  async readHeader(caseId: string, consistent: boolean): Promise<CaseHeader | null> {
    const { Item: item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: headerKey(caseId), ConsistentRead: consistent }),
    );
    return item && isCaseHeader(item) ? readHeader(item) : null;
  }

  async putCase(letter: CaseRecord): Promise<PutCaseResult> {
    // Before any row: DynamoDB would refuse only the header, after the rows were written.
    const letterDoc = caseDocument(letter);
    assertCaseFits(headerItem({ record: letter, ver: versionToken(letter), stale: null, committedAt: letter.ingestedAt }, letterDoc), letter.caseNumber);
    const caseId = await this.caseIdFor(letter);
    const incoming = caseId === letter.id ? letter : { ...letter, id: caseId };
    // Rows this call wrote for a version another writer then beat.
    let lost: { ver: string; rows: Item[] } | null = null;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // Most letters are new: the first attempt assumes so and lets the conditional write tell otherwise.
      const existing = attempt === 0 ? null : await this.readHeader(incoming.id, true);
      const isOtherLetter = existing !== null && existing.record.contentHash !== incoming.contentHash;
      if (existing && isOtherLetter && !holdsSameNumber(existing.record, incoming)) {
        throw new ImrError('CONFLICT', `Case id ${incoming.id} already belongs to a different letter.`);
      }
      if (existing && isOtherLetter && !replacesHeldCase(incoming, existing.record)) {
        if (lost) await this.batcher.write(lost.rows.map((row) => deleteRequest({ pk: row.pk!, sk: row.sk! })));
        throw new CaseNumberTakenError(
          `Case number ${existing.record.caseNumber ?? ''} is already case ${existing.record.id}, from a different letter ` +
            `(decided ${existing.record.decisionDate ?? 'on no stated date'}, parser ${existing.record.parserVersion}). ` +
            'Only a later decision (a corrected letter) or the same decision read by a newer parser replaces it.',
        );
      }
      if (existing && !isOtherLetter && compareParserVersions(existing.record.parserVersion, incoming.parserVersion) >= 0) {
        if (lost && lost.ver !== existing.ver) {
          await this.batcher.write(lost.rows.map((row) => deleteRequest({ pk: row.pk!, sk: row.sk! })));
        }
        if (existing.stale) await this.removeStale(existing);
        return { status: 'EXISTS', case: existing.record };
      }
      // A replacement keeps the case's place in "newest ingested first": ingestedAt is when the letter first arrived.
      const record = existing ? { ...incoming, ingestedAt: existing.record.ingestedAt } : incoming;
      const ver = versionToken(record);
      const rows = pointerRows(record, ver).map(pointerItem);
      await this.batcher.write(rows.map(putRequest));

      const header: CaseHeader = { record, ver, stale: existing ? existing.ver : null, committedAt: new Date().toISOString() };
      try {
        await this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            // A new letter under its own id is the case measured above: its document is made once.
            Item: headerItem(header, record === letter ? letterDoc : undefined),
            ...(existing
              ? { ConditionExpression: 'ver = :seen', ExpressionAttributeValues: { ':seen': { S: existing.ver } } }
              : {
                  // A stand-in a killed feed repair left is no case: a new header takes its place.
                  ConditionExpression: 'attribute_not_exists(pk) OR #type <> :header',
                  ExpressionAttributeNames: { '#type': 'type' },
                  ExpressionAttributeValues: { ':header': { S: 'CASE' } },
                }),
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        // Another writer committed first: read what it wrote and decide again.
        lost = { ver, rows };
        continue;
      }
      this.onCommit(header);
      if (existing) {
        await this.removeStale(header);
        return { status: 'REPLACED', case: record };
      }
      return { status: 'CREATED', case: record };
    }
    throw new ImrError('CONFLICT', `Case ${incoming.id} kept changing while it was being written; try again.`);
  }

  /** The id a letter is written under: its own, or that of the case holding its case number. */
  private async caseIdFor(letter: CaseRecord): Promise<string> {
    if (!letter.caseNumber) return letter.id;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const holder = await this.claims.claim(letter.caseNumber, letter.id);
      if (holder === letter.id) return holder;
      const held = await this.readHeader(holder, true);
      // Not committed (yet, or ever: a killed write): the header's condition settles who has the number.
      if (!held || holdsSameNumber(held.record, letter)) return holder;
      // The holder was re-read with another number since: the number is free again.
      if (await this.claims.transfer(letter.caseNumber, holder, letter.id)) return letter.id;
    }
    throw new ImrError('CONFLICT', `Case number ${letter.caseNumber} kept changing hands while it was being written; try again.`);
  }

  /**
   * Deletes the pointer rows of versions the header's replaces (older parser versions, and
   * same-version parses a losing or interrupted writer left), then clears the header's mark.
   * Rows of a NEWER parser version are left alone: a writer may be committing them right now.
   */
  private async removeStale(header: CaseHeader): Promise<void> {
    const id = header.record.id;
    const leftovers: Item[] = [];
    let startKey: Item | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          FilterExpression: 'ver <> :current',
          ProjectionExpression: 'pk, sk, ver',
          ExpressionAttributeValues: { ':pk': { S: casePk(id) }, ':v': { S: VERSION_PREFIX }, ':current': { S: header.ver } },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const row of page.Items ?? []) {
        if (isReplacedBy(row.ver?.S ?? '', header.ver)) leftovers.push({ pk: row.pk!, sk: row.sk! });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    await this.batcher.write(leftovers.map(deleteRequest));
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: headerKey(id),
          UpdateExpression: 'REMOVE stale',
          ConditionExpression: 'ver = :current',
          ExpressionAttributeValues: { ':current': { S: header.ver } },
        }),
      );
    } catch (error) {
      // A newer version was committed meanwhile; its writer cleans up after itself.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
