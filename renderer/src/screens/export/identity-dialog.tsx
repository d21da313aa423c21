import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Settings } from '../../../../src/core/settings-schema';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Each action on one line: Fluent gives dialog buttons a narrow width that would break "Save and export".
  action: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** True when the report would go out without a name or an organisation and the user was never asked for them. */
export function shouldAskIdentity(settings: Settings): boolean {
  return !settings.identityAsked && (settings.assessor.trim() === '' || settings.organisation.trim() === '');
}

/** What the user chose: their name and organisation, skip (asked once, never again), or cancel (no export). */
export type IdentityChoice = { kind: 'save'; assessor: string; organisation: string } | { kind: 'skip' } | { kind: 'cancel' };

/** Asks once, before the first PDF report, for the assessor's name and organisation that its cover and author carry. */
export function IdentityDialog({
  open,
  settings,
  onChoose,
}: {
  open: boolean;
  settings: Settings;
  onChoose: (choice: IdentityChoice) => void;
}) {
  const styles = useStyles();
  const s = strings.readerPolish;
  const [assessor, setAssessor] = useState(settings.assessor);
  const [organisation, setOrganisation] = useState(settings.organisation);
  const filled = assessor.trim() !== '' || organisation.trim() !== '';
  const save = () => onChoose({ kind: 'save', assessor: assessor.trim(), organisation: organisation.trim() });
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && onChoose({ kind: 'cancel' })}>
      <DialogSurface aria-describedby="identity-intro">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (filled) save();
          }}
        >
          <DialogBody>
            <DialogTitle>{s.identityTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 id="identity-intro">{s.identityIntro}</Body1>
              <Field label={s.identityName}>
                <Input value={assessor} maxLength={300} autoFocus onChange={(_, d) => setAssessor(d.value)} />
              </Field>
              <Field label={s.identityOrganisation}>
                <Input value={organisation} maxLength={300} onChange={(_, d) => setOrganisation(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!filled} className={styles.action}>
                {s.identitySave}
              </Button>
              <Button onClick={() => onChoose({ kind: 'skip' })}>{s.identitySkip}</Button>
              <Button onClick={() => onChoose({ kind: 'cancel' })}>{s.identityCancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
