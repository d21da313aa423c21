import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Decision } from '../../../../src/core/assessment-schema';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../../src/core/decision-outcome';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
});

/** The buyer's decision on the service and the reasons for it. */
export function DecisionEditor({ decision, onChange }: { decision: Decision; onChange: (edit: (d: Decision) => Decision) => void }) {
  const styles = useStyles();
  const s = strings.review;
  return (
    <div className={styles.root}>
      <Field label={s.outcome}>
        <RadioGroup
          layout="horizontal"
          value={decision.outcome}
          onChange={(_, d) => onChange((x) => ({ ...x, outcome: d.value as DecisionOutcome }))}
        >
          {DECISION_OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={strings.decision.choice[o]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={s.rationale}>
        <Textarea
          value={decision.rationale}
          maxLength={4000}
          rows={6}
          resize="vertical"
          onChange={(_, d) => onChange((x) => ({ ...x, rationale: d.value }))}
        />
      </Field>
    </div>
  );
}
