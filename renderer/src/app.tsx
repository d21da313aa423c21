import { Body1, Caption1, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { APP_LABEL } from '../../src/core/version';

const useStyles = makeStyles({
  main: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The window's root: the assessment library is the home screen. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <Title1 as="h1">Assessment library</Title1>
      <Body1>FinePrint keeps each assessment of an AI service on this computer. There are no assessments yet.</Body1>
      <Caption1>{APP_LABEL}</Caption1>
    </main>
  );
}
