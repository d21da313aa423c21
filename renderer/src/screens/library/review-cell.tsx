import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { LibrarySummary } from '../../../../src/core/library-summary';
import { daysBetween, dueState } from '../../../../src/core/review-dates';
import { formatDate } from '../../components/format';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  // A badge is one line high: its words never wrap inside it.
  cell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The library's "Review" cell: the review date's state and any expired (or soon expiring) evidence, in words. */
export function ReviewCell({ item, today }: { item: LibrarySummary; today: string }) {
  const styles = useStyles();
  const s = strings.reviewDates;
  const due = dueState(item, today);
  const days = due.daysUntilReview ?? 0;
  return (
    <div className={styles.cell}>
      {due.review === 'overdue' ? (
        <Badge appearance="tint" color="danger" shape="rounded">
          {s.state.overdue(-days)}
        </Badge>
      ) : due.review === 'due-soon' ? (
        <Badge appearance="tint" color="warning" shape="rounded">
          {days === 0 ? s.state.today : s.state.dueIn(days)}
        </Badge>
      ) : due.review === 'scheduled' && item.nextReviewOn ? (
        <Caption1>{s.state.scheduled(formatDate(item.nextReviewOn))}</Caption1>
      ) : (
        <Caption1 className={styles.muted}>{s.state.none}</Caption1>
      )}
      {due.evidenceExpired ? (
        <Badge appearance="tint" color="danger" shape="rounded">
          {s.evidenceExpired}
        </Badge>
      ) : due.evidenceExpiringSoon && item.evidenceExpiresOn ? (
        <Badge appearance="tint" color="warning" shape="rounded">
          {s.evidenceExpiresIn(daysBetween(today, item.evidenceExpiresOn))}
        </Badge>
      ) : null}
    </div>
  );
}
