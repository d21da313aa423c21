import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime } from '../../components/format';
import { strings } from '../../i18n/en';
import { useSessionStore } from '../../state/session-store';

// The session lays out as a column that fills the window: the bar keeps its height rather than shrink under the body.
const useStyles = makeStyles({ bar: { flexShrink: 0 } });

/** Above an earlier round shown read-only: which round, since when it is closed, and the way back. */
export function ReadOnlyRoundBar() {
  const styles = useStyles();
  const s = strings.rounds;
  const { viewing, viewRound } = useSessionStore(useShallow((st) => ({ viewing: st.viewing, viewRound: st.viewRound })));
  if (!viewing) return null;
  const closed = viewing.current.rounds.find((r) => r.round === viewing.round)?.closedAt ?? '';
  return (
    <MessageBar className={styles.bar} intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.readOnlyTitle(viewing.round)}</MessageBarTitle>
        {s.readOnly(formatDateTime(closed))}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void viewRound(undefined)}>{s.backToCurrent}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
