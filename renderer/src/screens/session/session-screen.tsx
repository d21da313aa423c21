import { Button, Spinner, makeStyles } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { ErrorBar } from '../../components/error-bar';
import { Page } from '../../components/page';
import { strings } from '../../i18n/en';
import { backToLibrary } from '../../state/actions';
import { useSessionStore } from '../../state/session-store';
import { DataPathScreen } from '../data-path/data-path-screen';
import { ExportScreen } from '../export/export-screen';
import { ReviewScreen } from '../review/review-screen';
import { SupplyChainScreen } from '../supply-chain/supply-chain-screen';
import { ChecksScreen } from './checks-screen';
import { ProfileScreen } from './profile-screen';
import { SessionHeader, tabId } from './session-header';
import { UpgradeOffer } from './upgrade-offer';

const useStyles = makeStyles({
  session: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  body: { flex: '1 1 auto', minHeight: 0 },
  loading: { padding: '48px' },
});

/** One assessment: the header with the live score, then the section the user is in. */
export function SessionScreen() {
  const styles = useStyles();
  const { ready, loadError, screen, id, version } = useSessionStore(
    useShallow((s) => ({
      ready: s.assessment !== undefined,
      loadError: s.loadError,
      screen: s.screen,
      id: s.assessment?.id,
      version: s.assessment?.template.version,
    })),
  );
  if (loadError)
    return (
      <Page title={strings.session.loadFailed}>
        <ErrorBar message={loadError} />
        <div>
          <Button onClick={() => void backToLibrary()}>{strings.session.back}</Button>
        </div>
      </Page>
    );
  if (!ready) return <Spinner className={styles.loading} label={strings.app.loading} />;
  return (
    <div className={styles.session}>
      <SessionHeader />
      {id && version && <UpgradeOffer key={`${id}@${version}`} id={id} version={version} />}
      <div className={styles.body} role="tabpanel" aria-labelledby={tabId(screen)}>
        {screen === 'profile' && <ProfileScreen />}
        {screen === 'checks' && <ChecksScreen />}
        {screen === 'data-path' && <DataPathScreen />}
        {screen === 'supply-chain' && <SupplyChainScreen />}
        {screen === 'review' && <ReviewScreen />}
        {screen === 'export' && <ExportScreen />}
      </div>
    </div>
  );
}
