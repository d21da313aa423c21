import { Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DataPathHop } from '../../../../src/core/assessment-schema';
import { RequiredText } from '../../components/required-text';
import { strings } from '../../i18n/en';
import type { HopPatch } from './hop-editor';
import { JurisdictionPicker } from './jurisdiction-picker';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The hop's jurisdictions as structured values, chosen by ticking, and whether policy switches it off. */
export function HopJurisdictions({ hop, onChange }: { hop: DataPathHop; onChange: (patch: HopPatch) => void }) {
  const styles = useStyles();
  const s = strings.dataPath;
  const [evidence, setEvidence] = useState(hop.offByPolicy?.evidence ?? '');
  const [offTicked, setOffTicked] = useState(hop.offByPolicy !== undefined);
  // Evidence cleared to nothing takes the switch-off off the hop until it is typed again.
  const giveEvidence = (text: string) => {
    setEvidence(text);
    onChange({ offByPolicy: text.trim() ? { evidence: text.trim() } : undefined });
  };
  return (
    <div className={styles.column}>
      <JurisdictionPicker
        id={hop.id}
        label={s.jurisdictions}
        hint={s.jurisdictionsHint}
        jurisdictions={hop.jurisdictions}
        onChange={(jurisdictions) => onChange({ jurisdictions })}
      />
      {hop.jurisdictionNote.trim() !== '' && <Caption1 className={styles.muted}>{s.jurisdictionNote(hop.jurisdictionNote)}</Caption1>}
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
