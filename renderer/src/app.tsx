import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import { useEffect } from 'react';
import { onFileOpened } from './api/client';
import { useAppTheme } from './theme/use-app-theme';
import { LibraryScreen, StartupError } from './screens/library/library-screen';
import { NewAssessmentScreen } from './screens/new-assessment/new-assessment-screen';
import { PortfolioScreen } from './screens/portfolio/portfolio-screen';
import { SessionScreen } from './screens/session/session-screen';
import { SettingsScreen } from './screens/settings/settings-screen';
import { RoundDiffScreen } from './screens/round-diff/round-diff-screen';
import { flushPendingPosition, useAppStore } from './state/app-store';
import { useSessionStore } from './state/session-store';
import { fileOpened } from './state/library-actions';
import { backToLibrary } from './state/actions';
import { TopBar } from './top-bar';

const useGlobalStyles = makeStaticStyles({
  'html, body, #root': { margin: 0, height: '100%' },
  'h1, h2, h3, h4, p': { margin: 0 },
});

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', height: '100vh', minHeight: '100%' },
  main: { flex: '1 1 auto', minHeight: 0, overflow: 'auto', display: 'flex', flexDirection: 'column' },
});

/** The window's root: the theme, the header, and the screen the route names. */
export function App() {
  useGlobalStyles();
  const styles = useStyles();
  const route = useAppStore((s) => s.route);
  const themeChoice = useAppStore((s) => s.settings.theme);
  const startupError = useAppStore((s) => s.startupError);
  const init = useAppStore((s) => s.init);
  const { theme } = useAppTheme(themeChoice);

  useEffect(() => {
    void init();
    // When the window is hidden or closed, what is pending goes out at once rather than after its delay.
    const flushNow = () => {
      void useSessionStore.getState().flush();
      flushPendingPosition();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', flushNow);
    const unsubscribe = onFileOpened((event) => {
      void backToLibrary().then(() => fileOpened(event));
    });
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', flushNow);
    };
  }, [init]);

  let screen;
  if (startupError) screen = <StartupError message={startupError} onRetry={() => void init()} />;
  else if (route.name === 'new') screen = <NewAssessmentScreen />;
  else if (route.name === 'settings') screen = <SettingsScreen />;
  else if (route.name === 'portfolio') screen = <PortfolioScreen />;
  else if (route.name === 'session') screen = <SessionScreen />;
  else if (route.name === 'round-diff') screen = <RoundDiffScreen id={route.id} />;
  else screen = <LibraryScreen />;

  return (
    <FluentProvider theme={theme}>
      <div className={styles.shell}>
        <TopBar route={route} />
        <main id="content" className={styles.main} tabIndex={-1}>
          {screen}
        </main>
      </div>
    </FluentProvider>
  );
}
