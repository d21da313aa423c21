import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { strings } from '../i18n/en';

const useStyles = makeStyles({
  more: { marginTop: '4px', fontSize: '12px', cursor: 'pointer' },
  details: { margin: '4px 0 0', paddingLeft: '20px', overflowWrap: 'anywhere' },
});

/** An error shown where it happened, as a sentence, with the file's problems listed under it when there are any. */
export function ErrorBar({
  message,
  title,
  details = [],
  onRetry,
  onDismiss,
}: {
  message: string;
  title?: string;
  details?: readonly string[];
  onRetry?: () => void;
  onDismiss?: () => void;
}) {
  const styles = useStyles();
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {title && <MessageBarTitle>{title}</MessageBarTitle>}
          {message}
          {details.length > 0 && (
            <details className={styles.more}>
              <summary>{strings.errors.details(details.length)}</summary>
              <ul className={styles.details}>
                {details.slice(0, 20).map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </details>
          )}
        </MessageBarBody>
        {(onRetry || onDismiss) && (
          <MessageBarActions>
            {onRetry && <Button onClick={onRetry}>{strings.errors.retry}</Button>}
            {onDismiss && <Button onClick={onDismiss}>{strings.errors.dismiss}</Button>}
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
}
