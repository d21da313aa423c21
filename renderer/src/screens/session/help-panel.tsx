import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Check } from '../../../../src/core/template-schema';
import { frameworkName } from '../../../../src/core/frameworks';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  redFlag: { borderLeft: `3px solid ${tokens.colorPaletteRedBorderActive}`, paddingLeft: tokens.spacingHorizontalS },
  good: { borderLeft: `3px solid ${tokens.colorPaletteGreenBorderActive}`, paddingLeft: tokens.spacingHorizontalS },
  refs: { margin: 0, paddingLeft: '18px' },
  framework: { color: tokens.colorNeutralForeground3 },
  knockout: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** What the buyer needs beside a check: why it matters, a good answer, a red flag, evidence to ask for, references. */
export function HelpPanel({ check }: { check: Check }) {
  const styles = useStyles();
  const h = strings.help;
  const sections: [string, string, string | undefined][] = [
    [h.why, check.help.why, undefined],
    [h.good, check.help.good, styles.good],
    [h.redFlag, check.help.redFlag, styles.redFlag],
    [h.evidence, check.help.evidence, undefined],
  ];
  return (
    <div className={styles.panel}>
      {sections.map(([title, text, className]) => (
        <section key={title} className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {title}
          </Subtitle2>
          <Body1 className={className}>{text}</Body1>
        </section>
      ))}
      {check.knockout && (
        <Body1 className={styles.knockout}>
          {strings.checks.knockout(strings.risk.rating[check.knockout.minRating])} {check.knockout.why}
        </Body1>
      )}
      {check.references.length > 0 && (
        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {h.references}
          </Subtitle2>
          <ul className={styles.refs}>
            {check.references.map((r) => (
              <li key={`${r.framework}-${r.id}`}>
                <Caption1>
                  {r.framework} {r.id}
                  {frameworkName(r.framework) && <span className={styles.framework}> · {frameworkName(r.framework)}</span>}
                </Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
