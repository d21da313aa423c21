import {
  Body1,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  InlineDrawer,
  OverlayDrawer,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { strings } from '../../i18n/en';
import { setResponse, toggleOption } from '../../state/assessment-edits';
import { useSessionStore } from '../../state/session-store';
import { useMediaQuery } from '../../theme/use-media-query';
import { DismissRegular } from '../../components/icons';
import { AreaNav } from './area-nav';
import { buildCheckIndex, stepCheck, type AreaEntry } from './check-index';
import { CheckStrip } from './check-strip';
import { CheckView, focusRequest } from './check-view';
import { HelpPanel } from './help-panel';
import { ShortcutsList } from './shortcuts-list';
import { useCheckShortcuts } from './use-check-shortcuts';

const useStyles = makeStyles({
  layout: { display: 'flex', height: '100%', minHeight: 0 },
  nav: {
    flex: '0 0 264px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 1000px)': { flexBasis: '210px' },
  },
  center: { flex: '1 1 auto', minWidth: 0, overflowY: 'auto' },
  inner: {
    maxWidth: '820px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    '@media (max-width: 1000px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  },
  help: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** Answering the checks: areas on the left, the current check in the middle, its help on the right. */
export function ChecksScreen() {
  const styles = useStyles();
  const wide = useMediaQuery('(min-width: 1200px)');
  const { assessment, evaluation, checkId, helpOpen, goTo, update, setHelpOpen } = useSessionStore(
    useShallow((s) => ({
      assessment: s.assessment,
      evaluation: s.evaluation,
      checkId: s.checkId,
      helpOpen: s.helpOpen,
      goTo: s.goTo,
      update: s.update,
      setHelpOpen: s.setHelpOpen,
    })),
  );
  // On a narrow window the help slides over the check instead, so it starts closed there.
  const [narrowHelp, setNarrowHelp] = useState(false);
  const showHelp = wide ? helpOpen : narrowHelp;
  const toggleHelp = useCallback(() => (wide ? setHelpOpen(!helpOpen) : setNarrowHelp((o) => !o)), [wide, helpOpen, setHelpOpen]);

  const index = useMemo(() => (assessment && evaluation ? buildCheckIndex(assessment, evaluation) : undefined), [assessment, evaluation]);
  const check = index && checkId ? index.order[index.position.get(checkId) ?? -1] : undefined;
  const area = check ? index?.areaOf.get(check.id) : undefined;

  const go = useCallback(
    (id: string | undefined) => {
      if (!id) return;
      focusRequest.pending = true;
      goTo('checks', id);
    },
    [goTo],
  );
  const chooseArea = useCallback(
    (entry: AreaEntry) => {
      const answers = useSessionStore.getState().assessment?.answers ?? {};
      const open = entry.checks.find((c) => !answers[c.id]?.response) ?? entry.checks[0];
      go(open?.id);
    },
    [go],
  );

  useCheckShortcuts({
    choose: (i) => {
      const option = check?.options[i];
      if (!check || !option) return;
      update((a) =>
        check.select === 'multi' ? toggleOption(a, check.id, option.id) : setResponse(a, check.id, { kind: 'option', option: option.id }),
      );
    },
    unknown: () => check && update((a) => setResponse(a, check.id, { kind: 'unknown' })),
    notApplicable: () => {
      if (!check) return;
      const r = assessment?.answers[check.id]?.response;
      if (r?.kind !== 'not-applicable') update((a) => setResponse(a, check.id, { kind: 'not-applicable', reason: '' }));
      // The reason field appears with the answer; put the cursor in it.
      requestAnimationFrame(() => document.getElementById(`reason-${check.id}`)?.focus());
    },
    next: () => index && go(stepCheck(index, checkId, 1)),
    previous: () => index && go(stepCheck(index, checkId, -1)),
    toggleHelp,
  });

  if (!assessment || !evaluation || !index) return null;
  const position = check ? (index.position.get(check.id) ?? 0) : 0;
  const helpContent = check && <HelpPanel check={check} />;
  const helpTitle = (
    <DrawerHeader>
      <DrawerHeaderTitle
        heading={{ as: 'h2' }}
        action={<Button appearance="subtle" aria-label={strings.help.close} icon={<DismissRegular />} onClick={toggleHelp} />}
      >
        {strings.help.title}
      </DrawerHeaderTitle>
    </DrawerHeader>
  );

  return (
    <div className={styles.layout}>
      <div className={styles.nav}>
        <AreaNav areas={index.areas} currentArea={area?.area.id} onChoose={chooseArea} />
      </div>
      <div className={styles.center}>
        <div className={styles.inner}>
          {check && area ? (
            <>
              <CheckStrip checks={area.checks} answers={assessment.answers} currentId={check.id} onJump={go} />
              <CheckView
                check={check}
                answer={assessment.answers[check.id]}
                evaluation={evaluation}
                scoring={assessment.template.scoring}
                areaTitle={area.area.title}
                number={area.checks.indexOf(check) + 1}
                total={area.checks.length}
                helpOpen={showHelp}
                onPrevious={position > 0 ? () => go(stepCheck(index, check.id, -1)) : undefined}
                onNext={position < index.order.length - 1 ? () => go(stepCheck(index, check.id, 1)) : undefined}
                onToggleHelp={toggleHelp}
              />
              <ShortcutsList />
            </>
          ) : (
            <Body1 className={styles.empty}>{strings.checks.noVisible}</Body1>
          )}
        </div>
      </div>
      {check &&
        (wide ? (
          <InlineDrawer
            as="aside"
            open={showHelp}
            position="end"
            separator
            className={styles.help}
            size="medium"
            aria-label={strings.help.title}
          >
            {helpTitle}
            <DrawerBody tabIndex={0}>{helpContent}</DrawerBody>
          </InlineDrawer>
        ) : (
          <OverlayDrawer open={showHelp} position="end" size="medium" onOpenChange={(_, d) => setNarrowHelp(d.open)}>
            {helpTitle}
            <DrawerBody tabIndex={0}>{helpContent}</DrawerBody>
          </OverlayDrawer>
        ))}
    </div>
  );
}
