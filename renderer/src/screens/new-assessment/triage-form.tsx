import { makeStyles, tokens } from '@fluentui/react-components';
import type { Profile, ProfileValue } from '../../../../src/core/assessment-schema';
import { visibleTriage } from '../../../../src/core/engine/visibility';
import type { Template } from '../../../../src/core/template-schema';
import { TriageField } from './triage-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '760px' },
});

/** The triage questions that apply given the answers so far, in template order. */
export function TriageForm({
  template,
  profile,
  errors,
  onChange,
}: {
  template: Template;
  profile: Profile;
  errors: Readonly<Record<string, string>>;
  onChange: (questionId: string, value: ProfileValue | undefined) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      {visibleTriage(template, profile).map((q) => (
        <TriageField key={q.id} question={q} value={profile[q.id]} error={errors[q.id]} onChange={(v) => onChange(q.id, v)} />
      ))}
    </div>
  );
}

/** The required questions left empty, as messages by question id. */
export function missingRequired(template: Template, profile: Profile, message: (label: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of visibleTriage(template, profile)) {
    const v = profile[q.id];
    const empty = v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    if (q.required && empty) errors[q.id] = message(q.label);
  }
  return errors;
}

/** The profile with answers to questions that no longer apply removed. */
export function visibleProfile(template: Template, profile: Profile): Profile {
  const shown = new Set(visibleTriage(template, profile).map((q) => q.id));
  const out: Profile = { vendor: profile.vendor, service: profile.service };
  for (const [k, v] of Object.entries(profile)) if (shown.has(k) && v !== undefined) out[k] = v;
  return out;
}
