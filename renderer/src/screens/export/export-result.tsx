import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { OpenRegular } from '../../components/icons';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  path: { overflowWrap: 'anywhere' },
});

/** Where an exported file went, with a button to open it in the system's default application. */
export function ExportResult({ filePath, token }: { filePath: string; token: string }) {
  const styles = useStyles();
  const s = strings.exportScreen;
  const [failure, setFailure] = useState<string>();
  const open = async () => {
    setFailure(undefined);
    try {
      const r = await client.openSaved({ token });
      if (!r.opened) setFailure(s.openFailed);
    } catch (error) {
      setFailure(errorMessage(error, s.openFailed));
    }
  };
  return (
    <>
      <div role="status">
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.path}>{s.savedTo(filePath)}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<OpenRegular />} onClick={() => void open()}>
              {s.openFile}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
      {failure && <ErrorBar message={failure} onDismiss={() => setFailure(undefined)} />}
    </>
  );
}
