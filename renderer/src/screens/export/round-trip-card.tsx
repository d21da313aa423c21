import { Body1, Button, Card, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SaveOutcome, VendorReview } from '../../../../src/core/ipc-contract';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { ArrowImportRegular, DocumentTableRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { useSessionStore } from '../../state/session-store';
import { ExportResult } from './export-result';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM, gridColumn: '1 / -1' },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { fontSize: '24px', color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  button: { alignSelf: 'flex-start' },
});

type Kind = 'questionnaire' | 'tracker-xlsx' | 'tracker-csv' | 'assessment-csv' | 'import';
type Outcome = { kind: Kind; saved?: { filePath: string; token: string }; error?: string } | undefined;

/**
 * The vendor round trip on the Export screen: the questionnaire workbook for the vendor, the findings
 * tracker and the whole assessment in editable formats, and the import of the vendor's returned answers,
 * which opens the review (`onReview`); each says where its file went or, in one line, why it could not.
 */
export function RoundTripCard({ id, onReview }: { id: string; onReview: (review: Extract<VendorReview, { status: 'review' }>) => void }) {
  const styles = useStyles();
  const s = strings.roundTrip.exports;
  const [busy, setBusy] = useState<Kind>();
  const [outcome, setOutcome] = useState<Outcome>();

  // Pending edits go out first: every export and the review read the saved assessment.
  const saved = async (): Promise<string | undefined> => {
    await useSessionStore.getState().flush();
    const save = useSessionStore.getState().save;
    return save.state === 'error' ? save.message : undefined;
  };

  const run = async (kind: Kind, exportFile: () => Promise<SaveOutcome>) => {
    setBusy(kind);
    setOutcome(undefined);
    const failed = await saved();
    try {
      if (failed) setOutcome({ kind, error: failed });
      else {
        const r = await exportFile();
        if (r.status === 'saved') setOutcome({ kind, saved: { filePath: r.filePath, token: r.token } });
      }
    } catch (error) {
      setOutcome({ kind, error: errorMessage(error, s.failed) });
    } finally {
      setBusy(undefined);
    }
  };

  const importAnswers = async () => {
    setBusy('import');
    setOutcome(undefined);
    const failed = await saved();
    try {
      if (failed) setOutcome({ kind: 'import', error: failed });
      else {
        const r = await client.reviewVendorAnswers({ id });
        if (r.status === 'review') onReview(r);
      }
    } catch (error) {
      setOutcome({ kind: 'import', error: errorMessage(error, s.importFailed) });
    } finally {
      setBusy(undefined);
    }
  };

  const entries: { kind: Kind; label: string; intro: string; action: () => void }[] = [
    {
      kind: 'questionnaire',
      label: s.questionnaire,
      intro: s.questionnaireIntro,
      action: () => void run('questionnaire', () => client.exportQuestionnaire({ id })),
    },
    {
      kind: 'import',
      label: s.importAnswers,
      intro: s.importIntro,
      action: () => void importAnswers(),
    },
    {
      kind: 'tracker-xlsx',
      label: s.trackerXlsx,
      intro: s.trackerIntro,
      action: () => void run('tracker-xlsx', () => client.exportTracker({ id, format: 'xlsx' })),
    },
    {
      kind: 'tracker-csv',
      label: s.trackerCsv,
      intro: s.trackerIntro,
      action: () => void run('tracker-csv', () => client.exportTracker({ id, format: 'csv' })),
    },
    {
      kind: 'assessment-csv',
      label: s.assessmentCsv,
      intro: s.assessmentCsvIntro,
      action: () => void run('assessment-csv', () => client.exportAssessmentCsv({ id })),
    },
  ];

  return (
    <Card className={styles.card}>
      <div className={styles.title}>
        <DocumentTableRegular className={styles.icon} aria-hidden />
        <Subtitle1 as="h3">{s.title}</Subtitle1>
      </div>
      <Body1 className={styles.muted}>{s.intro}</Body1>
      <ul className={styles.list}>
        {entries.map((e) => (
          <li key={e.kind} className={styles.item}>
            <Button
              className={styles.button}
              appearance={e.kind === 'import' ? 'primary' : 'secondary'}
              icon={e.kind === 'import' ? <ArrowImportRegular /> : <DocumentTableRegular />}
              disabled={busy !== undefined}
              onClick={e.action}
            >
              {busy === e.kind ? strings.exportScreen.working : e.kind === 'import' ? e.label : `${e.label}…`}
            </Button>
            <Body1 className={styles.muted}>{e.intro}</Body1>
            {outcome?.kind === e.kind && outcome.saved && <ExportResult filePath={outcome.saved.filePath} token={outcome.saved.token} />}
            {outcome?.kind === e.kind && outcome.error && <ErrorBar message={outcome.error} onDismiss={() => setOutcome(undefined)} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}
