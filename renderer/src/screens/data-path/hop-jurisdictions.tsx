import { Caption1, Checkbox, Field, Label, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { JURISDICTION_LABEL, memberStateName } from '../../../../src/core/advice';
import type { DataPathHop } from '../../../../src/core/assessment-schema';
import { EU_MEMBER_STATES, JURISDICTION_CODES, type HopJurisdiction, type JurisdictionCode } from '../../../../src/core/jurisdiction';
import { RequiredText } from '../../components/required-text';
import { strings } from '../../i18n/en';
import type { HopPatch } from './hop-editor';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, alignItems: 'center' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const memberStates = [...EU_MEMBER_STATES].sort((a, b) => memberStateName(a).localeCompare(memberStateName(b)));

/** The hop's jurisdictions as structured values, chosen by ticking, and whether policy switches it off. */
export function HopJurisdictions({ hop, onChange }: { hop: DataPathHop; onChange: (patch: HopPatch) => void }) {
  const styles = useStyles();
  const s = strings.dataPath;
  const byCode = new Map(hop.jurisdictions.map((j) => [j.code, j]));
  // The other country's name is kept while typing, even when empty (an empty name is not stored).
  const [otherName, setOtherName] = useState(() => {
    const other = byCode.get('other');
    return other?.code === 'other' ? other.name : '';
  });
  const [otherTicked, setOtherTicked] = useState(byCode.has('other'));
  const [evidence, setEvidence] = useState(hop.offByPolicy?.evidence ?? '');
  const [offTicked, setOffTicked] = useState(hop.offByPolicy !== undefined);

  const write = (next: Map<JurisdictionCode, HopJurisdiction>) =>
    onChange({ jurisdictions: JURISDICTION_CODES.flatMap((c) => next.get(c) ?? []) });
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
  // A name or evidence cleared to nothing takes the country, or the switch-off, off the hop until it is typed again.
  const nameOther = (name: string) => {
    setOtherName(name);
    const next = new Map(byCode);
    if (name.trim()) next.set('other', { code: 'other', name: name.trim() });
    else next.delete('other');
    write(next);
  };
  const giveEvidence = (text: string) => {
    setEvidence(text);
    onChange({ offByPolicy: text.trim() ? { evidence: text.trim() } : undefined });
  };
  const eu = byCode.get('eu');
  return (
    <div className={styles.column}>
      <div role="group" aria-labelledby={`${hop.id}-jurisdictions`} aria-describedby={`${hop.id}-jurisdictions-hint`}>
        <Label id={`${hop.id}-jurisdictions`}>{s.jurisdictions}</Label>
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
        <Caption1 id={`${hop.id}-jurisdictions-hint`} className={styles.muted}>
          {s.jurisdictionsHint}
        </Caption1>
      </div>
      {hop.jurisdictionNote.trim() !== '' && <Caption1 className={styles.muted}>{s.jurisdictionNote(hop.jurisdictionNote)}</Caption1>}
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
      <Switch
        label={s.offByPolicy}
        checked={offTicked}
        onChange={(_, d) => {
          setOffTicked(d.checked);
          if (!d.checked) onChange({ offByPolicy: undefined });
          else if (evidence.trim()) onChange({ offByPolicy: { evidence: evidence.trim() } });
        }}
      />
      {offTicked && (
        <RequiredText
          label={s.offEvidence}
          value={evidence}
          missing={s.offEvidenceMissing}
          maxLength={2000}
          clears
          onCommit={giveEvidence}
        />
      )}
    </div>
  );
}
