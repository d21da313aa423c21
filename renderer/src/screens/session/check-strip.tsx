import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useEffect, useRef } from 'react';
import type { Answer } from '../../../../src/core/assessment-schema';
import type { Check } from '../../../../src/core/template-schema';
import { strings } from '../../i18n/en';
import { checkStatus, type CheckStatus } from './check-index';

const useStyles = makeStyles({
  // Two rows at most: a large area scrolls here instead of pushing the check out of sight.
  list: {
    position: 'relative',
    listStyle: 'none',
    margin: 0,
    padding: '3px',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '6px',
    maxHeight: '72px',
    overflowY: 'auto',
  },
  pill: {
    minWidth: '30px',
    height: '28px',
    paddingInline: '6px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  answered: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  unknown: { backgroundColor: tokens.colorPaletteMarigoldBackground2, border: `1px solid ${tokens.colorPaletteMarigoldBorder2}` },
  na: { backgroundColor: tokens.colorNeutralBackground3, border: `1px dashed ${tokens.colorNeutralStroke1}` },
  missingReason: { border: `2px solid ${tokens.colorPaletteRedBorder2}` },
  unanswered: {},
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '1px', fontWeight: tokens.fontWeightSemibold },
  key: {
    listStyle: 'none',
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  mark: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, marginRight: '4px' },
});

const KEYED = ['answered', 'unknown', 'na', 'missingReason'] as const;

const MARK: Record<CheckStatus, string> = { unanswered: '', answered: '✓', unknown: '?', na: '–', missingReason: '!' };

/** The checks of the current area as numbered buttons, marked by how each is answered, to jump between them. */
export const CheckStrip = memo(function CheckStrip({
  checks,
  answers,
  currentId,
  onJump,
}: {
  checks: readonly Check[];
  answers: Readonly<Record<string, Answer>>;
  currentId: string | undefined;
  onJump: (checkId: string) => void;
}) {
  const styles = useStyles();
  const s = strings.checks;
  const ref = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = ref.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !current) return;
    const top = current.offsetTop - 3;
    const bottom = current.offsetTop + current.offsetHeight + 3;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [currentId]);
  // The key names only the marks this area shows, so "3?" or "4–" never has to be guessed.
  const shown = new Set(checks.map((c) => checkStatus(answers[c.id])));
  const keyed = KEYED.filter((k) => shown.has(k));
  return (
    <>
      <ol ref={ref} className={styles.list} aria-label={s.checkList}>
        {checks.map((c, i) => {
          const status = checkStatus(answers[c.id]);
          // Named by the short title, which a screen reader can read in a breath; the full question is its description.
          const label = s.jumpTo(i + 1, c.shortTitle ?? c.prompt, s.status[status]);
          return (
            <li key={c.id}>
              <button
                type="button"
                className={mergeClasses(styles.pill, styles[status], c.id === currentId && styles.current)}
                aria-label={label}
                title={c.prompt}
                aria-current={c.id === currentId ? 'step' : undefined}
                onClick={() => onJump(c.id)}
              >
                {i + 1}
                {MARK[status]}
              </button>
            </li>
          );
        })}
      </ol>
      {keyed.length > 0 && (
        <ul className={styles.key} aria-label={s.stripKey}>
          {keyed.map((k) => (
            <li key={k}>
              <span className={styles.mark} aria-hidden="true">
                {MARK[k]}
              </span>
              {s.stripMarks[k]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
