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
import { ReadOnlyRoundBar } from '../rounds/read-only-round';

const useStyles = makeStyles({
  session: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  body: { flex: '1 1 auto', minHeight: 0 },
  loading: { padding: '48px' },
  // A fieldset disables every control inside it at once: an earlier round is shown read-only.
  readOnly: { border: 0, margin: 0, padding: 0, minWidth: 0, height: '100%' },
});

/** One assessment: the header with the live score, then the section the user is in. */
export function SessionScreen() {
  const styles = useStyles();
  const { ready, loadError, screen, id, version, viewing } = useSessionStore(
    useShallow((s) => ({
      viewing: s.viewing !== undefined,
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
      {id && version && !viewing && <UpgradeOffer key={`${id}@${version}`} id={id} version={version} />}
      <ReadOnlyRoundBar />
      <div className={styles.body} role="tabpanel" aria-labelledby={tabId(screen)}>
        {/* The checks screen keeps its navigation usable and disables only the answer itself. */}
        {screen === 'checks' && <ChecksScreen />}
        <fieldset className={styles.readOnly} disabled={viewing} hidden={screen === 'checks'}>
          {screen === 'profile' && <ProfileScreen />}
          {screen === 'data-path' && <DataPathScreen />}
          {screen === 'supply-chain' && <SupplyChainScreen />}
          {screen === 'review' && <ReviewScreen />}
          {screen === 'export' && <ExportScreen />}
        </fieldset>
      </div>
    </div>
  );
}
