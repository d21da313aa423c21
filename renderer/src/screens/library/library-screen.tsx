import { Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { APP_LABEL } from '../../../../src/core/version';
import { ErrorBar } from '../../components/error-bar';
import { AddRegular, FolderOpenRegular } from '../../components/icons';
import { MessageList } from '../../components/message-list';
import { Page } from '../../components/page';
import { strings } from '../../i18n/en';
import { goToScreen, openAssessment } from '../../state/actions';
import { useAppStore } from '../../state/app-store';
import { deleteAssessment, importFromFile, markWelcomed, openSample, resolveConflict } from '../../state/library-actions';
import { ImportConflictDialog } from './import-conflict-dialog';
import { localIsoDay } from '../../../../src/core/review-dates';
import { NO_FILTER, filterLibrary, sortLibrary, type LibraryFilter, type LibraryOrder } from './library-filter';
import { LibraryFilters } from './library-filters';
import { LibraryTable } from './library-table';
import { SampleMenu } from './sample-menu';
import { WelcomeCard } from './welcome-card';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  empty: {
    padding: tokens.spacingVerticalXXL,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  footer: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalL },
  count: { color: tokens.colorNeutralForeground3 },
});

/** The home screen: every assessment, with search and filters, and the ways to start or add one. */
export function LibraryScreen() {
  const styles = useStyles();
  const s = strings.library;
  const { ready, library, samples, settings, notices, messages, conflict, dismissNotice, dismissMessage } = useAppStore();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [order, setOrder] = useState<LibraryOrder>('updated');
  // What is due is counted from the user's calendar day, read on each render so it follows the clock.
  const today = localIsoDay(new Date());
  const shown = useMemo(() => sortLibrary(filterLibrary(library, filter, today), order), [library, filter, today, order]);

  return (
    <Page title={s.title} intro={s.intro}>
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} disabled={!ready} onClick={() => void goToScreen('new')}>
          {s.newAssessment}
        </Button>
        <Button icon={<FolderOpenRegular />} disabled={!ready} onClick={() => void importFromFile()}>
          {s.importFile}
        </Button>
        <SampleMenu samples={samples} onOpen={(f) => void openSample(f)} />
      </div>

      {/* The welcome is for an empty library: once any assessment is in it (made, imported, a sample), it goes. */}
      {ready && !settings.welcomed && library.length === 0 && (
        <WelcomeCard samples={samples} onOpenSample={(f) => void openSample(f)} onDismiss={() => void markWelcomed()} />
      )}

      {notices.map((n, i) => (
        <MessageBar key={`${n.file}-${n.kind}`} intent="warning" layout="multiline">
          <MessageBarBody>
            {n.message}{' '}
            <Link as="button" onClick={() => dismissNotice(i)}>
              {strings.errors.dismiss}
            </Link>
          </MessageBarBody>
        </MessageBar>
      ))}

      <MessageList messages={messages} onDismiss={dismissMessage} />

      {!ready ? (
        <Spinner label={strings.app.loading} />
      ) : library.length === 0 ? (
        <Body1 className={styles.empty}>{s.empty}</Body1>
      ) : (
        <>
          <LibraryFilters filter={filter} onChange={setFilter} />
          <Caption1 className={styles.count} role="status">
            {s.count(shown.length, library.length)}
          </Caption1>
          {shown.length === 0 ? (
            <div className={styles.empty}>
              <Body1>{s.noMatch} </Body1>
              <Link as="button" onClick={() => setFilter(NO_FILTER)}>
                {s.clearFilters}
              </Link>
            </div>
          ) : (
            <LibraryTable
              items={shown}
              today={today}
              order={order}
              onOrderChange={setOrder}
              onOpen={openAssessment}
              onDelete={(item) => void deleteAssessment(item)}
            />
          )}
        </>
      )}

      <ImportConflictDialog conflict={conflict} onChoose={(c) => void resolveConflict(c)} />
      <Caption1 className={styles.footer}>{s.version(APP_LABEL)}</Caption1>
    </Page>
  );
}

/** Shown instead of the library when the app could not read its data at start. */
export function StartupError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Page title={strings.library.title}>
      <ErrorBar title={strings.errors.startup} message={message} onRetry={onRetry} />
    </Page>
  );
}
