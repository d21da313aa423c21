import { Caption1, Checkbox, Field, Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { JURISDICTION_LABEL, memberStateName } from '../../../../src/core/advice';
import { EU_MEMBER_STATES, JURISDICTION_CODES, type HopJurisdiction, type JurisdictionCode } from '../../../../src/core/jurisdiction';
import { RequiredText } from '../../components/required-text';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, alignItems: 'center' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const memberStates = [...EU_MEMBER_STATES].sort((a, b) => memberStateName(a).localeCompare(memberStateName(b)));

/**
 * Jurisdictions as structured values, chosen by ticking: the EU with an optional member state, the UK,
 * the US, Switzerland, and another country by name. Used by data-path hops and supply-chain providers.
 */
export function JurisdictionPicker({
  id,
  label,
  hint,
  jurisdictions,
  onChange,
}: {
  /** A prefix for the group's element ids, unique on the page. */
  id: string;
  label: string;
  hint: string;
  jurisdictions: readonly HopJurisdiction[];
  onChange: (jurisdictions: HopJurisdiction[]) => void;
}) {
  const styles = useStyles();
  const s = strings.dataPath;
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
  // The other country's name is kept while typing, even when empty (an empty name is not stored).
  const [otherName, setOtherName] = useState(() => {
    const other = byCode.get('other');
    return other?.code === 'other' ? other.name : '';
  });
  const [otherTicked, setOtherTicked] = useState(byCode.has('other'));

  const write = (next: Map<JurisdictionCode, HopJurisdiction>) => onChange(JURISDICTION_CODES.flatMap((c) => next.get(c) ?? []));
  const toggle = (code: JurisdictionCode, on: boolean) => {
    const next = new Map(byCode);
    if (code === 'other') {
      setOtherTicked(on);
      if (on && otherName.trim()) next.set('other', { code: 'other', name: otherName.trim() });
      else next.delete('other');
    } else if (on) next.set(code, { code });
    else next.delete(code);
    write(next);
  };
  // A name cleared to nothing takes the country off until it is typed again.
  const nameOther = (name: string) => {
    setOtherName(name);
    const next = new Map(byCode);
    if (name.trim()) next.set('other', { code: 'other', name: name.trim() });
    else next.delete('other');
    write(next);
  };
  const eu = byCode.get('eu');
  return (
    <div className={styles.column}>
      <div role="group" aria-labelledby={`${id}-jurisdictions`} aria-describedby={`${id}-jurisdictions-hint`}>
        <Label id={`${id}-jurisdictions`}>{label}</Label>
        <div className={styles.group}>
          {JURISDICTION_CODES.map((code) => (
            <Checkbox
              key={code}
              label={JURISDICTION_LABEL[code]}
              checked={code === 'other' ? otherTicked : byCode.has(code)}
              onChange={(_, d) => toggle(code, d.checked === true)}
            />
          ))}
        </div>
        <Caption1 id={`${id}-jurisdictions-hint`} className={styles.muted}>
          {hint}
        </Caption1>
      </div>
      {eu?.code === 'eu' && (
        <Field label={s.memberState}>
          <Select
            value={eu.memberState ?? ''}
            onChange={(_, d) => {
              const next = new Map(byCode);
              next.set('eu', d.value ? { code: 'eu', memberState: d.value as (typeof EU_MEMBER_STATES)[number] } : { code: 'eu' });
              write(next);
            }}
          >
            <option value="">{s.anyMemberState}</option>
            {memberStates.map((m) => (
              <option key={m} value={m}>
                {memberStateName(m)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {otherTicked && (
        <RequiredText label={s.otherName} value={otherName} missing={s.otherMissing} maxLength={100} clears onCommit={nameOther} />
      )}
    </div>
  );
}
