import type { IsoDate, Priority } from '../domain/determination.js';
import { DATE_SOURCE, firstDate } from './dates.js';

export interface CoverBlock {
  caseNumber: string | null;
  dateAssigned: IsoDate | null;
  dateOfInjury: IsoDate | null;
  decisionDate: IsoDate | null;
  urDenialDate: IsoDate | null;
  priority: Priority | null;
  applicationReceivedDate: IsoDate | null;
}

type Field = keyof CoverBlock;
type ValueKind = 'caseNumber' | 'date' | 'priority';

const LABELS: ReadonlyArray<{ field: Field; kind: ValueKind; source: string }> = [
  { field: 'caseNumber', kind: 'caseNumber', source: String.raw`Case\s*Number` },
  { field: 'dateAssigned', kind: 'date', source: String.raw`Date\s*Assigned` },
  { field: 'dateOfInjury', kind: 'date', source: String.raw`Date\s*of\s*Injury` },
  { field: 'decisionDate', kind: 'date', source: String.raw`Decision\s*Date` },
  { field: 'urDenialDate', kind: 'date', source: String.raw`UR\s*Denial\s*Date` },
  { field: 'priority', kind: 'priority', source: String.raw`Priority` },
  // "Application Received:" wraps: "Application" stands beside its value and "Received:" falls on the next line.
  { field: 'applicationReceivedDate', kind: 'date', source: String.raw`Application(?:\s*Received)?` },
];

export const CASE_NUMBER_SOURCE = String.raw`\bCM\d{2}-\d{7}\b`;

/**
 * One pass over the cover block, labels and values alike, in reading order. Labels come first in
 * the alternation so that "Decision Date:" is never read as a value.
 */
const COVER_TOKEN = new RegExp(
  [
    ...LABELS.map((label) => `(?<${label.field}>\\b${label.source}\\s*:?)`),
    `(?<receivedTail>\\bReceived\\s*:)`,
    `(?<caseNumberValue>${CASE_NUMBER_SOURCE})`,
    `(?<priorityValue>\\b(?:Standard|Expedited)\\b)`,
    `(?<dateValue>${DATE_SOURCE})`,
  ].join('|'),
  'gi',
);

const EMPTY: CoverBlock = {
  caseNumber: null,
  dateAssigned: null,
  dateOfInjury: null,
  decisionDate: null,
  urDenialDate: null,
  priority: null,
  applicationReceivedDate: null,
};

/**
 * The page-1 cover block is two columns; text extraction yields its labels and values out of order
 * (all labels of a column, then their values) or interleaved (label, value, label, value). Either
 * way each value belongs to the earliest label still waiting for a value of its kind.
 */
export function parseCoverBlock(text: string): CoverBlock {
  const cover: CoverBlock = { ...EMPTY };
  const waiting: Array<{ field: Field; kind: ValueKind }> = [];
  const assign = (kind: ValueKind, value: string | null) => {
    const index = waiting.findIndex((label) => label.kind === kind);
    if (index < 0) return;
    const [label] = waiting.splice(index, 1);
    if (value !== null) (cover as Record<Field, string | null>)[label!.field] = value;
  };
  for (const match of text.matchAll(COVER_TOKEN)) {
    const groups = match.groups!;
    const label = LABELS.find((candidate) => groups[candidate.field] !== undefined);
    if (label) {
      if (!waiting.some((w) => w.field === label.field) && cover[label.field] === null) waiting.push(label);
    } else if (groups.caseNumberValue !== undefined) {
      assign('caseNumber', groups.caseNumberValue.toUpperCase());
    } else if (groups.priorityValue !== undefined) {
      assign('priority', groups.priorityValue.toUpperCase() as Priority);
    } else if (groups.dateValue !== undefined) {
      assign('date', firstDate(groups.dateValue));
    }
  }
  return cover;
}
