import { frameworksCited } from '../frameworks';
import type { Answer, Assessment, Profile } from '../assessment-schema';
import { payloadDigest } from '../digest';
import { JURISDICTION_LABEL, jurisdictionLabel } from '../advice';
import { judgeHop, requiredJurisdictions } from '../engine/data-path';
import type { Evaluation } from '../engine/evaluate';
import { visibleTriage } from '../engine/visibility';
import { wordHistoryEvent } from '../history';
import { countByProvenance } from '../provenance';
import type { JurisdictionCode } from '../jurisdiction';
import { evidenceLine, viewRetiredAnswers } from '../retired-answers';
import { RISK_LEVELS, type RiskLevel } from '../risk';
import { notesToShare } from '../sharing';
import type { Check, Template } from '../template-schema';
import { TIER_LABEL, checkLabel, checkTitle, findingAdvice, findingAnswer, findingTitle, ratingReasons } from '../wording';
import { figureHint } from '../figure-check';
import { provenanceText } from './provenance-text';
import { HISTORY_WORDING, OUTCOME_LABEL, RISK_LABEL, firstSentence, formatDate, formatFigure, formatNumber, labelFromId } from './format';
import { supplyChainRows } from './supply-chain';
import { changesSinceLastRound, type ChangesSinceLastRound } from './changes';
import type {
  CheckEntry,
  CheckGroup,
  ContradictionRow,
  FindingGroup,
  FindingRow,
  HopView,
  KeepRow,
  OpenQuestionRow,
  ReportModel,
  ReportOptions,
  TraceRow,
} from './model-types';
import { reviewModel } from './review-section';

// Absent, not undefined, in a first round: the model stays as it was for every assessment without rounds.
const withChanges = (changes: ChangesSinceLastRound | undefined) => (changes ? { changes } : {});

/** How many findings the one-page executive summary lists. */
export const TOP_FINDINGS = 5;

function figureOf(check: Check, answer: Answer | undefined): string | undefined {
  if (answer?.value === undefined) return undefined;
  const value = formatFigure(answer.value, check.capture);
  return check.capture ? `${check.capture.label}: ${value}` : value;
}

/** A check's answer in words, as the report prints it: the options chosen, unknown, or not applicable with its reason. */
export function answerText(check: Check, answer: Answer | undefined): string {
  const r = answer?.response;
  if (!r) return 'Not answered';
  if (r.kind === 'unknown') return 'Unknown (the vendor has not answered)';
  if (r.kind === 'not-applicable')
    return r.reason.trim() ? `Not applicable: ${r.reason}` : 'Not applicable (no reason given; counted as unanswered)';
  const ids = r.kind === 'option' ? [r.option] : r.options;
  return check.options
    .filter((o) => ids.includes(o.id))
    .map((o) => o.label)
    .join('; ');
}

function profileAnswer(template: Template, profile: Profile, id: string): string {
  const q = template.triage.find((x) => x.id === id);
  const value = profile[id];
  if (value === undefined || value === '') return 'Not answered';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number')
    return q?.unit ? formatFigure(value, { kind: 'number', label: q.label, unit: q.unit }) : formatNumber(value);
  const ids = Array.isArray(value) ? value : [value];
  if (!q?.options) return ids.join(', ');
  return ids.map((v) => q.options?.find((o) => o.id === v)?.label ?? v).join('; ');
}

function hopViews(assessment: Assessment, required: JurisdictionCode[]): HopView[] {
  const requiredSet = new Set(required);
  return assessment.dataPath.map((hop, i) => {
    const { standing, outsideOf } = judgeHop(hop, requiredSet);
    const view: HopView = {
      index: i + 1,
      component: hop.component,
      operator: hop.operator,
      region: hop.region,
      jurisdictions: hop.jurisdictions.map(jurisdictionLabel),
      dataKinds: hop.dataKinds,
      retention: hop.retention,
      standing,
      outsideOf,
    };
    if (hop.offByPolicy) view.offByPolicy = hop.offByPolicy.evidence;
    return view;
  });
}

function hopName(assessment: Assessment, hopId: string): string {
  const i = assessment.dataPath.findIndex((h) => h.id === hopId);
  const hop = assessment.dataPath[i];
  return hop ? `Hop ${i + 1}: ${hop.component}${hop.operator.trim() ? ` (${hop.operator})` : ''}` : hopId;
}

/** How many of the newest history entries the report prints; older ones are counted, not listed. */
export const HISTORY_SHOWN = 60;

function historyRows(assessment: Assessment): ReportModel['decision']['history'] {
  const shown = assessment.history.slice(-HISTORY_SHOWN);
  return {
    rows: shown.map((h) => ({ date: formatDate(h.at), by: h.by.trim(), text: wordHistoryEvent(h.event, HISTORY_WORDING) })),
    earlier: assessment.history.length - shown.length,
  };
}

function assessors(assessment: Assessment): string {
  const names = [...new Set(assessment.history.map((r) => r.by.trim()).filter((n) => n !== ''))];
  return names.length > 0 ? names.join(', ') : 'Not recorded';
}

/**
 * Builds the report model: everything the PDF (or any later output) shows, from the assessment, the
 * engine's evaluation of it and the user's options. Pure: the same input gives the same model.
 */
export function buildReportModel(assessment: Assessment, evaluation: Evaluation, options: ReportOptions): ReportModel {
  const { template, profile } = assessment;
  const checks = new Map(template.checks.map((c) => [c.id, c]));
  const areaTitle = new Map(template.areas.map((a) => [a.id, a.title]));
  const includeInternal = options.includeInternalNotes === true;
  const required = requiredJurisdictions(profile);
  const knockoutChecks = new Set(evaluation.knockouts.flatMap((k) => k.checkIds));

  const findingsByLevel = Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
  const groups = new Map<string, FindingRow[]>(template.areas.map((a) => [a.id, []]));
  for (const f of evaluation.findings) {
    findingsByLevel[f.severity]++;
    const advice = findingAdvice(f);
    const row: FindingRow = {
      checkId: f.kind === 'check' ? f.checkId : '',
      label: f.kind === 'check' ? checkLabel(template, f.checkId) : '',
      prompt: f.kind === 'check' ? f.prompt : findingTitle(template, f),
      answer: findingAnswer(f),
      level: f.level,
      severity: f.severity,
      knockout: f.kind === 'check' && f.knockoutId !== undefined,
      ...advice,
    };
    const check = f.kind === 'check' ? checks.get(f.checkId) : undefined;
    const figure = check ? figureOf(check, assessment.answers[check.id]) : undefined;
    if (figure !== undefined) row.figure = figure;
    const hint = check ? figureHint(check, assessment.answers[check.id]) : undefined;
    if (hint !== undefined) row.figureHint = hint;
    groups.get(f.areaId)?.push(row);
  }

  const openQuestions: OpenQuestionRow[] = evaluation.openQuestions.map((q) => {
    if (q.kind === 'hop')
      return {
        checkId: '',
        label: '',
        areaTitle: areaTitle.get(q.areaId) ?? q.areaId,
        question: `${hopName(assessment, q.hopId)}: under which jurisdictions is the data processed here?`,
        state: 'hop',
        blocking: false,
        why: 'A hop whose jurisdiction is not recorded cannot be checked against the required jurisdictions.',
        evidence: 'The residency documentation or contract clause that names where this component processes data.',
      };
    const check = checks.get(q.checkId);
    return {
      checkId: q.checkId,
      label: checkLabel(template, q.checkId),
      areaTitle: areaTitle.get(q.areaId) ?? q.areaId,
      question: check?.prompt ?? q.checkId,
      state: q.state,
      blocking: q.blocking,
      why: check?.help.why ?? '',
      evidence: check?.help.evidence ?? '',
    };
  });
  const keep: KeepRow[] = evaluation.keep.map((k) =>
    k.kind === 'option'
      ? { what: checkTitle(template, k.checkId), condition: k.text }
      : {
          what: hopName(assessment, k.hopId),
          condition: `Keep this hop switched off by policy (evidence: ${k.evidence}); if it is switched on, it is outside the required jurisdictions.`,
        },
  );
  const contradictions: ContradictionRow[] = evaluation.contradictions.map((c) => {
    const check = checks.get(c.checkId);
    return {
      question: checkTitle(template, c.checkId),
      answer: check?.options.find((o) => o.id === c.optionId)?.label ?? c.optionId,
      hop: `${hopName(assessment, c.hopId)}: ${c.outsideOf.map((j) => JURISDICTION_LABEL[j]).join(', ')}`,
    };
  });
  const findings: FindingGroup[] = template.areas
    .map((a) => ({ areaId: a.id, areaTitle: a.title, rows: groups.get(a.id) ?? [] }))
    .filter((g) => g.rows.length > 0);

  const checkGroups: CheckGroup[] = template.areas.map((a) => ({ areaId: a.id, areaTitle: a.title, entries: [] as CheckEntry[] }));
  const checkGroupOf = new Map(checkGroups.map((g) => [g.areaId, g]));
  const levelOf = new Map(evaluation.trace.filter((t) => t.kind === 'check').map((t) => [t.id, t.level]));
  for (const id of evaluation.visibleCheckIds) {
    const check = checks.get(id);
    if (!check) continue;
    const answer = assessment.answers[id];
    const entry: CheckEntry = {
      checkId: id,
      prompt: check.prompt,
      answer: answerText(check, answer),
      notes: notesToShare(answer?.notes ?? [], includeInternal).map((n) => ({
        text: n.text,
        internal: n.visibility === 'internal',
        date: formatDate(n.createdAt),
      })),
      evidence: (answer?.evidence ?? []).map(evidenceLine),
      references: check.references.map((r) => `${r.framework} ${r.id}`).join('; '),
    };
    const level = levelOf.get(id);
    if (level !== undefined) entry.level = level;
    const figure = figureOf(check, answer);
    if (figure !== undefined) entry.figure = figure;
    const hint = figureHint(check, answer);
    if (hint !== undefined) entry.figureHint = hint;
    const source = provenanceText(answer?.provenance);
    if (source !== undefined) entry.source = source;
    checkGroupOf.get(check.area)?.entries.push(entry);
  }

  const trace: TraceRow[] = evaluation.trace.map((t) => ({
    kind: t.kind,
    id: t.id,
    label: t.kind === 'check' ? t.id : hopName(assessment, t.id),
    areaTitle: areaTitle.get(t.areaId) ?? t.areaId,
    level: t.level,
    points: t.points,
    scaled: t.scaled,
    weight: t.weight,
    areaShare: t.areaShare,
    contribution: t.contribution,
  }));

  const integrity = options.integrity
    ? { digest: options.integrity.digest, status: options.integrity.matches ? ('matches' as const) : ('mismatch' as const) }
    : { digest: payloadDigest(assessment), status: 'computed' as const };
  const p = evaluation.progress;
  const o = evaluation.overall;
  const assessor = options.assessor?.trim() ? options.assessor.trim() : assessors(assessment);
  const cover: ReportModel['cover'] = {
    service: profile.service,
    vendor: profile.vendor,
    organisation: options.organisation?.trim() ?? '',
    assessor,
    templateTitle: template.title,
    templateVersion: template.version,
    assessmentUpdated: formatDate(assessment.updatedAt),
  };
  if (options.logo) cover.logo = options.logo;

  return {
    paper: options.paper ?? 'a4',
    generatedAt: options.generatedAt,
    confidentiality: options.confidentiality?.trim() ? options.confidentiality.trim() : 'Confidential',
    includesInternalNotes: includeInternal,
    properties: {
      title: `${profile.service}: AI service risk assessment`,
      subject: `Risk assessment of ${profile.service} (${profile.vendor}) against ${template.title} ${template.version}: rating ${o.rating === null ? 'not rated yet' : `${RISK_LABEL[o.rating]}${o.provisional ? ' (provisional)' : ''}`}, ${o.openQuestions} open questions, decision ${OUTCOME_LABEL[assessment.decision.outcome]}`,
      author: options.organisation?.trim() ? `${options.organisation.trim()} (${assessor})` : assessor,
      keywords: ['AI service', 'risk assessment', 'procurement', profile.vendor, profile.service, template.id],
    },
    cover,
    rating: {
      rating: o.rating,
      score: o.score,
      scoreRating: o.scoreRating,
      provisional: o.provisional,
      openQuestions: o.openQuestions,
      blockingQuestions: o.blockingQuestions,
      reasons: ratingReasons(template, evaluation),
      tier: evaluation.inherent.tier,
      tierSources: evaluation.inherent.sources.map((s) => {
        const q = template.triage.find((x) => x.id === s.question);
        const label = q?.options?.find((x) => x.id === s.option)?.label ?? s.option;
        return `${label} (${TIER_LABEL[s.tier].toLowerCase()})`;
      }),
    },
    decision: {
      outcome: assessment.decision.outcome,
      rationale: assessment.decision.rationale,
      conditions: assessment.decision.conditions.map((c) => ({ text: c.text, owner: c.owner, due: c.due ? formatDate(c.due) : '' })),
      signOffs: assessment.decision.signOffs.map((s) => ({
        role: labelFromId(s.role),
        name: s.name,
        date: s.date ? formatDate(s.date) : '',
        outcome: s.outcome ?? '',
        comment: s.comment ?? '',
      })),
      history: historyRows(assessment),
    },
    summary: {
      areas: evaluation.areas.map((a) => ({
        id: a.id,
        title: a.title,
        score: a.score,
        rating: a.rating,
        scored: a.scored,
        visible: a.visible,
        open: a.open,
      })),
      knockouts: evaluation.knockouts.map((k) => ({
        id: k.id,
        title: labelFromId(k.id),
        minRating: k.minRating,
        why: k.why,
        checkIds: k.checkIds,
        checkLabels: k.checkIds.map((id) => checkLabel(template, id)),
      })),
      topFindings: evaluation.findings.slice(0, TOP_FINDINGS).map((f) => ({
        checkId: f.kind === 'check' ? f.checkId : '',
        label: f.kind === 'check' ? checkLabel(template, f.checkId) : '',
        areaTitle: areaTitle.get(f.areaId) ?? f.areaId,
        level: f.level,
        severity: f.severity,
        knockout: f.kind === 'check' && (f.knockoutId !== undefined || knockoutChecks.has(f.checkId)),
        title: findingTitle(template, f),
        sentence: firstSentence(findingAdvice(f).mitigation || findingAnswer(f)),
      })),
      findingCount: evaluation.findings.length,
      findingsByLevel,
      coverage: {
        visible: p.visible,
        answered: p.answered,
        scored: evaluation.trace.length,
        unknown: p.unknown,
        notApplicable: p.notApplicable,
        unanswered: p.unanswered,
        missingReason: p.missingReason,
        percent: Math.floor(p.coverage * 100),
      },
    },
    review: reviewModel(assessment, options.generatedAt),
    dataPath: {
      required,
      requiredLabels: required.map((j) => JURISDICTION_LABEL[j]),
      hops: hopViews(assessment, required),
      contradictions,
    },
    supplyChain: supplyChainRows(assessment),
    ...withChanges(changesSinceLastRound(assessment)),
    findings,
    openQuestions,
    keep,
    appendix: {
      profile: visibleTriage(template, profile).map((q) => ({ question: q.label, answer: profileAnswer(template, profile, q.id) })),
      definitions: (template.definitions ?? []).map((d) => ({ term: d.term, meaning: d.meaning })),
      checks: checkGroups.filter((g) => g.entries.length > 0),
      provenance: countByProvenance(assessment, evaluation.visibleCheckIds),
      scoring: { thresholds: { ...template.scoring.thresholds } },
      trace,
      overallRaw: trace.reduce((sum, t) => sum + t.contribution, 0),
      integrity,
      frameworks: frameworksCited(evaluation.visibleCheckIds.flatMap((id) => checks.get(id)?.references ?? [])),
      retired: viewRetiredAnswers(assessment.retired, includeInternal),
    },
  };
}
