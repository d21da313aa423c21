import { Caption1, Checkbox, Radio, RadioGroup, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Response } from '../../../../src/core/assessment-schema';
import type { RiskLevel } from '../../../../src/core/risk';
import type { Check } from '../../../../src/core/template-schema';
import { RiskBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';

const UNKNOWN = '__unknown';
const NOT_APPLICABLE = '__not-applicable';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  option: {
    boxSizing: 'border-box',
    width: '100%',
    // Fluent's Checkbox root has max-width: fit-content; options are full-width rows either way.
    maxWidth: 'none',
    margin: 0,
    alignItems: 'center',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':has(input:checked)': {
      backgroundColor: tokens.colorBrandBackground2,
      borderTopColor: tokens.colorBrandStroke1,
      borderRightColor: tokens.colorBrandStroke1,
      borderBottomColor: tokens.colorBrandStroke1,
    },
  },
  none: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  low: { borderLeftColor: tokens.colorPaletteTealBorderActive },
  medium: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  high: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  critical: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  neutral: { borderLeftColor: tokens.colorNeutralStroke1 },
  labelSlot: { flex: '1 1 auto', color: tokens.colorNeutralForeground1 },
  label: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    width: '100%',
    paddingBlock: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
  },
  text: { flex: '1 1 auto' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  key: {
    flexShrink: 0,
    minWidth: '22px',
    textAlign: 'center',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
  },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
  separator: { height: '1px', backgroundColor: tokens.colorNeutralStroke3, marginBlock: tokens.spacingVerticalXS },
});

function OptionLabel({ keyHint, children, level }: { keyHint: string | undefined; children: ReactNode; level?: RiskLevel }) {
  const styles = useStyles();
  return (
    <span className={styles.label}>
      {keyHint && (
        <kbd className={styles.key} aria-hidden>
          {keyHint}
        </kbd>
      )}
      <span className={styles.text}>{children}</span>
      {level && (
        <span className={styles.badge}>
          <RiskBadge level={level} />
        </span>
      )}
    </span>
  );
}

/** The value the answer group shows for a response. */
function groupValue(response: Response | undefined): string {
  if (!response) return '';
  if (response.kind === 'option') return response.option;
  if (response.kind === 'unknown') return UNKNOWN;
  if (response.kind === 'not-applicable') return NOT_APPLICABLE;
  return '';
}

/**
 * A check's answer options, each with its risk in words and colour, then "Unknown" and "Not applicable".
 * Single-choice checks are one radio group; multi-choice checks are checkboxes.
 */
export function AnswerOptions({
  check,
  response,
  unknownRisk,
  labelledBy,
  onRespond,
  onToggle,
}: {
  check: Check;
  response: Response | undefined;
  unknownRisk: RiskLevel;
  labelledBy: string;
  onRespond: (response: Response | undefined) => void;
  onToggle: (optionId: string) => void;
}) {
  const styles = useStyles();
  const s = strings.checks;
  const keyOf = (i: number) => (i < 9 ? String(i + 1) : undefined);
  // The same label slot for a radio (single choice) and a checkbox (multi-choice) option.
  const optionLabel = (o: Check['options'][number], i: number) => ({
    className: styles.labelSlot,
    children: (
      <OptionLabel keyHint={keyOf(i)} level={o.risk}>
        {o.label}
      </OptionLabel>
    ),
  });
  const unknownLabel = (
    <OptionLabel keyHint="U">
      {s.unknown}
      <Caption1 className={styles.hint}>{s.unknownHintLevel(strings.risk.level[unknownRisk])}</Caption1>
    </OptionLabel>
  );
  const naLabel = (
    <OptionLabel keyHint="A">
      {s.notApplicable}
      <Caption1 className={styles.hint}>{s.notApplicableHint}</Caption1>
    </OptionLabel>
  );

  if (check.select === 'multi') {
    const chosen = response?.kind === 'options' ? response.options : [];
    return (
      <div role="group" aria-labelledby={labelledBy} className={styles.group}>
        <Caption1>{s.multiHint}</Caption1>
        {check.options.map((o, i) => (
          <Checkbox
            key={o.id}
            className={mergeClasses(styles.option, styles[o.risk])}
            checked={chosen.includes(o.id)}
            onChange={() => onToggle(o.id)}
            label={optionLabel(o, i)}
          />
        ))}
        <div className={styles.separator} role="presentation" />
        <Checkbox
          className={mergeClasses(styles.option, styles.neutral)}
          checked={response?.kind === 'unknown'}
          onChange={(_, d) => onRespond(d.checked ? { kind: 'unknown' } : undefined)}
          label={{ className: styles.labelSlot, children: unknownLabel }}
        />
        <Checkbox
          className={mergeClasses(styles.option, styles.neutral)}
          checked={response?.kind === 'not-applicable'}
          onChange={(_, d) => onRespond(d.checked ? { kind: 'not-applicable', reason: '' } : undefined)}
          label={{ className: styles.labelSlot, children: naLabel }}
        />
      </div>
    );
  }

  return (
    <RadioGroup
      aria-labelledby={labelledBy}
      className={styles.group}
      value={groupValue(response)}
      onChange={(_, d) => {
        if (d.value === UNKNOWN) onRespond({ kind: 'unknown' });
        else if (d.value === NOT_APPLICABLE) onRespond({ kind: 'not-applicable', reason: '' });
        else onRespond({ kind: 'option', option: d.value });
      }}
    >
      {check.options.map((o, i) => (
        <Radio key={o.id} value={o.id} className={mergeClasses(styles.option, styles[o.risk])} label={optionLabel(o, i)} />
      ))}
      <div className={styles.separator} role="presentation" />
      <Radio
        value={UNKNOWN}
        className={mergeClasses(styles.option, styles.neutral)}
        label={{ className: styles.labelSlot, children: unknownLabel }}
      />
      <Radio
        value={NOT_APPLICABLE}
        className={mergeClasses(styles.option, styles.neutral)}
        label={{ className: styles.labelSlot, children: naLabel }}
      />
    </RadioGroup>
  );
}
