import type { ProvenanceKind } from '../provenance';
import type { HopStanding } from '../engine/data-path';
import type { DecisionOutcome } from '../decision-outcome';
import type { TraceEntry } from '../engine/evaluate';
import type { JurisdictionCode } from '../jurisdiction';
import type { RetiredAnswerView } from '../retired-answers';
import type { Rating, RiskLevel } from '../risk';
import type { Tier } from '../template-schema';
import type { Paper, ReportLogo } from './report-options';
import type { ReportReview } from './review-section';
import type { SupplyChainRow } from './supply-chain';
import type { ChangesSinceLastRound } from './changes';

/** A decision outcome of an assessment. */
export type Outcome = DecisionOutcome;
export type { Paper, ReportLogo, ReportOptions } from './report-options';

/** One area's score for the summary chart. */
export interface AreaScore {
  id: string;
  title: string;
  /** Null while nothing in the area is known. */
  score: number | null;
  rating: Rating | null;
  scored: number;
  visible: number;
  open: number;
}

/** A knock-out that fired, for the summary. */
export interface KnockoutItem {
  id: string;
  title: string;
  minRating: Rating;
  why: string;
  checkIds: string[];
  /** The short titles of those checks, as printed. */
  checkLabels: string[];
}

/** One of the top findings, in one sentence. */
export interface TopFinding {
  /** The check id, or empty for a data-path hop. */
  checkId: string;
  /** The check's short title, or empty for a data-path hop. */
  label: string;
  areaTitle: string;
  level: RiskLevel;
  severity: Rating;
  knockout: boolean;
  title: string;
  sentence: string;
}

/** A question still open: put it to the vendor, with why it matters and what to ask for. */
export interface OpenQuestionRow {
  /** The check id, or empty for a data-path hop. */
  checkId: string;
  /** The check's short title, or empty for a data-path hop. */
  label: string;
  areaTitle: string;
  question: string;
  state: 'unknown' | 'unanswered' | 'hop';
  blocking: boolean;
  why: string;
  evidence: string;
}

/** A condition the buyer must keep for a low rating to hold. */
export interface KeepRow {
  what: string;
  condition: string;
}

/** How far the assessment got. */
export interface Coverage {
  visible: number;
  answered: number;
  scored: number;
  unknown: number;
  notApplicable: number;
  unanswered: number;
  missingReason: number;
  /** Share of visible checks with a known answer or a reasoned "not applicable", in whole percent. */
  percent: number;
}

/** One hop of the data path with its jurisdiction judged against the buyer's requirement. */
export interface HopView {
  index: number;
  component: string;
  operator: string;
  region: string;
  /** The recorded jurisdictions in words, e.g. ["EU/EEA (Germany)", "US"]; empty when unknown. */
  jurisdictions: string[];
  dataKinds: string[];
  retention: string;
  standing: HopStanding;
  /** The recorded jurisdictions the buyer did not require. */
  outsideOf: JurisdictionCode[];
  /** The evidence that the buyer switched this hop off, when it is. */
  offByPolicy?: string;
}

/** A region answer that says data stays in the required jurisdictions, against a hop outside them. */
export interface ContradictionRow {
  question: string;
  answer: string;
  hop: string;
}

/** One row of the findings table. */
export interface FindingRow {
  /** The check id, or empty for a data-path hop. */
  checkId: string;
  /** The check's short title, or empty for a data-path hop. */
  label: string;
  prompt: string;
  answer: string;
  /** The captured figure with its label and unit, e.g. "Abuse-monitoring retention period: 30 days". */
  figure?: string;
  /** Why the figure does not fit the answer, when it does not (see figure-check.ts). */
  figureHint?: string;
  level: RiskLevel;
  severity: Rating;
  knockout: boolean;
  mitigation: string;
  clause: string;
  evidence: string;
}

/** Findings of one area, riskiest first. */
export interface FindingGroup {
  areaId: string;
  areaTitle: string;
  rows: FindingRow[];
}

/** A note as printed. */
export interface NoteView {
  text: string;
  internal: boolean;
  date: string;
}

/** One visible check in the appendix. */
export interface CheckEntry {
  checkId: string;
  prompt: string;
  answer: string;
  level?: RiskLevel;
  figure?: string;
  /** Why the figure does not fit the answer, when it does not. */
  figureHint?: string;
  notes: NoteView[];
  evidence: string[];
  references: string;
  /** Where the answer came from (stated by the vendor, verified by the assessor); absent when the buyer typed it. */
  source?: string;
}

/** All visible checks of one area. */
export interface CheckGroup {
  areaId: string;
  areaTitle: string;
  entries: CheckEntry[];
}

/** One item's part in the score: the engine's trace entry, with its area's title and a label. */
export type TraceRow = Omit<TraceEntry, 'areaId'> & { areaTitle: string; label: string };

/** Everything the report shows, derived from the assessment and the engine; no layout, no fonts. */
export interface ReportModel {
  paper: Paper;
  generatedAt: string;
  confidentiality: string;
  includesInternalNotes: boolean;
  properties: { title: string; subject: string; author: string; keywords: string[] };
  cover: {
    service: string;
    vendor: string;
    organisation: string;
    logo?: ReportLogo;
    assessor: string;
    templateTitle: string;
    templateVersion: string;
    assessmentUpdated: string;
  };
  rating: {
    /** Null while nothing is known ("Not rated yet"). */
    rating: Rating | null;
    score: number | null;
    scoreRating: Rating | null;
    provisional: boolean;
    openQuestions: number;
    blockingQuestions: number;
    /** What set the rating, in words (a knock-out by its question, the findings, or the areas). */
    reasons: string[];
    tier: Tier;
    /** The triage choices behind the tier, in words. */
    tierSources: string[];
  };
  decision: {
    outcome: Outcome;
    rationale: string;
    conditions: { text: string; owner: string; due: string }[];
    /** Each role's sign-off; `outcome` is '' when the role gave none. */
    signOffs: { role: string; name: string; date: string; outcome: 'approve' | 'reject' | ''; comment: string }[];
    /** The newest entries of the assessment's history, oldest first, worded; `earlier` counts those left out. */
    history: { rows: { date: string; by: string; text: string }[]; earlier: number };
  };
  summary: {
    areas: AreaScore[];
    knockouts: KnockoutItem[];
    topFindings: TopFinding[];
    findingCount: number;
    /** Findings counted by severity (the rating each finding carries). */
    findingsByLevel: Record<RiskLevel, number>;
    coverage: Coverage;
  };
  /** The next review date and the evidence expired on the report date. */
  review: ReportReview;
  dataPath: { required: JurisdictionCode[]; requiredLabels: string[]; hops: HopView[]; contradictions: ContradictionRow[] };
  /** The upstream providers, model makers first; empty when none are recorded (the section is then left out). */
  supplyChain: SupplyChainRow[];
  /** What changed since the previous round; absent for an assessment in its first round. */
  changes?: ChangesSinceLastRound;
  findings: FindingGroup[];
  openQuestions: OpenQuestionRow[];
  keep: KeepRow[];
  appendix: {
    profile: { question: string; answer: string }[];
    /** The terms the template's clauses are written against, printed once. */
    definitions: { term: string; meaning: string }[];
    checks: CheckGroup[];
    /** The visible checks' answers counted by where they came from. */
    provenance: Record<ProvenanceKind, number>;
    scoring: { thresholds: { medium: number; high: number; critical: number } };
    trace: TraceRow[];
    overallRaw: number;
    integrity: { digest: string; status: 'matches' | 'mismatch' | 'computed' };
    /** Each framework the visible checks cite: its short code and its full name and version. */
    frameworks: { code: string; name: string }[];
    /** Answers a checklist upgrade could not carry over, worded; empty for most assessments. */
    retired: RetiredAnswerView[];
  };
}
