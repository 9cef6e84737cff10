/**
 * DeterminationRepository on one DynamoDB table (see docs/data-model.md). Every read is a
 * GetItem, a Query or a BatchGetItem; nothing scans. Lists, counts, statistics and facets are
 * answered by the search index the case feed keeps in memory; their nodes are read from the
 * case headers.
 */
import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { CaseRecord, UploadRecord } from '../domain/records.js';
import { ImrError, InputError, NotFoundError, UploadAlreadyReceivedError } from '../errors.js';
import type { Position, SearchPage } from '../search/search-index.js';
import { batchGet, putRequest } from './batch.js';
import { CaseFeed, type CaseFeedOptions } from './case-feed.js';
import { caseDigest } from './case-digest.js';
import { isCaseHeader, readHeader, readPointer, readUpload, uploadItem, type CaseHeader, type Item } from './case-item.js';
import { caseIdForContentHash } from './case-id.js';
import { CaseNumberClaims } from './case-number-claims.js';
import { CaseWriter } from './case-writer.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { canonicalCaseNumber, caseNumberKeys, casePk, HEADER_SK, uploadPk, UPLOAD_SK } from './keys.js';
import { WriteBatcher } from './write-batcher.js';
import {
  MAX_PAGE_SIZE,
  type CaseFilter,
  type CitationFilter,
  type CitationRecord,
  type DeterminationRepository,
  type Dimension,
  type DisputedItemFilter,
  type DisputedItemRecord,
  type FacetValue,
  type OutcomeGroup,
  type Page,
  type PageRequest,
  type PutCaseResult,
  type UploadReceipt,
} from './repository.js';

export interface DynamoRepositoryOptions {
  client: DynamoDBClient;
  tableName: string;
  /** HMAC key of pagination cursors (config.cursorSecret). */
  cursorSecret: string;
  /** How the search index follows other writers (see CaseFeed). */
  feed?: CaseFeedOptions;
}

const headerKey = (caseId: string): Item => ({ pk: { S: casePk(caseId) }, sk: { S: HEADER_SK } });
const uploadKey = (uploadId: string): Item => ({ pk: { S: uploadPk(uploadId) }, sk: { S: UPLOAD_SK } });

export class DynamoRepository implements DeterminationRepository {
  private readonly client: DynamoDBClient;
  private readonly tableName: string;
  private readonly cursorSecret: string;
  private readonly writer: CaseWriter;
  private readonly batcher: WriteBatcher;
  private readonly feed: CaseFeed;
  private readonly claims: CaseNumberClaims;

  constructor(options: DynamoRepositoryOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.cursorSecret = options.cursorSecret;
    this.batcher = new WriteBatcher(options.client, options.tableName);
    this.feed = new CaseFeed(options.client, options.tableName, options.feed);
    this.claims = new CaseNumberClaims(options.client, options.tableName);
    this.writer = new CaseWriter(options.client, options.tableName, this.batcher, this.claims, (header) =>
      this.feed.apply(caseDigest(header.record, header.ver, header.committedAt)),
    );
  }

  async getCase(id: string): Promise<CaseRecord | null> {
    return (await this.writer.readHeader(id, false))?.record ?? null;
  }

  async getCases(ids: readonly string[]): Promise<(CaseRecord | null)[]> {
    const headers = await this.headers(ids);
    return ids.map((id) => headers.get(id)?.record ?? null);
  }

  /** The case the number's claim names (one per number); cases stored before claims existed are found through gsi1. */
  async getCaseByNumber(caseNumber: string): Promise<CaseRecord | null> {
    const wanted = canonicalCaseNumber(caseNumber);
    if (wanted === '') return null;
    const holder = await this.claims.holder(caseNumber);
    if (holder) {
      const record = await this.getCase(holder);
      return record?.caseNumber && canonicalCaseNumber(record.caseNumber) === wanted ? record : null;
    }
    const { Items: rows = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: caseNumberKeys.partition(caseNumber) } },
        Limit: 10,
      }),
    );
    const hits = rows.map(readPointer);
    const headers = await this.headers(hits.map((hit) => hit.caseId));
    for (const hit of hits) {
      const header = headers.get(hit.caseId);
      if (header && header.ver === hit.ver && header.record.caseNumber && canonicalCaseNumber(header.record.caseNumber) === wanted) return header.record;
    }
    return null;
  }

  async getCaseByContentHash(contentHash: string): Promise<CaseRecord | null> {
    const record = await this.getCase(caseIdForContentHash(contentHash));
    return record && record.contentHash === contentHash ? record : null;
  }

  async listCases(filter: CaseFilter, page: PageRequest): Promise<Page<CaseRecord>> {
    const index = await this.feed.current();
    const { after, first } = this.position('cases', filter, page);
    return this.resolvePage('cases', filter, index.casesPage(filter, after, first), (found) => found.id, (header) => header.record);
  }

  async listDisputedItems(filter: DisputedItemFilter, page: PageRequest): Promise<Page<DisputedItemRecord>> {
    const index = await this.feed.current();
    const { after, first } = this.position('items', filter, page);
    return this.resolvePage('items', filter, index.items(filter, after, first), (found) => found.case.id, (header, found) => {
      const item = header.record.disputedItems.find((i) => i.ordinal === found.ordinal);
      return item ? { caseId: header.record.id, item } : null;
    });
  }

  async listCitations(filter: CitationFilter, page: PageRequest): Promise<Page<CitationRecord>> {
    const index = await this.feed.current();
    const { after, first } = this.position('citations', filter, page);
    return this.resolvePage('citations', filter, index.citations(filter, after, first), (found) => found.item.case.id, (header, found) => {
      const item = header.record.disputedItems.find((i) => i.ordinal === found.item.ordinal);
      const citation = item?.citations[found.index];
      return item && citation ? { caseId: header.record.id, itemOrdinal: item.ordinal, index: found.index, citation } : null;
    });
  }

  async outcomeStats(groupBy: Dimension, filter: DisputedItemFilter, first: number): Promise<OutcomeGroup[]> {
    return (await this.feed.current()).outcomeStats(groupBy, filter, first);
  }

  async facets(dimension: Dimension, prefix: string | null, filter: DisputedItemFilter, first: number): Promise<FacetValue[]> {
    return (await this.feed.current()).facets(dimension, prefix, filter, first);
  }

  putCase(record: CaseRecord): Promise<PutCaseResult> {
    return this.writer.putCase(record);
  }

  async createUpload(upload: UploadRecord): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({ TableName: this.tableName, Item: uploadItem(upload), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ImrError('CONFLICT', `An upload with id ${upload.id} already exists.`, { cause: error });
      }
      throw error;
    }
  }

  async getUpload(id: string): Promise<UploadRecord | null> {
    const { Item: item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: uploadKey(id) }));
    return item ? readUpload(item) : null;
  }

  async receiveUpload(receipt: UploadReceipt): Promise<UploadRecord> {
    const announced = await this.getUpload(receipt.uploadId);
    if (!announced) throw new NotFoundError(`No upload "${receipt.uploadId}" was announced.`);
    const refused = () =>
      new UploadAlreadyReceivedError(`Upload "${receipt.uploadId}" already received a different file. Call createUpload again to send another.`);
    if (announced.sha256 !== null && announced.sha256 !== receipt.sha256) throw refused();
    if (announced.status !== 'PENDING') {
      if (announced.sha256 === receipt.sha256) return announced;
      throw refused();
    }
    const received: UploadRecord = {
      ...announced,
      sizeBytes: receipt.sizeBytes,
      sha256: receipt.sha256,
      storageVersionId: receipt.versionId ?? announced.storageVersionId ?? null,
      updatedAt: receipt.receivedAt,
    };
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: uploadKey(receipt.uploadId),
          UpdateExpression: 'SET sha256 = :sha, doc = :doc',
          // The hash is the guard: of two files sent to one address at once, one sets it first.
          ConditionExpression: 'attribute_exists(pk) AND #status = :pending AND (attribute_not_exists(sha256) OR sha256 = :sha)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sha': { S: receipt.sha256 }, ':pending': { S: 'PENDING' }, ':doc': { S: JSON.stringify(received) } },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Another delivery of the same file may have finished meanwhile: that is a replay, not a second file.
      const current = await this.getUpload(receipt.uploadId);
      if (current?.sha256 === receipt.sha256) return current;
      throw refused();
    }
    return received;
  }

  async saveUpload(upload: UploadRecord): Promise<void> {
    // Unconditional: rides in a shared batch with other writers' rows during a bulk ingest.
    await this.batcher.write([putRequest(uploadItem(upload))]);
  }

  /** A cursor is signed with the list and filter it belongs to, so it cannot be replayed elsewhere. */
  private position(list: string, filter: object, page: PageRequest): { after: Position | null; first: number } {
    const { first } = page;
    if (!Number.isInteger(first) || first < 0) throw new InputError(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}.`);
    if (page.after === undefined || page.after === null) return { after: null, first: Math.min(first, MAX_PAGE_SIZE) };
    const { p } = decodeCursor(this.cursorSecret, JSON.stringify([list, filter]), page.after);
    const after: unknown = JSON.parse(p ?? 'null');
    if (!Array.isArray(after) || !after.every((part) => typeof part === 'string' || typeof part === 'number')) {
      throw new ImrError('BAD_CURSOR', 'The "after" cursor is not one of ours; start again from the first page.');
    }
    return { after, first: Math.min(first, MAX_PAGE_SIZE) };
  }

  /** The current header of each case, by id (one BatchGetItem for a page). */
  private async headers(ids: readonly string[]): Promise<Map<string, CaseHeader>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const items = await batchGet(this.client, this.tableName, unique.map(headerKey));
    const headers = items.filter(isCaseHeader).map(readHeader);
    return new Map(headers.map((h) => [h.record.id, h]));
  }

  /**
   * Index nodes → records, through the headers (one BatchGetItem). The header is the truth: a
   * node whose case or item is gone from it is dropped, and its cursor still counts as read.
   */
  private async resolvePage<N, T>(
    list: string,
    filter: object,
    found: SearchPage<N>,
    caseIdOf: (node: N) => string,
    toRecord: (header: CaseHeader, node: N) => T | null,
  ): Promise<Page<T>> {
    const headers = await this.headers(found.nodes.map(caseIdOf));
    const shape = JSON.stringify([list, filter]);
    const cursorAt = (position: Position) => encodeCursor(this.cursorSecret, shape, { p: JSON.stringify(position) });
    const nodes: T[] = [];
    const cursors: string[] = [];
    found.nodes.forEach((node, i) => {
      const header = headers.get(caseIdOf(node));
      const record = header ? toRecord(header, node) : null;
      const position = found.positions[i];
      if (record !== null && position) {
        nodes.push(record);
        cursors.push(cursorAt(position));
      }
    });
    const last = found.positions.at(-1);
    return { nodes, cursors, hasNextPage: found.hasNextPage, endCursor: last ? cursorAt(last) : null, totalCount: found.totalCount };
  }
}
