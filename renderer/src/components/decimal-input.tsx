import { Input } from '@fluentui/react-components';
import { readDecimal } from './decimal';

/**
 * A number typed as text (a comma or a point as the decimal mark). The parent keeps the text, so what
 * the user typed stays on screen even while it is not a number; only a number, or nothing, is passed on.
 */
export function DecimalInput({
  text,
  unit,
  className,
  required,
  onText,
  onNumber,
}: {
  text: string;
  unit: string;
  className: string;
  /** Marks the field required for assistive technology (the visible marker sits outside the label). */
  required?: boolean;
  onText: (text: string) => void;
  onNumber: (value: number | undefined) => void;
}) {
  return (
    <Input
      aria-required={required ? true : undefined}
      className={className}
      inputMode="decimal"
      value={text}
      contentAfter={unit || null}
      onChange={(_, d) => {
        onText(d.value);
        const n = readDecimal(d.value);
        if (n === undefined || Number.isFinite(n)) onNumber(n);
      }}
    />
  );
}
