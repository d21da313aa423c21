import { Body1, Button, Card, CardHeader, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { SampleInfo } from '../../../../src/core/ipc-contract';
import { ShieldTaskRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { SampleMenu } from './sample-menu';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM, maxWidth: '880px' },
  icon: { fontSize: '32px', color: tokens.colorBrandForeground1 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** The first-run welcome: what FinePrint does, and a sample to try it on. Not modal, so the library stays usable. */
export function WelcomeCard({
  samples,
  onOpenSample,
  onDismiss,
}: {
  samples: readonly SampleInfo[];
  onOpenSample: (fileName: string) => void;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const s = strings.library.welcome;
  return (
    <section aria-labelledby="welcome-title">
      <Card className={styles.card} appearance="filled-alternative">
        <CardHeader
          image={<ShieldTaskRegular className={styles.icon} aria-hidden />}
          header={
            <Subtitle1 as="h2" id="welcome-title">
              {s.title}
            </Subtitle1>
          }
        />
        <Body1>{s.body}</Body1>
        <Body1>{s.trySample}</Body1>
        <div className={styles.actions}>
          <SampleMenu samples={samples} onOpen={onOpenSample} appearance="primary" />
          <Button appearance="subtle" onClick={onDismiss}>
            {s.dismiss}
          </Button>
        </div>
      </Card>
    </section>
  );
}
