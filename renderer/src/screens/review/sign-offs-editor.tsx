import { Body1, Button, Field, Input, Select, Textarea, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SignOff } from '../../../../src/core/assessment-schema';
import { AddRegular, DeleteRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { withOptionalText } from '../../state/assessment-edits';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, 1fr) minmax(200px, 2fr) 160px 140px auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    '@media (max-width: 1000px)': { gridTemplateColumns: '1fr 1fr auto' },
  },
  comment: { gridColumn: '2 / -2', '@media (max-width: 1000px)': { gridColumn: '1 / -1' } },
  role: { fontWeight: tokens.fontWeightSemibold, alignSelf: 'center', paddingTop: '22px' },
  muted: { color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** The display name of a sign-off role: the known roles by name, others as written. */
export const roleName = (role: string): string => strings.review.roles[role] ?? role;

/** Sign-offs by role (security, legal, procurement…), each with a name and a date. */
export function SignOffsEditor({ signOffs, onChange }: { signOffs: readonly SignOff[]; onChange: (signOffs: SignOff[]) => void }) {
  const styles = useStyles();
  const s = strings.review;
  const free = Object.keys(s.roles).filter((r) => !signOffs.some((x) => x.role === r));
  const [role, setRole] = useState('');
  const chosen = free.includes(role) ? role : (free[0] ?? '');
  const edit = (i: number, patch: Partial<SignOff>) => onChange(signOffs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <>
      {signOffs.length === 0 ? (
        <Body1 className={styles.muted}>{s.noSignOffs}</Body1>
      ) : (
        <ul className={styles.list}>
          {signOffs.map((x, i) => (
            <li key={`${x.role}-${String(i)}`}>
              <div className={styles.row} role="group" aria-label={roleName(x.role)}>
                <Body1 className={styles.role}>{roleName(x.role)}</Body1>
                <Field label={s.name}>
                  <Input value={x.name} maxLength={300} onChange={(_, d) => edit(i, { name: d.value })} />
                </Field>
                <Field label={s.date}>
                  <Input
                    type="date"
                    value={x.date ?? ''}
                    onChange={(_, d) => onChange(signOffs.map((y, j) => (j === i ? withOptionalText(y, 'date', d.value) : y)))}
                  />
                </Field>
                <Field label={s.signOffOutcome}>
                  <Select
                    value={x.outcome ?? ''}
                    onChange={(_, d) => onChange(signOffs.map((y, j) => (j === i ? withOptionalText(y, 'outcome', d.value) : y)))}
                  >
                    <option value="">{s.signOffOutcomes.none}</option>
                    <option value="approve">{s.signOffOutcomes.approve}</option>
                    <option value="reject">{s.signOffOutcomes.reject}</option>
                  </Select>
                </Field>
                <Tooltip content={s.removeSignOff(roleName(x.role))} relationship="label">
                  <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => onChange(signOffs.filter((_, j) => j !== i))} />
                </Tooltip>
                <Field label={s.signOffComment} className={styles.comment}>
                  <Textarea
                    value={x.comment ?? ''}
                    maxLength={4000}
                    resize="vertical"
                    onChange={(_, d) => onChange(signOffs.map((y, j) => (j === i ? withOptionalText(y, 'comment', d.value) : y)))}
                  />
                </Field>
              </div>
            </li>
          ))}
        </ul>
      )}
      {free.length > 0 && (
        <div className={styles.add}>
          <Field label={s.role}>
            <Select value={chosen} onChange={(_, d) => setRole(d.value)}>
              {free.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </Select>
          </Field>
          <Button icon={<AddRegular />} onClick={() => onChange([...signOffs, { role: chosen, name: '' }])}>
            {s.addSignOff}
          </Button>
        </div>
      )}
    </>
  );
}
