import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { APPROVING_OUTCOMES, approvalGate } from '../../../../src/core/approval';
import type { Decision } from '../../../../src/core/assessment-schema';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../../src/core/decision-outcome';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import type { Rating } from '../../../../src/core/risk';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
});

/** An approval of a high or critical service waiting for its confirmation. */
interface Pending {
  outcome: DecisionOutcome;
  rating: Rating;
  provisional: boolean;
}

/**
 * The buyer's decision on the service and the reasons for it. Approving is not offered while a blocking
 * question is open; approving a service rated high or critical asks for a confirmation and a rationale,
 * which go into the history.
 */
export function DecisionEditor({
  decision,
  evaluation,
  onChange,
  onAccept,
  onShowOpenQuestions,
}: {
  decision: Decision;
  evaluation: Evaluation;
  onChange: (edit: (d: Decision) => Decision) => void;
  onAccept: (outcome: DecisionOutcome, accepted: { rating: Rating; provisional: boolean; rationale: string }) => void;
  onShowOpenQuestions: () => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const [pending, setPending] = useState<Pending | undefined>();
  const [reason, setReason] = useState('');
  const blocked = approvalGate(evaluation, 'approve');
  const choose = (outcome: DecisionOutcome) => {
    const gate = approvalGate(evaluation, outcome);
    if (!gate.allowed) return;
    if (gate.confirm) {
      setReason('');
      setPending({ outcome, rating: gate.rating, provisional: gate.provisional });
      return;
    }
    onChange((x) => ({ ...x, outcome }));
  };
  const ratingName = pending ? strings.risk.rating[pending.rating].toLowerCase() : '';
  return (
    <div className={styles.root}>
      {!blocked.allowed && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {s.approvalBlocked(blocked.checkIds.length)}{' '}
            <Link as="button" inline onClick={onShowOpenQuestions}>
              {s.showOpenQuestions}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.outcome}>
        <RadioGroup layout="horizontal" value={decision.outcome} onChange={(_, d) => choose(d.value as DecisionOutcome)}>
          {DECISION_OUTCOMES.map((o) => (
            <Radio
              key={o}
              value={o}
              label={strings.decision.choice[o]}
              disabled={!blocked.allowed && APPROVING_OUTCOMES.includes(o) && decision.outcome !== o}
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.rationale}>
        <Textarea
          value={decision.rationale}
          maxLength={4000}
          rows={6}
          resize="vertical"
          onChange={(_, d) => onChange((x) => ({ ...x, rationale: d.value }))}
        />
      </Field>
      <Dialog open={pending !== undefined} onOpenChange={(_, d) => !d.open && setPending(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmTitle(strings.decision.choice[pending?.outcome ?? 'approve'], ratingName)}</DialogTitle>
            <DialogContent>
              <Field label={s.confirmRationale} required validationMessage={reason.trim() ? null : s.confirmRationaleMissing}>
                <Textarea value={reason} maxLength={4000} rows={5} resize="vertical" onChange={(_, d) => setReason(d.value)} />
              </Field>
              <p>{s.confirmNote(pending?.provisional ?? false)}</p>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setPending(undefined)}>{s.confirmCancel}</Button>
              <Button
                appearance="primary"
                disabled={reason.trim() === ''}
                onClick={() => {
                  if (!pending) return;
                  onAccept(pending.outcome, { rating: pending.rating, provisional: pending.provisional, rationale: reason.trim() });
                  setPending(undefined);
                }}
              >
                {s.confirmAccept}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
