import { Button, Caption1, Subtitle1, Tab, TabList, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { ArrowLeftRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { backToLibrary } from '../../state/actions';
import { useSessionStore, type SessionScreen } from '../../state/session-store';
import { AutosaveIndicator } from './autosave-indicator';
import { LiveScore } from './live-score';
import { RoundControls } from '../rounds/round-controls';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalXL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, minWidth: 0 },
  title: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 auto' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tabRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

const SCREENS: SessionScreen[] = ['profile', 'checks', 'data-path', 'supply-chain', 'review', 'export'];

/** The id of a section's tab, which labels its panel. */
export const tabId = (screen: SessionScreen) => `session-tab-${screen}`;

/** The session's header: the service as the page's heading, the live score, the autosave, and the sections. */
export function SessionHeader() {
  const styles = useStyles();
  const s = strings.session;
  const { assessment, evaluation, screen, save, goTo, flush } = useSessionStore(
    useShallow((st) => ({
      assessment: st.assessment,
      evaluation: st.evaluation,
      screen: st.screen,
      save: st.save,
      goTo: st.goTo,
      flush: st.flush,
    })),
  );
  if (!assessment || !evaluation) return null;
  return (
    <div className={styles.header}>
      <div className={styles.row}>
        <Tooltip content={s.back} relationship="label">
          <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => void backToLibrary()} />
        </Tooltip>
        <div className={styles.title}>
          <Subtitle1 as="h1" className={styles.name}>
            {assessment.profile.service || strings.dataPath.unnamed}
          </Subtitle1>
          <Caption1 className={styles.muted}>
            {assessment.profile.vendor} · {assessment.template.title} {assessment.template.version}
          </Caption1>
        </div>
        <AutosaveIndicator status={save} onRetry={() => void flush()} />
        <LiveScore evaluation={evaluation} />
      </div>
      <div className={styles.tabRow}>
        <TabList
          className={styles.tabs}
          selectedValue={screen}
          onTabSelect={(_, d) => goTo(d.value as SessionScreen)}
          aria-label={s.screensLabel}
        >
          {SCREENS.map((id) => (
            <Tab key={id} value={id} id={tabId(id)}>
              {s.screens[id]}
            </Tab>
          ))}
        </TabList>
        <RoundControls />
      </div>
    </div>
  );
}
