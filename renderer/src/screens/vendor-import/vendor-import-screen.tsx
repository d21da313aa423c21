import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Answer } from '../../../../src/core/assessment-schema';
import type { OpenedAssessment, VendorReview, VendorReviewRow } from '../../../../src/core/ipc-contract';
import type { Check } from '../../../../src/core/template-schema';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { SectionPage } from '../../components/section-page';
import { strings } from '../../i18n/en';
import { useSessionStore } from '../../state/session-store';

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  table: { tableLayout: 'auto' },
  cell: { paddingBlock: tokens.spacingVerticalS, verticalAlign: 'top', overflowWrap: 'anywhere' },
  check: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  number: { width: '48px' },
  accept: { width: '72px' },
  status: { whiteSpace: 'nowrap', width: '110px' },
});

type Status = VendorReviewRow['status'];
const BADGE: Record<Status, 'success' | 'informative' | 'warning' | 'danger' | 'subtle' | 'brand'> = {
  new: 'success',
  same: 'informative',
  changed: 'brand',
  conflict: 'warning',
  unparseable: 'danger',
  blank: 'subtle',
};
const STATUSES: readonly Status[] = ['new', 'same', 'changed', 'conflict', 'unparseable', 'blank'];

/** A check's answer in words, as the buyer sees it in the session. */
function currentWords(check: Check | undefined, answer: Answer | undefined): string {
  const r = answer?.response;
  const s = strings.roundTrip.review;
  if (!check || !r) return s.noAnswer;
  if (r.kind === 'unknown') return strings.checks.unknown;
  if (r.kind === 'not-applicable') return strings.checks.notApplicable;
  const ids = r.kind === 'option' ? [r.option] : r.options;
  return check.options
    .filter((o) => ids.includes(o.id))
    .map((o) => o.label)
    .join('; ');
}

/**
 * The review of a returned questionnaire workbook: every row, blank ones included, with the current and
 * the returned answer side by side and a status; the buyer ticks the answers to take (new and changed to
 * start with, conflicts not) and nothing changes until Apply.
 */
export function VendorImportScreen({
  review,
  onApplied,
  onCancel,
}: {
  review: Extract<VendorReview, { status: 'review' }>;
  onApplied: (opened: OpenedAssessment, accepted: number) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const s = strings.roundTrip.review;
  const assessment = useSessionStore((st) => st.assessment);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(review.preselected));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const checks = useMemo(() => new Map((assessment?.template.checks ?? []).map((c) => [c.id, c])), [assessment]);
  if (!assessment) return null;
  const acceptable = review.rows.filter((r) => r.acceptable).map((r) => r.check);
  const toggle = (check: string, on: boolean) =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(check);
      else next.delete(check);
      return next;
    });
  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await client.applyVendorAnswers({ id: assessment.id, token: review.token, checks: [...chosen] });
      onApplied(r.opened, r.accepted);
    } catch (e) {
      setError(errorMessage(e, s.applyFailed));
      setBusy(false);
    }
  };

  return (
    <SectionPage title={s.title} intro={s.intro(review.fileName, review.rows.length)}>
      <ul className={styles.counts} aria-label={s.counts}>
        {STATUSES.map((st) => (
          <li key={st}>
            <Badge appearance="tint" color={BADGE[st]}>{`${s.status[st]}: ${review.counts[st] ?? 0}`}</Badge>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button onClick={() => setChosen(new Set(acceptable))} disabled={busy}>
          {s.acceptAll}
        </Button>
        <Button onClick={() => setChosen(new Set())} disabled={busy}>
          {s.acceptNone}
        </Button>
        <Button appearance="primary" onClick={() => void apply()} disabled={busy}>
          {busy ? s.applying : s.apply(chosen.size)}
        </Button>
        <Button appearance="subtle" onClick={onCancel} disabled={busy}>
          {s.cancel}
        </Button>
      </div>
      {error && <ErrorBar message={error} onDismiss={() => setError(undefined)} />}
      <Table aria-label={s.title} className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{s.row}</TableHeaderCell>
            <TableHeaderCell>{s.check}</TableHeaderCell>
            <TableHeaderCell>{s.current}</TableHeaderCell>
            <TableHeaderCell>{s.returned}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{s.statusHeader}</TableHeaderCell>
            <TableHeaderCell className={styles.accept}>{s.accept}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {review.rows.map((r) => {
            const check = checks.get(r.check);
            const label = check?.shortTitle ?? r.check;
            const answer = assessment.answers[r.check];
            const previous = answer?.provenance?.source === 'vendor-workbook' ? answer.provenance.fileName : undefined;
            return (
              <TableRow key={r.check} data-check-id={r.check}>
                <TableCell className={styles.cell}>{r.row}</TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.check}>
                    <Body1>{label}</Body1>
                    <Caption1 className={styles.muted}>{check?.prompt}</Caption1>
                  </div>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.check}>
                    <Body1>{currentWords(check, answer)}</Body1>
                    {previous && <Caption1 className={styles.muted}>{s.previous(previous)}</Caption1>}
                  </div>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.check}>
                    <Body1>{r.words || s.none}</Body1>
                    {r.value !== undefined && <Caption1 className={styles.muted}>{String(r.value)}</Caption1>}
                    {r.explanation && <Caption1 className={styles.muted}>{r.explanation}</Caption1>}
                    {r.problem && <Caption1>{r.problem}</Caption1>}
                  </div>
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.status)}>
                  <Badge appearance="tint" color={BADGE[r.status]} title={s.statusHint[r.status]}>
                    {s.status[r.status]}
                  </Badge>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Checkbox
                    aria-label={s.acceptCheck(label)}
                    checked={chosen.has(r.check)}
                    disabled={!r.acceptable || busy}
                    onChange={(_, d) => toggle(r.check, d.checked === true)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </SectionPage>
  );
}
