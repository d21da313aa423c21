import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DataTreemapRegular, LibraryRegular, SettingsRegular } from './components/icons';
import { strings } from './i18n/en';
import { goToScreen } from './state/actions';
import type { Route } from './state/route';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    height: '48px',
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginRight: 'auto' },
  logo: { width: '24px', height: '24px', display: 'block' },
  nav: { display: 'flex', gap: tokens.spacingHorizontalXS },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalL, top: '8px', zIndex: 10, padding: '8px', backgroundColor: tokens.colorNeutralBackground1 },
  },
});

/** The window's header: the app's name and the way to the library and the settings. */
export function TopBar({ route }: { route: Route }) {
  const styles = useStyles();
  const inLibrary = route.name === 'library' || route.name === 'session' || route.name === 'new' || route.name === 'round-diff';
  return (
    <header className={styles.bar}>
      <a className={styles.skip} href="#content">
        {strings.app.skip}
      </a>
      <div className={styles.brand}>
        <img className={styles.logo} src="favicon.svg" alt="" />
        <Text weight="semibold" size={400}>
          {strings.app.name}
        </Text>
      </div>
      <nav aria-label={strings.app.mainNav} className={styles.nav}>
        <Button
          appearance={inLibrary ? 'secondary' : 'subtle'}
          icon={<LibraryRegular />}
          aria-current={route.name === 'library' ? 'page' : undefined}
          onClick={() => void goToScreen('library')}
        >
          {strings.app.library}
        </Button>
        <Button
          appearance={route.name === 'portfolio' ? 'secondary' : 'subtle'}
          icon={<DataTreemapRegular />}
          aria-current={route.name === 'portfolio' ? 'page' : undefined}
          onClick={() => void goToScreen('portfolio')}
        >
          {strings.portfolio.nav}
        </Button>
        <Button
          appearance={route.name === 'settings' ? 'secondary' : 'subtle'}
          icon={<SettingsRegular />}
          aria-current={route.name === 'settings' ? 'page' : undefined}
          onClick={() => void goToScreen('settings')}
        >
          {strings.app.settings}
        </Button>
      </nav>
    </header>
  );
}
