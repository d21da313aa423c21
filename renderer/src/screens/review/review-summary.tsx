import {
  Body1,
  Caption1,
  Card,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Assessment } from '../../../../src/core/assessment-schema';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import { openQuestionWords, ratingReasons } from '../../../../src/core/wording';
import { RatingBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';
import { ScoreTraceDialog } from './score-trace-dialog';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'stretch' },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  rating: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  score: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '18px' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  wide: { gridColumn: '1 / -1' },
});

/** The overall rating with what set it and its trace, the open questions beside it, and each area's score. */
export function ReviewSummary({ assessment, evaluation }: { assessment: Assessment; evaluation: Evaluation }) {
  const styles = useStyles();
  const s = strings.review;
  const { overall, progress, inherent } = evaluation;
  const reasons = ratingReasons(assessment.template, evaluation);
  const tierSources = inherent.sources.map((x) => {
    const q = assessment.template.triage.find((t) => t.id === x.question);
    return q?.options?.find((o) => o.id === x.option)?.label ?? x.option;
  });
  const coverage = [
    progress.unknown > 0 && s.unknownCount(progress.unknown),
    progress.notApplicable > 0 && s.naCount(progress.notApplicable),
    progress.missingReason > 0 && s.missingReasonCount(progress.missingReason),
    progress.unanswered - progress.missingReason > 0 && s.unansweredCount(progress.unanswered - progress.missingReason),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <div className={styles.grid}>
      <Card className={styles.card} role="group" aria-labelledby="review-rating-heading">
        <Subtitle2 as="h3" id="review-rating-heading">
          {s.rating}
        </Subtitle2>
        <div className={styles.rating}>
          <RatingBadge rating={overall.rating} provisional={overall.provisional} size="extra-large" long />
          <Text size={400} weight="semibold" className={styles.score}>
            {s.score(overall.score)}
          </Text>
        </div>
        {overall.provisional && overall.rating !== null && (
          <Body1>{strings.risk.provisionalWhy(overall.blockingQuestions, Math.floor(progress.coverage * 100))}</Body1>
        )}
        <Caption1 className={styles.label}>{s.why}</Caption1>
        <ul className={styles.list} aria-label={s.why}>
          {reasons.map((line) => (
            <li key={line}>
              <Body1>{line}</Body1>
            </li>
          ))}
        </ul>
        <Caption1 className={styles.muted}>
          {strings.risk.tierLine(strings.risk.tier[inherent.tier])}
          {tierSources.length > 0
            ? ` (${strings.risk.tierSources.toLowerCase()}: ${tierSources.join('; ')})`
            : `. ${strings.risk.tierNone}`}
        </Caption1>
        <div>
          <ScoreTraceDialog assessment={assessment} evaluation={evaluation} />
        </div>
      </Card>
      <Card className={styles.card} role="group" aria-labelledby="review-open-heading">
        <Subtitle2 as="h3" id="review-open-heading">
          {strings.readerPolish.openAndCoverage}
        </Subtitle2>
        <Text size={400} weight="semibold">
          {openQuestionWords(overall.openQuestions, overall.blockingQuestions)}
        </Text>
        <Body1>{s.coverageLine(progress.answered, progress.visible)}</Body1>
        {coverage.length > 0 && (
          <ul className={styles.list}>
            {coverage.map((line) => (
              <li key={line}>
                <Body1>{line}</Body1>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className={mergeClasses(styles.card, styles.wide)} role="group" aria-labelledby="review-areas-heading">
        <Subtitle2 as="h3" id="review-areas-heading">
          {s.byArea}
        </Subtitle2>
        <Table size="small" aria-label={strings.checks.areas}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.areaColumns.area}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{s.areaColumns.score}</TableHeaderCell>
              <TableHeaderCell>{s.areaColumns.rating}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{s.areaColumns.answered}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {evaluation.areas.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{a.title}</TableCell>
                <TableCell className={styles.num}>{a.score === null ? '–' : a.score.toFixed(1)}</TableCell>
                <TableCell>
                  <RatingBadge rating={a.rating} size="small" />
                </TableCell>
                <TableCell className={styles.num}>{s.areaScored(a.scored, a.visible)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}
