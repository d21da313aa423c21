import { Button, Card, Field, Input, Subtitle2, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DataPathHop } from '../../../../src/core/assessment-schema';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '../../components/icons';
import { RequiredText } from '../../components/required-text';
import { strings } from '../../i18n/en';
import { HopJurisdictions } from './hop-jurisdictions';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flex: '1 1 auto', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  wide: { gridColumn: '1 / -1' },
});

/** A change to some fields of a hop; `undefined` clears an optional field. */
export type HopPatch = { [K in keyof DataPathHop]?: DataPathHop[K] | undefined };

/** A hop with a patch applied: fields set to `undefined` are removed. */
export function applyHopPatch(hop: DataPathHop, patch: HopPatch): DataPathHop {
  const merged: Record<string, unknown> = { ...hop, ...patch };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as DataPathHop;
}

const parseKinds = (text: string) =>
  text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .slice(0, 50);

/** One hop of the data path: who handles the data, where, which kinds of data, and for how long. */
export function HopEditor({
  hop,
  number,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  hop: DataPathHop;
  number: number;
  count: number;
  onChange: (patch: HopPatch) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const s = strings.dataPath;
  // Typed as text, stored as a list: the text keeps the user's commas and spaces while typing.
  const [kinds, setKinds] = useState(hop.dataKinds.join(', '));
  return (
    <Card className={styles.card} role="group" aria-labelledby={`hop-title-${hop.id}`}>
      <div className={styles.head}>
        <Subtitle2 as="h4" id={`hop-title-${hop.id}`} className={styles.title}>
          {s.hop(number)}: {hop.component}
        </Subtitle2>
        <Tooltip content={s.moveUp(number)} relationship="label">
          <Button appearance="subtle" icon={<ArrowUpRegular />} disabled={number === 1} onClick={() => onMove(-1)} />
        </Tooltip>
        <Tooltip content={s.moveDown(number)} relationship="label">
          <Button appearance="subtle" icon={<ArrowDownRegular />} disabled={number === count} onClick={() => onMove(1)} />
        </Tooltip>
        <Tooltip content={s.remove(number)} relationship="label">
          <Button appearance="subtle" icon={<DeleteRegular />} onClick={onRemove} />
        </Tooltip>
      </div>
      <div className={styles.fields}>
        <RequiredText
          label={s.component}
          value={hop.component}
          missing={s.componentMissing}
          maxLength={300}
          onCommit={(component) => onChange({ component })}
        />
        <Field label={s.operator}>
          <Input value={hop.operator} maxLength={300} onChange={(_, d) => onChange({ operator: d.value })} />
        </Field>
        <Field label={s.region}>
          <Input value={hop.region} maxLength={300} onChange={(_, d) => onChange({ region: d.value })} />
        </Field>
        <div className={styles.wide}>
          <HopJurisdictions hop={hop} onChange={onChange} />
        </div>
        <Field label={s.dataKinds} className={styles.wide}>
          <Input
            value={kinds}
            onChange={(_, d) => {
              setKinds(d.value);
              onChange({ dataKinds: parseKinds(d.value) });
            }}
          />
        </Field>
        <Field label={s.retention} className={styles.wide}>
          <Input value={hop.retention} maxLength={300} onChange={(_, d) => onChange({ retention: d.value })} />
        </Field>
      </div>
    </Card>
  );
}
