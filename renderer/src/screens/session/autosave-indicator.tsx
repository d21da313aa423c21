import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../i18n/en';
import type { SaveStatus } from '../../state/session-store';

const useStyles = makeStyles({
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: '96px',
    color: tokens.colorNeutralForeground3,
  },
  error: { color: tokens.colorPaletteRedForeground1, maxWidth: '360px' },
});

/** Whether the latest change is on disk: "Saving…", "Saved", or why it is not, with a retry. */
export function AutosaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const styles = useStyles();
  const s = strings.session;
  if (status.state === 'error')
    return (
      <div className={styles.status} role="alert">
        <Caption1 className={styles.error}>{s.notSaved(status.message)}</Caption1>
        <Button size="small" onClick={onRetry}>
          {strings.errors.retry}
        </Button>
      </div>
    );
  return (
    <div className={styles.status} role="status">
      {status.state === 'saving' && <Spinner size="extra-tiny" aria-hidden />}
      <Caption1>{status.state === 'saved' ? s.saved : status.state === 'saving' ? s.saving : s.pending}</Caption1>
    </div>
  );
}
