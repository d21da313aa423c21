import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

/**
 * A text field whose stored value may not be empty: what the user types stays on screen, and only a
 * non-empty value is committed, so clearing the field never produces an assessment that cannot be saved.
 * With `clears`, an emptied field commits '' so the caller can remove an optional value it belongs to.
 */
export function RequiredText({
  label,
  value,
  missing,
  maxLength,
  multiline = false,
  className,
  clears = false,
  onCommit,
}: {
  label: string;
  value: string;
  missing: string;
  maxLength: number;
  multiline?: boolean;
  className?: string;
  /** An emptied field commits '' (the caller removes the value) instead of keeping the last one. */
  clears?: boolean;
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const empty = text.trim() === '';
  const change = (next: string) => {
    setText(next);
    if (clears || next.trim() !== '') onCommit(next);
  };
  return (
    <Field label={label} required validationMessage={empty ? missing : null} className={className ?? ''}>
      {multiline ? (
        <Textarea value={text} maxLength={maxLength} resize="vertical" onChange={(_, d) => change(d.value)} />
      ) : (
        <Input value={text} maxLength={maxLength} onChange={(_, d) => change(d.value)} />
      )}
    </Field>
  );
}
