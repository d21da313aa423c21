import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { LibraryMessage } from '../state/app-store';
import { strings } from '../i18n/en';
import { ErrorBar } from './error-bar';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The library's messages: errors as alerts, the rest as polite status lines with their action. */
export function MessageList({ messages, onDismiss }: { messages: readonly LibraryMessage[]; onDismiss: (id: number) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {messages.map((m) =>
        m.intent === 'error' ? (
          <ErrorBar key={m.id} message={m.text} details={m.details ?? []} onDismiss={() => onDismiss(m.id)} />
        ) : (
          <div key={m.id} role="status">
            <MessageBar intent={m.intent} layout="multiline">
              <MessageBarBody>{m.text}</MessageBarBody>
              <MessageBarActions>
                {m.action && (
                  <Button
                    onClick={() => {
                      onDismiss(m.id);
                      m.action?.run();
                    }}
                  >
                    {m.action.label}
                  </Button>
                )}
                <Button appearance="transparent" onClick={() => onDismiss(m.id)}>
                  {strings.errors.dismiss}
                </Button>
              </MessageBarActions>
            </MessageBar>
          </div>
        ),
      )}
    </div>
  );
}
