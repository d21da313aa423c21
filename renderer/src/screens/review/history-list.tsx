import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { wordHistoryEvent, type HistoryEntry } from '../../../../src/core/history';
import { formatDateTime } from '../../components/format';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '760px',
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The assessment's history, newest first, each entry worded in the window's language. */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  const styles = useStyles();
  const s = strings.history;
  if (history.length === 0) return <Body1 className={styles.muted}>{s.empty}</Body1>;
  const newestFirst = history.map((entry, index) => ({ entry, index })).reverse();
  return (
    <ol className={styles.list} aria-label={s.title}>
      {newestFirst.map(({ entry, index }) => (
        <li key={index} className={styles.item}>
          <Body1>{wordHistoryEvent(entry.event, s.event)}</Body1>
          <Caption1 className={styles.muted}>{s.entry(entry.by.trim(), formatDateTime(entry.at))}</Caption1>
        </li>
      ))}
    </ol>
  );
}
