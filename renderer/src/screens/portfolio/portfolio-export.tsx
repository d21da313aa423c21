import { Body1, Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PortfolioScenario, SaveOutcome } from '../../../../src/core/ipc-contract';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { DocumentPdfRegular, ShareRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { ExportResult } from '../export/export-result';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The portfolio's exports: the PDF report (with the what-if shown, if any), the workbook and CSV. */
export function PortfolioExport({ scenario }: { scenario: PortfolioScenario | undefined }) {
  const styles = useStyles();
  const s = strings.portfolio;
  const [saved, setSaved] = useState<Extract<SaveOutcome, { status: 'saved' }>>();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string>();

  const save = async (format: 'pdf' | 'xlsx' | 'csv') => {
    setWorking(true);
    setFailure(undefined);
    try {
      const r = await client.exportPortfolio(format === 'pdf' && scenario ? { format, scenario } : { format });
      if (r.status === 'saved') setSaved(r);
    } catch (error) {
      setFailure(errorMessage(error, s.exportFailed));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="portfolio-export">
      <Subtitle1 as="h2" id="portfolio-export">
        {s.exportTitle}
      </Subtitle1>
      <Body1 className={styles.muted}>{s.exportIntro}</Body1>
      <div className={styles.buttons}>
        <Button icon={<DocumentPdfRegular />} disabled={working} onClick={() => void save('pdf')}>
          {s.exportPdf}
        </Button>
        <Button icon={<ShareRegular />} disabled={working} onClick={() => void save('xlsx')}>
          {s.exportXlsx}
        </Button>
        <Button icon={<ShareRegular />} disabled={working} onClick={() => void save('csv')}>
          {s.exportCsv}
        </Button>
      </div>
      {saved && <ExportResult filePath={saved.filePath} token={saved.token} />}
      {failure && <ErrorBar message={failure} onDismiss={() => setFailure(undefined)} />}
    </section>
  );
}
