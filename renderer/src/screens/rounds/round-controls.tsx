import { Badge, Button, Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { answersToReconfirm, roundNumbers } from '../../../../src/core/rounds';
import { formatDateTime } from '../../components/format';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { useSessionStore } from '../../state/session-store';

const useStyles = makeStyles({
  controls: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** In the session header: the answers still to re-confirm, the round shown (earlier ones read-only) and the way to the diff. */
export function RoundControls() {
  const styles = useStyles();
  const s = strings.rounds;
  const pickerId = useId();
  const { assessment, viewing, viewRound } = useSessionStore(
    useShallow((st) => ({ assessment: st.assessment, viewing: st.viewing, viewRound: st.viewRound })),
  );
  const current = viewing?.current ?? assessment;
  if (!current) return null;
  const toReconfirm = viewing ? 0 : answersToReconfirm(current).length;
  const numbers = roundNumbers(current);
  const shown = viewing?.round ?? current.round;
  return (
    <div className={styles.controls}>
      {toReconfirm > 0 && (
        <Badge appearance="tint" color="warning">
          {s.toReconfirm(toReconfirm)}
        </Badge>
      )}
      {numbers.length > 1 && (
        <>
          <Label htmlFor={pickerId} size="small">
            {s.picker}
          </Label>
          <Select id={pickerId} size="small" value={String(shown)} onChange={(_, d) => void viewRound(Number(d.value))}>
            {current.rounds.map((r) => (
              <option key={r.round} value={r.round}>
                {s.closed(r.round, formatDateTime(r.closedAt))}
              </option>
            ))}
            <option value={current.round}>{s.current(current.round)}</option>
          </Select>
          <Button size="small" onClick={() => useAppStore.getState().navigate({ name: 'round-diff', id: current.id })}>
            {s.changes}
          </Button>
        </>
      )}
    </div>
  );
}
