import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Assessment } from '../../../../src/core/assessment-schema';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import { RiskBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  surface: { maxWidth: '980px', width: 'calc(100vw - 48px)' },
  content: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { tableLayout: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // The level badge keeps to one line: wrapped, its words spilled out of the pill and looked struck through.
  level: { whiteSpace: 'nowrap', width: '1%' },
  prompt: { display: 'block', color: tokens.colorNeutralForeground3, minWidth: '280px', maxWidth: '460px' },
});

const fmt = (x: number) => x.toFixed(1);
const PAGE = 100;

/** The score trace one click from the rating: each scored answer and what it adds to the overall score. */
export function ScoreTraceDialog({ assessment, evaluation }: { assessment: Assessment; evaluation: Evaluation }) {
  const styles = useStyles();
  const s = strings.review;
  const c = s.traceColumns;
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => {
    const checks = new Map(assessment.template.checks.map((x) => [x.id, x]));
    const hops = new Map(assessment.dataPath.map((h, i) => [h.id, `${i + 1}. ${h.component}`]));
    const areas = new Map(assessment.template.areas.map((x) => [x.id, x.title]));
    return [...evaluation.trace]
      .sort((a, b) => b.contribution - a.contribution)
      .map((t) => ({
        ...t,
        key: `${t.kind}:${t.id}`,
        label: t.kind === 'check' ? t.id : strings.dataPath.hopLabel,
        prompt: t.kind === 'check' ? (checks.get(t.id)?.prompt ?? '') : (hops.get(t.id) ?? t.id),
        area: areas.get(t.areaId) ?? t.areaId,
      }));
  }, [assessment.template, assessment.dataPath, evaluation.trace]);
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button>{s.showTrace}</Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{s.trace}</DialogTitle>
          <DialogContent className={styles.content} tabIndex={0}>
            <Caption1>{s.traceIntro}</Caption1>
            <Table size="small" aria-label={s.trace} className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{c.check}</TableHeaderCell>
                  <TableHeaderCell>{c.area}</TableHeaderCell>
                  <TableHeaderCell className={styles.level}>{c.level}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{c.scaled}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{c.weight}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{c.contribution}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.slice(0, limit).map((r) => (
                  <TableRow key={r.key}>
                    <TableCell>
                      {r.label}
                      <Caption1 className={styles.prompt}>{r.prompt}</Caption1>
                    </TableCell>
                    <TableCell>{r.area}</TableCell>
                    <TableCell className={styles.level}>
                      <RiskBadge level={r.level} size="small" />
                    </TableCell>
                    <TableCell className={styles.num}>{fmt(r.scaled)}</TableCell>
                    <TableCell className={styles.num}>{r.weight}</TableCell>
                    <TableCell className={styles.num}>{r.contribution.toFixed(2)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {rows.length > limit && (
              <div>
                <Button onClick={() => setLimit(rows.length)}>{s.traceShowAll(rows.length)}</Button>
              </div>
            )}
            <Caption1>{s.traceTotal(evaluation.overall.score)}</Caption1>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{s.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
