import { Badge, Body1, Button, Caption1, Checkbox, Field, Textarea, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Note } from '../../../../src/core/assessment-schema';
import { formatDateTime } from '../../components/format';
import { DeleteRegular, EditRegular } from '../../components/icons';
import { useEntryListStyles } from '../../components/entry-list-styles';
import { strings } from '../../i18n/en';
import { newId, nowIso } from '../../state/ids';
import { useKeptDraft } from '../../state/kept-draft';

const useStyles = makeStyles({
  body: { flex: '1 1 auto', display: 'flex', flexDirection: 'column', gap: '4px', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', color: tokens.colorNeutralForeground3 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The notes on a check: shared ones travel with the assessment, internal ones only when asked for. */
export function NotesEditor({
  draftKey,
  notes,
  onAdd,
  onRemove,
  onEdit,
}: {
  notes: readonly Note[];
  onAdd: (note: Note) => void;
  onRemove: (id: string) => void;
  /** Changes a note's text (the edit is recorded in the note). */
  onEdit: (id: string, text: string) => void;
  /** Names the check, so a note typed but not added is still there when the user comes back. */
  draftKey: string;
}) {
  const styles = useStyles();
  const list = useEntryListStyles();
  const s = strings.notes;
  const [text, setText] = useKeptDraft(`note:${draftKey}`, '');
  const [internal, setInternal] = useKeptDraft(`note-internal:${draftKey}`, false);
  const [editing, setEditing] = useState<{ id: string; text: string }>();
  const saveEdit = () => {
    if (!editing || editing.text.trim() === '') return;
    onEdit(editing.id, editing.text);
    setEditing(undefined);
  };
  const add = () => {
    if (text.trim() === '') return;
    onAdd({ id: newId('note'), text, visibility: internal ? 'internal' : 'shared', createdAt: nowIso() });
    setText('');
  };
  return (
    <div className={list.root}>
      {notes.length === 0 ? (
        <Caption1 className={styles.muted}>{s.empty}</Caption1>
      ) : (
        <ul className={list.list}>
          {notes.map((n) => (
            <li key={n.id} className={list.item}>
              <div className={styles.body}>
                {editing?.id === n.id ? (
                  <div className={styles.form}>
                    <Field label={s.editText}>
                      <Textarea
                        value={editing.text}
                        maxLength={20000}
                        resize="vertical"
                        onChange={(_, d) => setEditing({ id: n.id, text: d.value })}
                      />
                    </Field>
                    <div className={styles.actions}>
                      <Button appearance="primary" onClick={saveEdit} disabled={editing.text.trim() === ''}>
                        {s.saveEdit}
                      </Button>
                      <Button onClick={() => setEditing(undefined)}>{s.cancelEdit}</Button>
                    </div>
                  </div>
                ) : (
                  <Body1>{n.text}</Body1>
                )}
                <span className={styles.meta}>
                  <Badge appearance="outline" color={n.visibility === 'internal' ? 'important' : 'informative'} size="small">
                    {n.visibility === 'internal' ? s.internalBadge : s.shared}
                  </Badge>
                  <Caption1>{formatDateTime(n.createdAt)}</Caption1>
                  {n.editedAt && <Caption1>{s.edited(formatDateTime(n.editedAt))}</Caption1>}
                </span>
              </div>
              {editing?.id !== n.id && (
                <Tooltip content={s.edit} relationship="label">
                  <Button appearance="subtle" size="small" icon={<EditRegular />} onClick={() => setEditing({ id: n.id, text: n.text })} />
                </Tooltip>
              )}
              <Tooltip content={s.remove} relationship="label">
                <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={() => onRemove(n.id)} />
              </Tooltip>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.form}>
        <Field label={s.text}>
          <Textarea value={text} maxLength={20000} resize="vertical" onChange={(_, d) => setText(d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button onClick={add} disabled={text.trim() === ''}>
            {s.add}
          </Button>
          <Checkbox checked={internal} onChange={(_, d) => setInternal(d.checked === true)} label={s.internal} />
        </div>
      </div>
    </div>
  );
}
