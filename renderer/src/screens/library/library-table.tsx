import {
  Button,
  Caption1,
  Link,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { LibrarySummary } from '../../../../src/core/library-summary';
import { ArrowSortDownRegular, ArrowSortRegular, DeleteRegular } from '../../components/icons';
import { formatDateTime } from '../../components/format';
import { RatingBadge } from '../../components/risk-badge';
import { VisuallyHidden } from '../../components/visually-hidden';
import { openQuestionWords } from '../../../../src/core/wording';
import { strings } from '../../i18n/en';
import { useMediaQuery } from '../../theme/use-media-query';
import type { LibraryOrder } from './library-filter';
import { ReviewCell } from './review-cell';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  service: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBlock: tokens.spacingVerticalS },
  serviceLink: { fontWeight: tokens.fontWeightSemibold, textAlign: 'left' },
  muted: { color: tokens.colorNeutralForeground3 },
  rating: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  progress: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: '110px' },
  actions: { width: '56px' },
  sort: { paddingInline: 0, minWidth: 0, fontWeight: tokens.fontWeightRegular },
});

/** The library as a table: one row per assessment, the service name opens it. */
export function LibraryTable({
  items,
  onOpen,
  onDelete,
  today,
  order,
  onOrderChange,
}: {
  items: readonly LibrarySummary[];
  /** The ISO day the "Review" column counts from. */
  today: string;
  order: LibraryOrder;
  onOrderChange: (order: LibraryOrder) => void;
  onOpen: (id: string) => void;
  onDelete: (summary: LibrarySummary) => void;
}) {
  const styles = useStyles();
  const wide = useMediaQuery('(min-width: 1100px)');
  const s = strings.library;
  return (
    <Table aria-label={s.tableLabel} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.columns.service}</TableHeaderCell>
          <TableHeaderCell>{s.columns.vendor}</TableHeaderCell>
          <TableHeaderCell>{s.columns.rating}</TableHeaderCell>
          <TableHeaderCell>{s.columns.decision}</TableHeaderCell>
          <TableHeaderCell aria-sort={order === 'review' ? 'ascending' : 'none'}>
            <Tooltip
              content={order === 'review' ? strings.reviewDates.sortedByReview : strings.reviewDates.sortByReview}
              relationship="description"
            >
              <Button
                appearance="transparent"
                className={styles.sort}
                icon={order === 'review' ? <ArrowSortDownRegular /> : <ArrowSortRegular />}
                iconPosition="after"
                onClick={() => onOrderChange(order === 'review' ? 'updated' : 'review')}
              >
                {strings.reviewDates.column}
              </Button>
            </Tooltip>
          </TableHeaderCell>
          <TableHeaderCell>{s.columns.progress}</TableHeaderCell>
          {wide && <TableHeaderCell>{s.columns.updated}</TableHeaderCell>}
          <TableHeaderCell className={styles.actions}>
            <VisuallyHidden>{s.actions}</VisuallyHidden>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              <div className={styles.service}>
                <Link as="button" className={styles.serviceLink} aria-label={s.open(item.service)} onClick={() => onOpen(item.id)}>
                  {item.service}
                </Link>
                <Caption1 className={styles.muted}>
                  {item.round > 1 && `${strings.rounds.roundLabel(item.round)} · `}
                  {item.templateTitle} {item.templateVersion}
                  {!wide && ` · ${formatDateTime(item.updatedAt)}`}
                </Caption1>
              </div>
            </TableCell>
            <TableCell>{item.vendor}</TableCell>
            <TableCell>
              <div className={styles.rating}>
                <RatingBadge rating={item.rating} provisional={item.provisional} />
                <Caption1 className={styles.muted}>
                  {s.score(item.score)} · {openQuestionWords(item.openQuestions, item.blockingQuestions)}
                </Caption1>
              </div>
            </TableCell>
            <TableCell>{strings.decision.outcome[item.decision]}</TableCell>
            <TableCell>
              <ReviewCell item={item} today={today} />
            </TableCell>
            <TableCell>
              <div className={styles.progress}>
                <Caption1>{s.progress(item.answered, item.visible)}</Caption1>
                <ProgressBar value={item.visible > 0 ? item.answered / item.visible : 0} thickness="medium" aria-hidden />
              </div>
            </TableCell>
            {wide && <TableCell>{formatDateTime(item.updatedAt)}</TableCell>}
            <TableCell className={styles.actions}>
              <Tooltip content={s.remove(item.service)} relationship="label">
                <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => onDelete(item)} />
              </Tooltip>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
