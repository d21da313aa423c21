import { Badge, Body1, Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import { addMonths, dueState, localIsoDay, suggestedReviewInterval, type ReviewInterval } from '../../../../src/core/review-dates';
import { formatDate } from '../../components/format';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  date: { minWidth: '200px' },
  muted: { color: tokens.colorNeutralForeground3 },
  suggestion: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function because(interval: ReviewInterval): string {
  const b = strings.reviewDates.because;
  const rating = interval.rating === null ? '' : strings.risk.rating[interval.rating];
  switch (interval.basis) {
    case 'rating':
      return b.rating(rating);
    case 'tier':
      return b.tier(rating, strings.risk.tier[interval.tier]);
    case 'provisional':
      return b.provisional;
    case 'not-rated':
      return b['not-rated'];
  }
}

/** The assessment's next-review date, with the date its rating suggests and a button to use it. */
export function NextReviewEditor({
  nextReviewOn,
  evaluation,
  onChange,
}: {
  nextReviewOn: string | undefined;
  evaluation: Evaluation;
  /** The new date (YYYY-MM-DD), or '' to clear it. */
  onChange: (date: string) => void;
}) {
  const styles = useStyles();
  const s = strings.reviewDates;
  const hintId = useId();
  const today = localIsoDay(new Date());
  const interval = suggestedReviewInterval(evaluation.overall.rating, evaluation.inherent.tier, evaluation.overall.provisional);
  const suggested = addMonths(today, interval.months);
  const due = dueState({ nextReviewOn: nextReviewOn ?? null, evidenceExpiresOn: null }, today);
  const days = due.daysUntilReview ?? 0;
  return (
    <>
      <Body1 className={styles.muted}>{s.intro}</Body1>
      <div className={styles.row}>
        <Field label={s.field} className={styles.date}>
          <Input type="date" value={nextReviewOn ?? ''} aria-describedby={hintId} onChange={(_, d) => onChange(d.value)} />
        </Field>
        {due.review === 'overdue' && (
          <Badge appearance="tint" color="danger" shape="rounded">
            {s.state.overdue(-days)}
          </Badge>
        )}
        {due.review === 'due-soon' && (
          <Badge appearance="tint" color="warning" shape="rounded">
            {days === 0 ? s.state.today : s.state.dueIn(days)}
          </Badge>
        )}
        {nextReviewOn && <Button onClick={() => onChange('')}>{s.clear}</Button>}
      </div>
      <div className={styles.suggestion}>
        <Caption1 id={hintId}>{s.suggested(formatDate(suggested), interval.months, because(interval))}</Caption1>
        <Button size="small" disabled={nextReviewOn === suggested} onClick={() => onChange(suggested)}>
          {s.useSuggestion}
        </Button>
      </div>
    </>
  );
}
