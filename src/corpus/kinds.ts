/**
 * A kind of disputed request (opioid, MRI, physical therapy, ...): how often treating physicians
 * ask for it, how often reviewers overturn its denial, how a request for it is written, and which
 * guideline parts and sections the two sides cite for it.
 */
import type { Day } from './calendar.js';
import type { TreatmentFacts } from './facts.js';
import type { Draw } from './random.js';
import type { Region, RegionKey, Side } from './regions.js';
import type { RationaleFamily } from './rationales.js';

export interface RequestContext {
  draw: Draw;
  region: Region;
  side: Side | null;
  decisionDay: Day;
  /** The UR decision: a service date ("DOS") of a retrospective request falls before it. */
  urDay: Day;
}

export interface WrittenRequest {
  /** The request as the item line writes it (for a modified request: the disputed portion). */
  text: string;
  treatment: TreatmentFacts;
  /** How a summary or rationale names the treatment in passing: "Norco", "physical therapy". */
  noun: string;
  /** A request UR modified: the item line then tells the original and what was authorized. */
  modified?: { original: string; authorized: string; wording: 'authorizedFirst' | 'remainingPortion' };
  /** Chronic Pain guideline sections about this request in particular (a drug's own section). */
  sections?: readonly string[];
  /** ODG topics about this request in particular ("Magnetic resonance imaging (MRI)"). */
  topics?: readonly string[];
}

/** An MTUS part a kind is cited under, with the sections letters give for it. */
export interface MtusOption {
  /** 'chronicPain' and 'region' are resolved per letter (edition by decision date; the region's chapter). */
  part: 'chronicPain' | 'region' | 'opioidTreatment' | { title: string; edition: string };
  sections: readonly string[];
}

export interface Kind {
  key: string;
  /** Relative frequency among requests. */
  weight: number;
  /** Share of denials of this kind reviewers overturn, before the reviewer's own tendency. */
  overturnRate: number;
  family: RationaleFamily;
  write(context: RequestContext): WrittenRequest;
  mtus: readonly MtusOption[];
  /** ODG chapters: 'region' (the region's chapter) or fixed ones; topics as ODG names them. */
  odg: { chapters: 'region' | readonly string[]; topics: readonly string[] };
  /** ACOEM practice guideline chapter outside the MTUS ('region' → the region's disorders chapter). */
  acoem?: 'region' | string;
  /** The MTUS says little: both sides go outside it more often. */
  outsideMtus?: boolean;
  /** Regions a request of this kind can be about (all when absent): no epidural injection for a knee. */
  regions?: readonly RegionKey[];
  /** Only beside a surgery request ("Associated surgical service: ..."). */
  followsSurgery?: boolean;
}

/** Whole numbers as a request may spell them ("Six (6) sessions"). */
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
