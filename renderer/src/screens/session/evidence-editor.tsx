import { Badge, Body1Strong, Button, Caption1, Field, Input, Link, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Evidence } from '../../../../src/core/assessment-schema';
import { evidenceExpired } from '../../../../src/core/evidence-expiry';
import { localIsoDay } from '../../../../src/core/review-dates';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { formatDate, formatDateTime } from '../../components/format';
import { AddRegular, DeleteRegular, EditRegular, FingerprintRegular } from '../../components/icons';
import { useEntryListStyles } from '../../components/entry-list-styles';
import { strings } from '../../i18n/en';
import { newId } from '../../state/ids';
import { useKeptDraft } from '../../state/kept-draft';

const useStyles = makeStyles({
  body: { flex: '1 1 auto', display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  hash: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3, flexBasis: '100%' },
  expired: { alignSelf: 'flex-start' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: '1 / -1' },
  actions: { gridColumn: '1 / -1', display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

/** The form's fields; `editing` is the id of the item being changed, '' for a new one. */
type Draft = {
  title: string;
  link: string;
  document: string;
  clause: string;
  seenOn: string;
  validUntil: string;
  sha256: string;
  editing: string;
};
const EMPTY: Draft = { title: '', link: '', document: '', clause: '', seenOn: '', validUntil: '', sha256: '', editing: '' };

const draftOf = (e: Evidence): Draft => ({
  title: e.title,
  link: e.link ?? '',
  document: e.document ?? '',
  clause: e.clause ?? '',
  seenOn: e.seenOn ?? '',
  validUntil: e.validUntil ?? '',
  sha256: e.sha256 ?? '',
  editing: e.id,
});

function linkProblem(link: string): string | undefined {
  if (link.trim() === '') return undefined;
  try {
    const url = new URL(link.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : strings.evidence.linkInvalid;
  } catch {
    return strings.evidence.linkInvalid;
  }
}

function toEvidence(d: Draft): Evidence {
  const e: Evidence = { id: d.editing || newId('evidence'), title: d.title.trim() };
  if (d.link.trim()) e.link = d.link.trim();
  if (d.document.trim()) e.document = d.document.trim();
  if (d.clause.trim()) e.clause = d.clause.trim();
  if (d.seenOn) e.seenOn = d.seenOn;
  if (d.validUntil) e.validUntil = d.validUntil;
  if (d.sha256) e.sha256 = d.sha256;
  return e;
}

/** The vendor evidence behind a check's answer: document or link, clause, date seen, optional fingerprint. */
export function EvidenceEditor({
  draftKey,
  evidence,
  onAdd,
  onRemove,
  onEdit,
}: {
  evidence: readonly Evidence[];
  onAdd: (evidence: Evidence) => void;
  onRemove: (id: string) => void;
  /** Replaces an item with its edited version (the edit is recorded in the item). */
  onEdit: (evidence: Evidence) => void;
  /** Names the check, so an item typed but not added is still there when the user comes back. */
  draftKey: string;
}) {
  const styles = useStyles();
  const list = useEntryListStyles();
  const s = strings.evidence;
  const hintId = useId();
  const [draft, setDraft] = useKeptDraft<Draft | undefined>(`evidence:${draftKey}`, undefined);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const today = localIsoDay(new Date());
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...(d ?? EMPTY), ...patch }));

  const fingerprint = async () => {
    setFailure(undefined);
    try {
      const r = await client.hashEvidenceDocument();
      if (r.status === 'hashed') setDraft((d) => ({ ...(d ?? EMPTY), sha256: r.sha256, document: d?.document || r.fileName }));
    } catch (error) {
      setFailure(errorMessage(error, s.hashFailed));
    }
  };

  const titleProblem = draft && tried && draft.title.trim() === '' ? s.titleMissing : undefined;
  const linkError = draft ? linkProblem(draft.link) : undefined;
  const save = () => {
    setTried(true);
    if (!draft || draft.title.trim() === '' || linkProblem(draft.link)) return;
    if (draft.editing) onEdit(toEvidence(draft));
    else onAdd(toEvidence(draft));
    setDraft(undefined);
    setTried(false);
  };

  return (
    <div className={list.root}>
      {evidence.length === 0 ? (
        <Caption1 className={styles.muted}>{s.empty}</Caption1>
      ) : (
        <ul className={list.list}>
          {evidence.map((e) => (
            <li key={e.id} className={list.item}>
              <div className={styles.body}>
                <Body1Strong>
                  {e.link ? (
                    <Link href={e.link} target="_blank" rel="noreferrer">
                      {e.title}
                    </Link>
                  ) : (
                    e.title
                  )}
                </Body1Strong>
                <Caption1 className={styles.muted}>
                  {[
                    e.document,
                    e.clause,
                    e.seenOn && `${s.seenOn}: ${formatDate(e.seenOn)}`,
                    e.validUntil && !evidenceExpired(e, today) && strings.reviewDates.validUntilShown(formatDate(e.validUntil)),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Caption1>
                {e.validUntil && evidenceExpired(e, today) && (
                  <Badge appearance="tint" color="danger" shape="rounded" className={styles.expired}>
                    {strings.reviewDates.expired(formatDate(e.validUntil))}
                  </Badge>
                )}
                {e.sha256 && (
                  <Caption1 className={styles.hash} title={e.sha256}>
                    {s.sha256} {e.sha256.slice(0, 16)}…
                  </Caption1>
                )}
                {e.editedAt && <Caption1 className={styles.muted}>{s.edited(formatDateTime(e.editedAt))}</Caption1>}
              </div>
              <Tooltip content={s.edit(e.title)} relationship="label">
                <Button appearance="subtle" size="small" icon={<EditRegular />} onClick={() => (setDraft(draftOf(e)), setTried(false))} />
              </Tooltip>
              <Tooltip content={s.remove(e.title)} relationship="label">
                <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={() => onRemove(e.id)} />
              </Tooltip>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <div className={styles.form} role="group" aria-label={draft.editing ? s.edit(draft.title) : s.add}>
          <Field label={s.itemTitle} required validationMessage={titleProblem ?? null} className={styles.wide}>
            <Input value={draft.title} maxLength={300} onChange={(_, d) => set({ title: d.value })} />
          </Field>
          <Field label={s.link} validationMessage={linkError ?? null} className={styles.wide}>
            <Input type="url" value={draft.link} maxLength={2000} placeholder="https://" onChange={(_, d) => set({ link: d.value })} />
          </Field>
          <Field label={s.document}>
            <Input value={draft.document} maxLength={300} onChange={(_, d) => set({ document: d.value })} />
          </Field>
          <Field label={s.clause}>
            <Input value={draft.clause} maxLength={300} onChange={(_, d) => set({ clause: d.value })} />
          </Field>
          <Field label={s.seenOn}>
            <Input type="date" value={draft.seenOn} onChange={(_, d) => set({ seenOn: d.value })} />
          </Field>
          <Field label={strings.reviewDates.validUntil}>
            <Input type="date" value={draft.validUntil} onChange={(_, d) => set({ validUntil: d.value })} />
          </Field>
          <div className={styles.actions}>
            <Button icon={<FingerprintRegular />} onClick={() => void fingerprint()} aria-describedby={hintId}>
              {s.fingerprint}
            </Button>
            <Caption1 id={hintId} className={styles.hint}>
              {s.fingerprintHint}
            </Caption1>
            {draft.sha256 && (
              <Caption1 className={styles.hash} title={draft.sha256}>
                {s.sha256} {draft.sha256.slice(0, 16)}…
              </Caption1>
            )}
          </div>
          {failure && (
            <div className={styles.wide}>
              <ErrorBar message={failure} onDismiss={() => setFailure(undefined)} />
            </div>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={save}>
              {draft.editing ? s.saveEdit : s.save}
            </Button>
            <Button onClick={() => (setDraft(undefined), setTried(false))}>{s.cancel}</Button>
          </div>
        </div>
      ) : (
        <div>
          <Button icon={<AddRegular />} onClick={() => setDraft(EMPTY)}>
            {s.add}
          </Button>
        </div>
      )}
    </div>
  );
}
