import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { strings } from '../../i18n/en';
import { useSessionStore } from '../../state/session-store';

/** "Start a new round" on the review, with a dialog that says what starting one does before it does it. */
export function StartRound({ id, round }: { id: string; round: number }) {
  const s = strings.rounds;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const session = useSessionStore.getState();
      await session.flush();
      const opened = await client.startRound({ id });
      setOpen(false);
      // The new round opens on its checks: that is where the answers wait to be re-confirmed.
      await session.show(opened, { screen: 'checks' });
    } catch (e) {
      setError(errorMessage(e, s.startFailed));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div>
        <Button onClick={() => setOpen(true)}>{s.start}</Button>
      </div>
      <Dialog open={open} onOpenChange={(_, d) => !d.open && !busy && setOpen(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.startTitle(round + 1)}</DialogTitle>
            <DialogContent>
              <p>{s.startIntro(round)}</p>
              <ul>
                {s.startWhat.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {error && <ErrorBar message={error} />}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => void start()}>
                {busy ? s.starting : s.startTitle(round + 1).replace(/\?$/, '')}
              </Button>
              <Button disabled={busy} onClick={() => setOpen(false)}>
                {s.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
