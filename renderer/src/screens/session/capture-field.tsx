import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckCapture } from '../../../../src/core/template-schema';
import { readDecimal } from '../../components/decimal';
import { DecimalInput } from '../../components/decimal-input';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  number: { maxWidth: '240px' },
  date: { maxWidth: '240px' },
});

function rangeProblem(capture: CheckCapture, n: number): string | undefined {
  if (capture.kind !== 'number') return undefined;
  if ((capture.min !== undefined && n < capture.min) || (capture.max !== undefined && n > capture.max))
    return strings.checks.captureRange(capture.min, capture.max);
  return undefined;
}

/** The figure, date or text a check asks for beside its graded answer, e.g. a retention period in days. */
export function CaptureField({
  capture,
  value,
  mismatch,
  onChange,
}: {
  capture: CheckCapture;
  value: number | string | undefined;
  /** Why the figure does not fit the chosen answer, shown as a warning under it. */
  mismatch?: string | undefined;
  onChange: (value: number | string | undefined) => void;
}) {
  const styles = useStyles();
  // The typed text is kept as typed, so a half-written or out-of-range figure is shown, never dropped.
  const [text, setText] = useState(value === undefined ? '' : String(value));

  if (capture.kind === 'date')
    return (
      <Field label={capture.label}>
        <Input
          className={styles.date}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(_, d) => onChange(d.value === '' ? undefined : d.value)}
        />
      </Field>
    );
  if (capture.kind === 'text')
    return (
      <Field label={capture.label}>
        <Input value={text} maxLength={4000} onChange={(_, d) => (setText(d.value), onChange(d.value === '' ? undefined : d.value))} />
      </Field>
    );

  const n = readDecimal(text);
  const problem = n === undefined ? undefined : Number.isFinite(n) ? rangeProblem(capture, n) : strings.checks.captureInvalid;
  const unit = strings.triage.unit[capture.unit] ?? '';
  return (
    <Field
      label={capture.label}
      validationMessage={problem ?? mismatch ?? null}
      validationState={problem ? 'error' : mismatch ? 'warning' : 'none'}
    >
      <DecimalInput className={styles.number} text={text} unit={unit} onText={setText} onNumber={onChange} />
    </Field>
  );
}
