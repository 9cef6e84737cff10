/**
 * DeterminationRepository on one DynamoDB table (see docs/data-model.md). Every read is a
 * GetItem, a Query or a BatchGetItem; nothing scans.
 */
import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { CaseRecord, UploadRecord } from '../domain/records.js';
import { ImrError } from '../errors.js';
import { batchGet, putRequest } from './batch.js';
import { readHeader, readUpload, uploadItem, type CaseHeader, type Item, type PointerHit } from './case-item.js';
import { caseIdForContentHash } from './case-id.js';
import { citationFilterFacet, citationMatches, itemFilterFacet, itemMatches } from './case-rows.js';
import { CaseWriter } from './case-writer.js';
import { casePk, dateRange, HEADER_SK, indexPartitions, uploadPk, UPLOAD_SK } from './keys.js';
import { queryPointers, type IndexQuery, type PointerPage } from './paging.js';
import { WriteBatcher } from './write-batcher.js';
import type {
  CaseFilter,
  CitationFilter,
  CitationRecord,
  DeterminationRepository,
  DisputedItemFilter,
  DisputedItemRecord,
  Page,
  PageRequest,
  PutCaseResult,
} from './repository.js';

export interface DynamoRepositoryOptions {
  client: DynamoDBClient;
  tableName: string;
  /** HMAC key of pagination cursors (config.cursorSecret). */
  cursorSecret: string;
  /**
   * The generic name a treatment filter means ("Norco" → "hydrocodone/acetaminophen"), or null
   * when it names no known drug (then it is matched as written). Items are indexed by the same rule.
   */
  genericNameOf?: (treatment: string) => Promise<string | null> | string | null;
}

const headerKey = (caseId: string): Item => ({ pk: { S: casePk(caseId) }, sk: { S: HEADER_SK } });
const uploadKey = (uploadId: string): Item => ({ pk: { S: uploadPk(uploadId) }, sk: { S: UPLOAD_SK } });

export class DynamoRepository implements DeterminationRepository {
  private readonly client: DynamoDBClient;
  private readonly tableName: string;
  private readonly cursorSecret: string;
  private readonly writer: CaseWriter;
  private readonly batcher: WriteBatcher;
  private readonly genericNameOf: (treatment: string) => Promise<string | null> | string | null;

  constructor(options: DynamoRepositoryOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.cursorSecret = options.cursorSecret;
    this.genericNameOf = options.genericNameOf ?? (() => null);
    this.batcher = new WriteBatcher(options.client, options.tableName);
    this.writer = new CaseWriter(options.client, options.tableName, this.batcher);
  }

  async getCase(id: string): Promise<CaseRecord | null> {
    return (await this.writer.readHeader(id, false))?.record ?? null;
  }

  async getCases(ids: readonly string[]): Promise<(CaseRecord | null)[]> {
    const headers = await this.headers(ids);
    return ids.map((id) => headers.get(id)?.record ?? null);
  }

  async getCaseByNumber(caseNumber: string): Promise<CaseRecord | null> {
    const page = await this.pointers({ indexName: 'gsi1', partition: indexPartitions.caseNumber(caseNumber), range: null }, { first: 10 });
    const headers = await this.headers(page.rows.map((r) => r.hit.caseId));
    const wanted = caseNumber.trim().toUpperCase();
    for (const { hit } of page.rows) {
      const header = headers.get(hit.caseId);
      if (header && header.ver === hit.ver && header.record.caseNumber?.trim().toUpperCase() === wanted) return header.record;
    }
    return null;
  }

  async getCaseByContentHash(contentHash: string): Promise<CaseRecord | null> {
    const record = await this.getCase(caseIdForContentHash(contentHash));
    return record && record.contentHash === contentHash ? record : null;
  }

  async listCases(filter: CaseFilter, page: PageRequest): Promise<Page<CaseRecord>> {
    const byDecision = filter.orderBy === 'DECISION_DATE';
    const order = byDecision ? 'DECIDED' : 'INGESTED';
    const query: IndexQuery = {
      indexName: filter.outcome ? 'gsi2' : 'gsi1',
      partition: indexPartitions.caseList(order, filter.outcome),
      range: byDecision ? dateRange(filter.decidedFrom, filter.decidedTo) : null,
      // Newest ingested first cannot also be a decision-date range in the key: narrow it after.
      decisionDateRange: byDecision ? null : { ...(filter.decidedFrom ? { from: filter.decidedFrom } : {}), ...(filter.decidedTo ? { to: filter.decidedTo } : {}) },
    };
    return this.resolvePage(await this.pointers(query, page), (hit, header) => {
      const r = header.record;
      const inRange = (!filter.decidedFrom || (r.decisionDate !== null && r.decisionDate >= filter.decidedFrom)) &&
        (!filter.decidedTo || (r.decisionDate !== null && r.decisionDate <= filter.decidedTo));
      return (!filter.outcome || r.outcome === filter.outcome) && inRange ? r : null;
    });
  }

  async listDisputedItems(asked: DisputedItemFilter, page: PageRequest): Promise<Page<DisputedItemRecord>> {
    const filter = asked.treatment ? { ...asked, treatment: (await this.genericNameOf(asked.treatment)) ?? asked.treatment } : asked;
    const { facet, value } = itemFilterFacet(filter);
    const query: IndexQuery = {
      indexName: filter.outcome ? 'gsi2' : 'gsi1',
      partition: indexPartitions.items(facet, value, filter.outcome),
      range: dateRange(filter.decidedFrom, filter.decidedTo),
    };
    return this.resolvePage(await this.pointers(query, page), (hit, header) => {
      const item = header.record.disputedItems.find((i) => i.ordinal === hit.ordinal);
      return item && itemMatches(item, header.record, filter) ? { caseId: header.record.id, item } : null;
    });
  }

  async listCitations(filter: CitationFilter, page: PageRequest): Promise<Page<CitationRecord>> {
    const { facet, value } = citationFilterFacet(filter);
    const query: IndexQuery = {
      indexName: filter.citedBy ? 'gsi2' : 'gsi1',
      partition: indexPartitions.citations(facet, value, filter.citedBy),
      range: null,
    };
    return this.resolvePage(await this.pointers(query, page), (hit, header) => {
      const item = header.record.disputedItems.find((i) => i.ordinal === hit.ordinal);
      const citation = hit.index === null ? undefined : item?.citations[hit.index];
      return item && citation && hit.index !== null && citationMatches(citation, filter)
        ? { caseId: header.record.id, itemOrdinal: item.ordinal, index: hit.index, citation }
        : null;
    });
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

  async saveUpload(upload: UploadRecord): Promise<void> {
    // Unconditional: rides in a shared batch with other writers' rows during a bulk ingest.
    await this.batcher.write([putRequest(uploadItem(upload))]);
  }

  private pointers(query: IndexQuery, page: PageRequest): Promise<PointerPage> {
    return queryPointers(this.client, this.tableName, this.cursorSecret, query, page);
  }

  /** The current header of each case, by id (one BatchGetItem for a page). */
  private async headers(ids: readonly string[]): Promise<Map<string, CaseHeader>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const items = await batchGet(this.client, this.tableName, unique.map(headerKey));
    const headers = items.map(readHeader);
    return new Map(headers.map((h) => [h.record.id, h]));
  }

  /**
   * Pointers → nodes, through the headers: a pointer of a version the header no longer names,
   * or one that no longer matches, is dropped (its cursor still counts as read).
   */
  private async resolvePage<T>(page: PointerPage, toNode: (hit: PointerHit, header: CaseHeader) => T | null): Promise<Page<T>> {
    const headers = await this.headers(page.rows.map((r) => r.hit.caseId));
    const nodes: T[] = [];
    const cursors: string[] = [];
    for (const { hit, cursor } of page.rows) {
      const header = headers.get(hit.caseId);
      const node = header && header.ver === hit.ver ? toNode(hit, header) : null;
      if (node !== null) {
        nodes.push(node);
        cursors.push(cursor);
      }
    }
    return { nodes, cursors, hasNextPage: page.hasNextPage, endCursor: page.endCursor };
  }
}
