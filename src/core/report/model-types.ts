import type { TraceEntry } from '../engine/evaluate';
import type { Rating, RiskLevel } from '../risk';
import type { HopStanding, JurisdictionId } from './jurisdiction';
import type { Paper, ReportLogo } from './report-options';

/** A decision outcome of an assessment. */
export type Outcome = 'pending' | 'approve' | 'approve-with-conditions' | 'reject';
export type { Paper, ReportLogo, ReportOptions } from './report-options';

/** One area's score for the summary chart. */
export interface AreaScore {
  id: string;
  title: string;
  score: number;
  rating: Rating;
  scored: number;
  visible: number;
}

/** A knock-out that fired, for the summary. */
export interface KnockoutItem {
  id: string;
  title: string;
  minRating: Rating;
  why: string;
  checkIds: string[];
}

/** One of the top findings, in one sentence. */
export interface TopFinding {
  checkId: string;
  areaTitle: string;
  level: RiskLevel;
  knockout: boolean;
  sentence: string;
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
}

/** One hop of the data path with its jurisdiction judged against the buyer's requirement. */
export interface HopView {
  index: number;
  component: string;
  operator: string;
  region: string;
  jurisdiction: string;
  dataKinds: string[];
  retention: string;
  found: JurisdictionId[];
  standing: HopStanding;
  /** The recognised jurisdictions the buyer did not require. */
  outsideOf: JurisdictionId[];
}

/** One row of the findings table. */
export interface FindingRow {
  checkId: string;
  prompt: string;
  answer: string;
  /** The captured figure with its label and unit, e.g. "Abuse-monitoring retention period: 30 days". */
  figure?: string;
  level: RiskLevel;
  knockout: boolean;
  unknown: boolean;
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
  notes: NoteView[];
  evidence: string[];
  references: string;
}

/** All visible checks of one area. */
export interface CheckGroup {
  areaId: string;
  areaTitle: string;
  entries: CheckEntry[];
}

/** One answer's part in the score: the engine's trace entry, with its area's title. */
export type TraceRow = Omit<TraceEntry, 'areaId'> & { areaTitle: string };

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
  rating: { rating: Rating; score: number; scoreRating: Rating; raisedByKnockouts: boolean };
  decision: {
    outcome: Outcome;
    rationale: string;
    conditions: { text: string; owner: string; due: string }[];
    signOffs: { role: string; name: string; date: string }[];
  };
  summary: {
    areas: AreaScore[];
    knockouts: KnockoutItem[];
    topFindings: TopFinding[];
    findingCount: number;
    findingsByLevel: Record<RiskLevel, number>;
    coverage: Coverage;
    impact: { factor: number; sources: string[] };
  };
  dataPath: { required: JurisdictionId[]; requiredLabels: string[]; hops: HopView[] };
  findings: FindingGroup[];
  appendix: {
    profile: { question: string; answer: string }[];
    checks: CheckGroup[];
    scoring: { unknownRisk: RiskLevel; thresholds: { medium: number; high: number; critical: number }; maxImpact: number };
    trace: TraceRow[];
    overallRaw: number;
    integrity: { digest: string; status: 'matches' | 'mismatch' | 'computed' };
  };
}
