import {
  Body1,
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SaveOutcome, VendorReview } from '../../../../src/core/ipc-contract';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { DocumentPdfRegular, ShareRegular } from '../../components/icons';
import { SectionPage } from '../../components/section-page';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { useSessionStore } from '../../state/session-store';
import { VendorImportScreen } from '../vendor-import/vendor-import-screen';
import { ExportResult } from './export-result';
import { IdentityDialog, shouldAskIdentity, type IdentityChoice } from './identity-dialog';
import { RoundTripCard } from './round-trip-card';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { fontSize: '24px', color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  label: { maxWidth: '320px' },
});

type Outcome = { kind: 'saved'; filePath: string; token: string } | { kind: 'error'; message: string } | undefined;

/** Saves pending changes, runs the export, and turns its outcome into what the card shows. */
async function runExport(exportFile: () => Promise<SaveOutcome>, fallback: string): Promise<Outcome> {
  const session = useSessionStore.getState();
  await session.flush();
  const save = useSessionStore.getState().save;
  if (save.state === 'error') return { kind: 'error', message: save.message };
  try {
    const r = await exportFile();
    return r.status === 'saved' ? { kind: 'saved', filePath: r.filePath, token: r.token } : undefined;
  } catch (error) {
    return { kind: 'error', message: errorMessage(error, fallback) };
  }
}

/** Export: the PDF report with its options, and a .fineprint file to share; each says where the file went. */
export function ExportScreen() {
  const styles = useStyles();
  const s = strings.exportScreen;
  const id = useSessionStore((st) => st.assessment?.id);
  const settings = useAppStore((st) => st.settings);
  const [pdfNotes, setPdfNotes] = useState(false);
  const [paper, setPaper] = useState(settings.paperSize);
  const [label, setLabel] = useState(settings.confidentialityLabel);
  const [fileNotes, setFileNotes] = useState(false);
  const [busy, setBusy] = useState<'pdf' | 'file'>();
  const [pdf, setPdf] = useState<Outcome>();
  const [file, setFile] = useState<Outcome>();
  const [asking, setAsking] = useState(false);
  const saveSettings = useAppStore((st) => st.saveSettings);
  const [review, setReview] = useState<Extract<VendorReview, { status: 'review' }>>();
  const [applied, setApplied] = useState<string>();
  if (!id) return null;
  if (review)
    return (
      <VendorImportScreen
        review={review}
        onCancel={() => setReview(undefined)}
        onApplied={(opened, accepted) => {
          setApplied(strings.roundTrip.review.applied(accepted, review.fileName));
          setReview(undefined);
          void useSessionStore.getState().show(opened, { screen: 'export' });
        }}
      />
    );

  const exportPdf = async () => {
    // The first report asks who it is from: at the export, where the name is printed, rather than at launch,
    // so a colleague who only opens a shared file, or someone trying a sample, is never stopped.
    if (shouldAskIdentity(useAppStore.getState().settings)) {
      setAsking(true);
      return;
    }
    setBusy('pdf');
    setPdf(undefined);
    const options = { includeInternalNotes: pdfNotes, paper, ...(label.trim() ? { confidentiality: label.trim() } : {}) };
    setPdf(await runExport(() => client.exportReport({ id, options }), s.pdfFailed));
    setBusy(undefined);
  };
  const answerIdentity = async (choice: IdentityChoice) => {
    setAsking(false);
    if (choice.kind === 'cancel') return;
    const patch =
      choice.kind === 'save'
        ? { assessor: choice.assessor, organisation: choice.organisation, identityAsked: true }
        : { identityAsked: true };
    try {
      await saveSettings(patch);
    } catch (error) {
      setPdf({ kind: 'error', message: errorMessage(error, strings.settingsScreen.failed) });
      return;
    }
    await exportPdf();
  };
  const exportFile = async () => {
    setBusy('file');
    setFile(undefined);
    setFile(await runExport(() => client.exportAssessment({ id, internalNotes: fileNotes }), s.fileFailed));
    setBusy(undefined);
  };

  return (
    <SectionPage title={s.title} intro={s.intro}>
      {applied && (
        <div role="status">
          <MessageBar intent="success">
            <MessageBarBody>{applied}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div className={styles.grid}>
        <Card className={styles.card}>
          <div className={styles.title}>
            <DocumentPdfRegular className={styles.icon} aria-hidden />
            <Subtitle1 as="h3">{s.pdf}</Subtitle1>
          </div>
          <Body1 className={styles.muted}>{s.pdfIntro}</Body1>
          <Field label={s.paper}>
            <RadioGroup layout="horizontal" value={paper} onChange={(_, d) => setPaper(d.value as typeof paper)}>
              <Radio value="a4" label={s.a4} />
              <Radio value="letter" label={s.letter} />
            </RadioGroup>
          </Field>
          <Field label={s.label} className={styles.label}>
            <Input value={label} maxLength={300} onChange={(_, d) => setLabel(d.value)} />
          </Field>
          <Checkbox checked={pdfNotes} onChange={(_, d) => setPdfNotes(d.checked === true)} label={s.pdfInternalNotes} />
          <div>
            <Button appearance="primary" icon={<DocumentPdfRegular />} disabled={busy !== undefined} onClick={() => void exportPdf()}>
              {busy === 'pdf' ? s.working : s.exportPdf}
            </Button>
          </div>
          {pdf?.kind === 'saved' && <ExportResult filePath={pdf.filePath} token={pdf.token} />}
          {pdf?.kind === 'error' && <ErrorBar message={pdf.message} onDismiss={() => setPdf(undefined)} />}
        </Card>
        <Card className={styles.card}>
          <div className={styles.title}>
            <ShareRegular className={styles.icon} aria-hidden />
            <Subtitle1 as="h3">{s.file}</Subtitle1>
          </div>
          <Body1 className={styles.muted}>{s.fileIntro}</Body1>
          <Checkbox checked={fileNotes} onChange={(_, d) => setFileNotes(d.checked === true)} label={s.fileInternalNotes} />
          <div>
            <Button appearance="primary" icon={<ShareRegular />} disabled={busy !== undefined} onClick={() => void exportFile()}>
              {busy === 'file' ? s.working : s.exportFile}
            </Button>
          </div>
          {file?.kind === 'saved' && <ExportResult filePath={file.filePath} token={file.token} />}
          {file?.kind === 'error' && <ErrorBar message={file.message} onDismiss={() => setFile(undefined)} />}
        </Card>
        <RoundTripCard
          id={id}
          onReview={(r) => {
            setApplied(undefined);
            setReview(r);
          }}
        />
      </div>
      {asking && <IdentityDialog open settings={settings} onChoose={(choice) => void answerIdentity(choice)} />}
    </SectionPage>
  );
}
