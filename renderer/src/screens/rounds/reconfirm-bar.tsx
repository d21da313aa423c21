import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
  },
  hint: { flex: '1 1 240px', color: tokens.colorNeutralForeground1 },
});

/** On an answer carried forward from the last round: the "to re-confirm" mark and a one-click "Confirm". */
export function ReconfirmBar({ title, onConfirm }: { title: string; onConfirm: () => void }) {
  const styles = useStyles();
  const s = strings.rounds;
  return (
    <div className={styles.bar} role="group" aria-label={s.reconfirmBadge}>
      <Badge appearance="filled" color="warning">
        {s.reconfirmBadge}
      </Badge>
      <Caption1 className={styles.hint}>{s.reconfirmHint}</Caption1>
      <Button appearance="primary" size="small" aria-label={s.confirmLabel(title)} onClick={onConfirm}>
        {s.confirm}
      </Button>
    </div>
  );
}
