import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ProfileValue } from '../../../../src/core/assessment-schema';
import type { TriageQuestion } from '../../../../src/core/template-schema';
import { readDecimal } from '../../components/decimal';
import { DecimalInput } from '../../components/decimal-input';
import { fieldLabel, useRequiredMarkStyles } from '../../components/field-label';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, border: 'none', margin: 0, padding: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  options: { display: 'flex', flexDirection: 'column' },
  error: { color: tokens.colorPaletteRedForeground1 },
  number: { maxWidth: '220px' },
});

const SHORT_TEXT = new Set(['vendor', 'service']);

/** One triage question as the control its kind calls for: text, single or multiple choice, number, date or yes/no. */
export function TriageField({
  question,
  value,
  error,
  onChange,
}: {
  question: TriageQuestion;
  value: ProfileValue | undefined;
  error?: string | undefined;
  onChange: (value: ProfileValue | undefined) => void;
}) {
  const styles = useStyles();
  const marks = useRequiredMarkStyles();
  const labelId = useId();
  const hint = question.help;
  const common = {
    label: fieldLabel(question.label, question.required, marks.mark),
    required: question.required,
    hint: hint ?? null,
    validationMessage: error ?? null,
  } as const;
  // Said by the field itself, since the marker beside the label is not part of its name.
  const ariaRequired = question.required ? true : undefined;

  switch (question.kind) {
    case 'text': {
      const text = typeof value === 'string' ? value : '';
      return SHORT_TEXT.has(question.id) ? (
        <Field {...common}>
          <Input aria-required={ariaRequired} value={text} maxLength={300} onChange={(_, d) => onChange(d.value)} />
        </Field>
      ) : (
        <Field {...common}>
          <Textarea
            aria-required={ariaRequired}
            value={text}
            maxLength={4000}
            resize="vertical"
            rows={2}
            onChange={(_, d) => onChange(d.value === '' ? undefined : d.value)}
          />
        </Field>
      );
    }
    case 'single': {
      const options = question.options ?? [];
      const chosen = typeof value === 'string' ? value : '';
      if (options.length > 7)
        return (
          <Field {...common}>
            <Select aria-required={ariaRequired} value={chosen} onChange={(_, d) => onChange(d.value === '' ? undefined : d.value)}>
              <option value="">{strings.triage.notAnswered}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        );
      return (
        <Field {...common}>
          <RadioGroup aria-required={ariaRequired} value={chosen} onChange={(_, d) => onChange(d.value)}>
            {options.map((o) => (
              <Radio key={o.id} value={o.id} label={o.label} />
            ))}
          </RadioGroup>
        </Field>
      );
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      const toggle = (id: string, on: boolean) => {
        const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
        onChange(next.length > 0 ? next : undefined);
      };
      return (
        <div role="group" aria-labelledby={labelId} className={styles.group}>
          <Label id={labelId} weight="regular" required={question.required ? { className: marks.mark, children: '' } : false}>
            {question.label}
          </Label>
          <div className={styles.options}>
            {(question.options ?? []).map((o) => (
              <Checkbox key={o.id} label={o.label} checked={chosen.includes(o.id)} onChange={(_, d) => toggle(o.id, d.checked === true)} />
            ))}
          </div>
          {hint && <Caption1 className={styles.hint}>{hint}</Caption1>}
          {error && <Caption1 className={styles.error}>{error}</Caption1>}
        </div>
      );
    }
    case 'number':
      return <NumberField question={question} value={typeof value === 'number' ? value : undefined} error={error} onChange={onChange} />;
    case 'date':
      return (
        <Field {...common}>
          <Input
            type="date"
            value={typeof value === 'string' ? value : ''}
            onChange={(_, d) => onChange(d.value === '' ? undefined : d.value)}
          />
        </Field>
      );
    case 'boolean':
      return (
        <Field {...common}>
          <RadioGroup
            layout="horizontal"
            value={value === true ? 'yes' : value === false ? 'no' : ''}
            onChange={(_, d) => onChange(d.value === 'yes')}
          >
            <Radio value="yes" label={strings.triage.yes} />
            <Radio value="no" label={strings.triage.no} />
          </RadioGroup>
        </Field>
      );
  }
}

function NumberField({
  question,
  value,
  error,
  onChange,
}: {
  question: TriageQuestion;
  value: number | undefined;
  error: string | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const styles = useStyles();
  const marks = useRequiredMarkStyles();
  // What the user typed stays on screen even while it is not yet a number.
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parsed = readDecimal(text);
  const invalid = parsed !== undefined && !Number.isFinite(parsed);
  const unit = question.unit ? strings.triage.unit[question.unit] : '';
  return (
    <Field
      label={fieldLabel(question.label, question.required, marks.mark)}
      required={question.required}
      hint={question.help ?? null}
      validationMessage={invalid ? strings.triage.numberInvalid : (error ?? null)}
    >
      <DecimalInput className={styles.number} required={question.required} text={text} unit={unit} onText={setText} onNumber={onChange} />
    </Field>
  );
}
