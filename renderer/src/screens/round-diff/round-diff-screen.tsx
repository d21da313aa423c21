import { Body1, Button, Field, Select, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { diffRounds } from '../../../../src/core/round-diff';
import { diffSections } from '../../../../src/core/round-diff-words';
import { roundNumbers, roundOf } from '../../../../src/core/rounds';
import { formatScore } from '../../../../src/core/report/format';
import { ratingWords } from '../../../../src/core/wording';
import { ArrowLeftRegular } from '../../components/icons';
import { Page } from '../../components/page';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { useSessionStore } from '../../state/session-store';

const useStyles = makeStyles({
  pickers: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-end' },
  picker: { minWidth: '220px' },
  standing: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: '20px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
});

/** Compares any two rounds of the open assessment (by default the previous round and the current one). */
export function RoundDiffScreen({ id }: { id: string }) {
  const styles = useStyles();
  const s = strings.rounds;
  const { assessment, open } = useSessionStore(useShallow((st) => ({ assessment: st.viewing?.current ?? st.assessment, open: st.open })));
  const loaded = assessment?.id === id ? assessment : undefined;
  useEffect(() => {
    if (!loaded) void open(id);
  }, [loaded, open, id]);
  const numbers = loaded ? roundNumbers(loaded) : [];
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const toRound = to ?? numbers.at(-1);
  const fromRound = from ?? numbers.at(-2);
  const earlier = loaded && fromRound !== undefined && fromRound !== toRound ? roundOf(loaded, fromRound) : undefined;
  const later = loaded && toRound !== undefined ? roundOf(loaded, toRound) : undefined;
  const diff = earlier && later ? diffRounds(earlier, later) : undefined;

  const back = () => useAppStore.getState().navigate({ name: 'session', id });
  if (!loaded) return <Spinner label={strings.app.loading} />;
  const option = (n: number) => (n === loaded.round ? s.current(n) : s.roundLabel(n));
  const standing = (st: NonNullable<typeof diff>['from']) =>
    s.standing(ratingWords(st.rating, st.provisional), st.score === null ? '' : formatScore(st.score), st.templateVersion);
  const sections = diff ? diffSections(diff) : [];
  return (
    <Page title={s.diffTitle} intro={`${loaded.profile.service} · ${loaded.profile.vendor}. ${s.diffIntro}`} narrow>
      <div>
        <Button icon={<ArrowLeftRegular />} onClick={back}>
          {s.backToSession}
        </Button>
      </div>
      {numbers.length < 2 ? (
        <Body1>{s.oneRound}</Body1>
      ) : (
        <>
          <div className={styles.pickers}>
            <Field label={s.from} className={styles.picker}>
              <Select value={String(fromRound)} onChange={(_, d) => setFrom(Number(d.value))}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {option(n)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.to} className={styles.picker}>
              <Select value={String(toRound)} onChange={(_, d) => setTo(Number(d.value))}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {option(n)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {!diff ? (
            <Body1>{s.sameRound}</Body1>
          ) : (
            <>
              <Body1 className={styles.standing}>
                {s.roundLabel(diff.from.round)}: {standing(diff.from)}
                <br />
                {s.roundLabel(diff.to.round)}: {standing(diff.to)}
              </Body1>
              {sections.length === 0 ? (
                <Body1>{s.noChanges}</Body1>
              ) : (
                sections.map((section) => (
                  <section key={section.key} className={styles.section} aria-labelledby={`diff-${section.key}`}>
                    <Subtitle2 as="h2" id={`diff-${section.key}`}>
                      {section.heading}
                    </Subtitle2>
                    <ul className={styles.list}>
                      {section.lines.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </section>
                ))
              )}
            </>
          )}
        </>
      )}
    </Page>
  );
}
