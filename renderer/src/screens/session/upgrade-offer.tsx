import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { UpgradeOffer as Offer } from '../../../../src/core/ipc-contract';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { useSessionStore } from '../../state/session-store';

type Plan = NonNullable<Offer['offer']>;

const useStyles = makeStyles({
  list: { margin: '4px 0 12px', paddingLeft: '20px', maxHeight: '160px', overflowY: 'auto', overflowWrap: 'anywhere' },
  heading: { fontSize: '14px', fontWeight: 600, margin: '12px 0 0' },
});

function Section({ title, items }: { title: string; items: { id: string; text: string }[] }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {title}
      </h3>
      {items.length === 0 ? (
        <p>{strings.upgrade.none}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((x) => (
            <li key={x.id}>{x.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The offer to move an opened assessment to a newer version of its checklist: a message bar, then a dialog. */
export function UpgradeOffer({ id, version }: { id: string; version: string }) {
  const s = strings.upgrade;
  const [plan, setPlan] = useState<Plan | undefined>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    // The session screen keys this component by assessment and version, so a new one starts with no plan.
    let live = true;
    client.planUpgrade({ id }).then(
      (r) => live && r.offer && setPlan(r.offer),
      () => undefined, // no offer is no loss: the assessment opens as it is
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  if (!plan) return null;
  // "Not now" leaves the assessment as it is; the offer comes back the next time it is opened.
  const decline = () => {
    setOpen(false);
    setPlan(undefined);
  };
  const upgrade = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const session = useSessionStore.getState();
      await session.flush();
      const opened = await client.upgradeAssessment({ id, templateRef: plan.templateRef });
      setOpen(false);
      setPlan(undefined);
      await session.show(opened, useAppStore.getState().positions[id]);
    } catch (e) {
      setError(errorMessage(e, s.failed));
    } finally {
      setBusy(false);
    }
  };
  const named = (list: { id: string; prompt: string }[]) => list.map((x) => ({ id: x.id, text: `${x.id}: ${x.prompt}` }));

  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.barTitle}</MessageBarTitle>
          {s.bar(plan.title, plan.from, plan.to)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setOpen(true)}>{s.review}</Button>
          <Button onClick={decline}>{s.notNow}</Button>
        </MessageBarActions>
      </MessageBar>
      <Dialog open={open} onOpenChange={(_, d) => !d.open && !busy && setOpen(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.dialogTitle(plan.title, plan.from, plan.to)}</DialogTitle>
            <DialogContent>
              <p>{s.intro}</p>
              {error && <ErrorBar message={error} />}
              <Section
                title={s.flagged(plan.flagged.length)}
                items={plan.flagged.map((f) => ({
                  id: f.id,
                  text: `${f.id}: ${f.prompt} (${[...f.reasons.map((r) => s.reasons[r]), ...(f.cleared ? [s.cleared] : [])].join('; ')})`,
                }))}
              />
              <Section title={s.added(plan.added.length)} items={named(plan.added)} />
              <Section title={s.kept(plan.kept.length)} items={named(plan.kept)} />
              {plan.removed.length > 0 && <Section title={s.removed(plan.removed.length)} items={named(plan.removed)} />}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => void upgrade()}>
                {busy ? s.upgrading : s.upgrade}
              </Button>
              <Button disabled={busy} onClick={decline}>
                {s.notNow}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
