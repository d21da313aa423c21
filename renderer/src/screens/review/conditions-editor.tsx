import { Body1, Button, Field, Input, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DecisionCondition } from '../../../../src/core/assessment-schema';
import { AddRegular, DeleteRegular } from '../../components/icons';
import { RequiredText } from '../../components/required-text';
import { strings } from '../../i18n/en';
import { withOptionalText } from '../../state/assessment-edits';
import { newId } from '../../state/ids';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 3fr) minmax(140px, 1fr) 160px auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    '@media (max-width: 1000px)': { gridTemplateColumns: '1fr 1fr auto' },
  },
  text: { '@media (max-width: 1000px)': { gridColumn: '1 / -1' } },
  remove: { paddingTop: '26px' },
  muted: { color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  addText: { flex: '1 1 320px' },
});

const ownerId = (conditionId: string) => `condition-owner-${conditionId}`;

/** The conditions of an approval, each with an owner and a due date. */
export function ConditionsEditor({
  conditions,
  focusOwnerOf,
  onFocused,
  onChange,
}: {
  conditions: readonly DecisionCondition[];
  /** A condition just made from a finding: its owner field takes the focus, as the buyer adds an owner next. */
  focusOwnerOf?: string | undefined;
  onFocused?: () => void;
  onChange: (conditions: DecisionCondition[]) => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const [draft, setDraft] = useState('');
  useEffect(() => {
    if (focusOwnerOf === undefined) return;
    const owner = document.getElementById(ownerId(focusOwnerOf));
    if (!owner) return;
    owner.scrollIntoView({ block: 'center' });
    owner.focus();
    onFocused?.();
  }, [focusOwnerOf, conditions, onFocused]);
  const edit = (id: string, patch: Partial<DecisionCondition>) => onChange(conditions.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  const add = () => {
    if (draft.trim() === '') return;
    onChange([...conditions, { id: newId('condition'), text: draft.trim(), owner: '' }]);
    setDraft('');
  };
  return (
    <>
      {conditions.length === 0 ? (
        <Body1 className={styles.muted}>{s.noConditions}</Body1>
      ) : (
        <ol className={styles.list}>
          {conditions.map((c, i) => (
            <li key={c.id} className={styles.row}>
              <RequiredText
                className={styles.text}
                label={`${s.condition} ${i + 1}`}
                value={c.text}
                missing={s.conditionMissing}
                maxLength={4000}
                onCommit={(text) => edit(c.id, { text })}
              />
              <Field label={s.owner}>
                <Input id={ownerId(c.id)} value={c.owner} maxLength={300} onChange={(_, d) => edit(c.id, { owner: d.value })} />
              </Field>
              <Field label={s.due}>
                <Input
                  type="date"
                  value={c.due ?? ''}
                  onChange={(_, d) => onChange(conditions.map((x) => (x.id === c.id ? withOptionalText(x, 'due', d.value) : x)))}
                />
              </Field>
              <div className={styles.remove}>
                <Tooltip content={s.removeCondition(i + 1)} relationship="label">
                  <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => onChange(conditions.filter((x) => x.id !== c.id))} />
                </Tooltip>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.add}>
        <Field label={s.newCondition} className={styles.addText}>
          <Input value={draft} maxLength={4000} onChange={(_, d) => setDraft(d.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        </Field>
        <Button icon={<AddRegular />} onClick={add} disabled={draft.trim() === ''}>
          {s.addCondition}
        </Button>
      </div>
    </>
  );
}
