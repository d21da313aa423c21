import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { PendingConflict } from '../../state/app-store';
import { strings } from '../../i18n/en';

/** Asks what to do with an imported assessment that is already in the library: replace, keep both, or cancel. */
export function ImportConflictDialog({
  conflict,
  onChoose,
}: {
  conflict: PendingConflict | undefined;
  onChoose: (choice: 'replace' | 'keep-both' | 'cancel') => void;
}) {
  const s = strings.library.conflict;
  return (
    <Dialog open={conflict !== undefined} modalType="alert" onOpenChange={(_, d) => !d.open && onChoose('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.title}</DialogTitle>
          <DialogContent>{conflict && s.body(conflict.service, conflict.existingService)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('replace')}>
              {s.replace}
            </Button>
            <Button onClick={() => onChoose('keep-both')}>{s.keepBoth}</Button>
            <Button onClick={() => onChoose('cancel')}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
