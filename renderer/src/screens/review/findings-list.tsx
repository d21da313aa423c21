import { Badge, Body1, Button, Caption1, Card, Link, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { JURISDICTION_LABEL } from '../../../../src/core/advice';
import type { Assessment } from '../../../../src/core/assessment-schema';
import type { Evaluation, Finding, KnockOutHit } from '../../../../src/core/engine/evaluate';
import { formatFigure } from '../../../../src/core/report/format';
import type { Template } from '../../../../src/core/template-schema';
import { checkLabel, checkTitle, findingAdvice, findingAnswer, findingTitle } from '../../../../src/core/wording';
import { conditionFromFinding } from '../../../../src/core/finding-condition';
import { figureHint, figureMismatches, figureMismatchWords } from '../../../../src/core/figure-check';
import { AddRegular, CheckmarkRegular, WarningRegular } from '../../components/icons';
import { ProvenanceBadge } from '../../components/provenance-badge';
import { RatingBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold },
  clause: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontStyle: 'italic',
  },
  knockout: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  plain: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Each part of a finding is a term and its text, so it reads (and copies) as its own line, never run on.
  fields: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { display: 'inline', fontWeight: tokens.fontWeightSemibold, '::after': { content: '":"' } },
  value: { display: 'inline', margin: 0 },
  blockTerm: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalXS },
  blockValue: { margin: 0 },
  hint: {
    display: 'flex',
    marginTop: tokens.spacingVerticalXS,
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  hintIcon: { flexShrink: 0, fontSize: '16px', marginTop: '2px' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

const PAGE = 40;

/** The link under a finding or an open question: to its check, or to the data path for a hop. */
function GoToLink({
  checkId,
  onGoTo,
  onGoToDataPath,
}: {
  checkId: string | undefined;
  onGoTo: (checkId: string) => void;
  onGoToDataPath: () => void;
}) {
  const s = strings.review;
  return (
    <div>
      {checkId !== undefined ? (
        <Link as="button" onClick={() => onGoTo(checkId)}>
          {s.goToCheck}
        </Link>
      ) : (
        <Link as="button" onClick={onGoToDataPath}>
          {s.goToDataPath}
        </Link>
      )}
    </div>
  );
}

/** A figure that does not fit its answer: a warning in words beside the figure, never by colour alone. */
function FigureHint({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <span className={styles.hint}>
      <WarningRegular className={styles.hintIcon} aria-hidden />
      <Body1>{text}</Body1>
    </span>
  );
}

/** The figures, among the checks that are not findings, that contradict their answers (findings show theirs on the card). */
export function FigureMismatchList({
  assessment,
  evaluation,
  onGoTo,
}: {
  assessment: Assessment;
  evaluation: Evaluation;
  onGoTo: (checkId: string) => void;
}) {
  const styles = useStyles();
  const findingChecks = new Set(evaluation.findings.flatMap((f) => (f.kind === 'check' ? [f.checkId] : [])));
  const visible = new Set(evaluation.visibleCheckIds.filter((id) => !findingChecks.has(id)));
  const mismatches = figureMismatches(assessment, visible);
  if (mismatches.length === 0) return null;
  const checks = new Map(assessment.template.checks.map((c) => [c.id, c]));
  return (
    <Card className={mergeClasses(styles.card, styles.knockout)} role="group" aria-labelledby="figure-mismatches-heading">
      <Subtitle2 as="h4" id="figure-mismatches-heading">
        {strings.readerPolish.figureMismatches}
      </Subtitle2>
      <ul className={styles.plain}>
        {mismatches.map((m) => {
          const check = checks.get(m.checkId);
          if (!check) return null;
          return (
            <li key={m.checkId}>
              <Body1>
                <span className={styles.label}>{check.shortTitle ?? checkTitle(assessment.template, check.id)}: </span>
                {figureMismatchWords(check, m)}{' '}
              </Body1>
              <Link as="button" onClick={() => onGoTo(check.id)}>
                {strings.review.goToCheck}
              </Link>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

/** "Show all N" under a list cut at a page, or nothing when everything shows. */
function ShowAll({ count, limit, onShowAll }: { count: number; limit: number; onShowAll: (n: number) => void }) {
  if (count <= limit) return null;
  return (
    <div>
      <Button onClick={() => onShowAll(count)}>{strings.review.showAll(count)}</Button>
    </div>
  );
}

/** The knock-outs that fired, each with its reason and the checks behind it. */
export function KnockoutList({
  knockouts,
  template,
  onGoTo,
}: {
  knockouts: readonly KnockOutHit[];
  template: Template;
  onGoTo: (checkId: string) => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const prompts = new Map(template.checks.map((c) => [c.id, c.prompt]));
  if (knockouts.length === 0) return <Body1 className={styles.muted}>{s.noKnockouts}</Body1>;
  return (
    <ul className={styles.list}>
      {knockouts.map((k) => (
        <li key={k.id}>
          <Card className={`${styles.card} ${styles.knockout}`}>
            <div className={styles.head}>
              <Caption1 className={styles.label}>{s.knockoutMin(strings.risk.rating[k.minRating])}</Caption1>
              <RatingBadge rating={k.minRating} size="small" />
            </div>
            <Body1>{k.why}</Body1>
            {k.checkIds.map((id) => (
              <Link key={id} as="button" onClick={() => onGoTo(id)}>
                {prompts.get(id) ?? id}
              </Link>
            ))}
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** Every finding, most severe first, with its recommendation, the contract clause to ask for and the evidence to request. */
export function FindingsList({
  findings,
  template,
  answers,
  conditionTexts,
  onGoTo,
  onGoToDataPath,
  onMakeCondition,
}: {
  findings: readonly Finding[];
  template: Template;
  /** The assessment's answers, for the figures captured beside them. */
  answers: Assessment['answers'];
  /** The texts of the decision's conditions, so a finding already made a condition says so. */
  conditionTexts: ReadonlySet<string>;
  onGoTo: (checkId: string) => void;
  onGoToDataPath: () => void;
  /** Adds a decision condition with this text. */
  onMakeCondition: (text: string) => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const [limit, setLimit] = useState(PAGE);
  const areas = new Map(template.areas.map((a) => [a.id, a.title]));
  const checks = new Map(template.checks.map((c) => [c.id, c]));
  if (findings.length === 0) return <Body1 className={styles.muted}>{s.noFindings}</Body1>;
  return (
    <>
      <ol className={styles.list}>
        {findings.slice(0, limit).map((f) => {
          const key = f.kind === 'check' ? f.checkId : `hop:${f.hopId}`;
          const advice = findingAdvice(f);
          const check = f.kind === 'check' ? checks.get(f.checkId) : undefined;
          const capture = check?.capture;
          const hint = check ? figureHint(check, answers[check.id]) : undefined;
          const headingId = `finding-${key.replace(/[^a-z0-9-]/gi, '-')}`;
          const condition = conditionFromFinding(template, f);
          return (
            <li key={key}>
              <Card className={styles.card} role="group" aria-labelledby={headingId} aria-describedby={`${headingId}-level`}>
                {/* The risk level in words for a screen reader: the badge alone is read as a bare word. */}
                <span id={`${headingId}-level`} hidden>
                  {s.findingLevel(strings.risk.rating[f.severity], f.kind === 'check' && f.knockoutId !== undefined)}
                </span>
                <div className={styles.head}>
                  <RatingBadge rating={f.severity} long />
                  {f.kind === 'check' && f.knockoutId && (
                    <Badge appearance="outline" color="danger">
                      {strings.checks.knockoutBadge}
                    </Badge>
                  )}
                  <Caption1 className={styles.muted}>
                    {areas.get(f.areaId)}
                    {f.kind === 'check' && ` · ${checkLabel(template, f.checkId)}`}
                  </Caption1>
                </div>
                <Subtitle2 as="h4" id={headingId}>
                  {f.kind === 'check' ? f.prompt : findingTitle(template, f)}
                </Subtitle2>
                <dl className={styles.fields}>
                  <div>
                    <dt className={styles.term}>{s.answerWas}</dt>{' '}
                    <dd className={styles.value}>
                      <Body1>{findingAnswer(f)}</Body1>
                    </dd>
                  </div>
                  {f.kind === 'check' && f.value !== undefined && (
                    <div>
                      {/* The figure keeps its label and unit, as in the report: "Notice period: 30 days". */}
                      <dt className={styles.term}>{capture ? capture.label : strings.readerPolish.figure}</dt>{' '}
                      <dd className={styles.value}>
                        <Body1>{formatFigure(f.value, capture)}</Body1>
                        {hint && <FigureHint text={hint} />}
                      </dd>
                    </div>
                  )}
                  {f.kind === 'check' && (
                    <div>
                      <dt className={styles.term}>{strings.roundTrip.provenance.source}</dt>{' '}
                      <dd className={styles.value}>
                        <ProvenanceBadge answer={answers[f.checkId]} />
                      </dd>
                    </div>
                  )}
                  {advice.mitigation && (
                    <div>
                      <dt className={styles.term}>{s.mitigation}</dt>{' '}
                      <dd className={styles.value}>
                        <Body1>{advice.mitigation}</Body1>
                      </dd>
                    </div>
                  )}
                  {advice.clause && (
                    <div>
                      <dt className={styles.blockTerm}>{s.clause}</dt>
                      <dd className={styles.blockValue}>
                        <blockquote className={styles.clause}>
                          <Body1>{advice.clause}</Body1>
                        </blockquote>
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt className={styles.term}>{s.evidence}</dt>{' '}
                    <dd className={styles.value}>
                      <Body1>{advice.evidence}</Body1>
                    </dd>
                  </div>
                </dl>
                <div className={styles.actions}>
                  <GoToLink checkId={f.kind === 'check' ? f.checkId : undefined} onGoTo={onGoTo} onGoToDataPath={onGoToDataPath} />
                  {conditionTexts.has(condition) ? (
                    <Button size="small" appearance="subtle" icon={<CheckmarkRegular />} disabled>
                      {strings.readerPolish.isCondition}
                    </Button>
                  ) : (
                    <Button size="small" icon={<AddRegular />} onClick={() => onMakeCondition(condition)}>
                      {strings.readerPolish.makeCondition}
                    </Button>
                  )}
                </div>
              </Card>
            </li>
          );
        })}
      </ol>
      <ShowAll count={findings.length} limit={limit} onShowAll={setLimit} />
    </>
  );
}

/** The questions still open, blocking first: what to ask the vendor, why it matters and what to request. */
export function OpenQuestionsList({
  evaluation,
  assessment,
  onGoTo,
  onGoToDataPath,
}: {
  evaluation: Evaluation;
  assessment: Assessment;
  onGoTo: (checkId: string) => void;
  onGoToDataPath: () => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const [limit, setLimit] = useState(PAGE);
  const { template } = assessment;
  const checks = new Map(template.checks.map((c) => [c.id, c]));
  const areas = new Map(template.areas.map((a) => [a.id, a.title]));
  const qs = evaluation.openQuestions;
  if (qs.length === 0) return <Body1 className={styles.muted}>{s.noOpenQuestions}</Body1>;
  return (
    <>
      <Body1 className={styles.muted}>{s.openIntro}</Body1>
      <ol className={styles.list}>
        {qs.slice(0, limit).map((q) => {
          const key = q.kind === 'check' ? q.checkId : `hop:${q.hopId}`;
          const check = q.kind === 'check' ? checks.get(q.checkId) : undefined;
          const hopIndex = q.kind === 'hop' ? assessment.dataPath.findIndex((h) => h.id === q.hopId) : -1;
          const hop = assessment.dataPath[hopIndex];
          const headingId = `question-${key.replace(/[^a-z0-9-]/gi, '-')}`;
          return (
            <li key={key}>
              <Card className={mergeClasses(styles.card, q.blocking && styles.knockout)} role="group" aria-labelledby={headingId}>
                <div className={styles.head}>
                  {q.blocking && (
                    <Badge appearance="filled" color="danger">
                      {s.blocking}
                    </Badge>
                  )}
                  <Caption1 className={styles.muted}>
                    {areas.get(q.areaId)}
                    {q.kind === 'check' && ` · ${checkLabel(template, q.checkId)}`}
                    {q.kind === 'check' && ` · ${q.state === 'unknown' ? strings.checks.unknown : strings.checks.status.unanswered}`}
                  </Caption1>
                </div>
                <Subtitle2 as="h4" id={headingId}>
                  {check ? check.prompt : s.hopQuestion(hop ? `${strings.dataPath.hop(hopIndex + 1)}: ${hop.component}` : '')}
                </Subtitle2>
                <Body1>
                  <span className={styles.label}>{s.whyItMatters}: </span>
                  {check ? check.help.why : s.hopQuestionWhy}
                </Body1>
                {check && (
                  <Body1>
                    <span className={styles.label}>{s.evidence}: </span>
                    {check.help.evidence}
                  </Body1>
                )}
                <GoToLink checkId={q.kind === 'check' ? q.checkId : undefined} onGoTo={onGoTo} onGoToDataPath={onGoToDataPath} />
              </Card>
            </li>
          );
        })}
      </ol>
      <ShowAll count={qs.length} limit={limit} onShowAll={setLimit} />
    </>
  );
}

/** Low answers that hold only while a setting is kept, and hops switched off by policy: conditions for the action plan. */
export function KeepList({ evaluation, template }: { evaluation: Evaluation; template: Template }) {
  const styles = useStyles();
  const s = strings.review;
  if (evaluation.keep.length === 0 && evaluation.contradictions.length === 0) return null;
  const checks = new Map(template.checks.map((c) => [c.id, c]));
  return (
    <>
      {evaluation.contradictions.length > 0 && (
        <Card className={mergeClasses(styles.card, styles.knockout)} role="group" aria-labelledby="contradictions-heading">
          <Subtitle2 as="h4" id="contradictions-heading">
            {s.contradictions}
          </Subtitle2>
          <ul className={styles.plain}>
            {evaluation.contradictions.map((c) => {
              const check = checks.get(c.checkId);
              return (
                <li key={`${c.checkId}:${c.hopId}`}>
                  <Body1>
                    {s.contradiction(
                      checkTitle(template, c.checkId),
                      check?.options.find((o) => o.id === c.optionId)?.label ?? c.optionId,
                      c.outsideOf.map((j) => JURISDICTION_LABEL[j]).join(', '),
                    )}
                  </Body1>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
      {evaluation.keep.length > 0 && (
        <Card className={styles.card} role="group" aria-labelledby="keep-heading">
          <Subtitle2 as="h4" id="keep-heading">
            {s.keep}
          </Subtitle2>
          <Caption1 className={styles.muted}>{s.keepIntro}</Caption1>
          <ul className={styles.plain}>
            {evaluation.keep.map((k) => (
              <li key={k.kind === 'option' ? `${k.checkId}:${k.optionId}` : k.hopId}>
                <Body1>
                  <span className={styles.label}>{k.kind === 'option' ? checkTitle(template, k.checkId) : k.component}: </span>
                  {k.kind === 'option' ? k.text : s.keepHop(k.evidence)}
                </Body1>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
