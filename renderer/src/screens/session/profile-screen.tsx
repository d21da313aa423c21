import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import { SectionPage } from '../../components/section-page';
import { strings } from '../../i18n/en';
import { setProfileValue } from '../../state/assessment-edits';
import { useSessionStore } from '../../state/session-store';
import { TriageForm, missingRequired } from '../new-assessment/triage-form';

const useStyles = makeStyles({
  impact: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The session's profile: the triage answers, editable; the checks and the impact follow at once. */
export function ProfileScreen() {
  const styles = useStyles();
  const s = strings.session;
  const { assessment, evaluation, update } = useSessionStore(
    useShallow((st) => ({ assessment: st.assessment, evaluation: st.evaluation, update: st.update })),
  );
  if (!assessment || !evaluation) return null;
  const { inherent } = evaluation;
  const sources = inherent.sources.map((x) => {
    const q = assessment.template.triage.find((t) => t.id === x.question);
    return q?.options?.find((o) => o.id === x.option)?.label ?? x.option;
  });
  return (
    <SectionPage title={s.profileTitle} intro={s.profileIntro}>
      <div className={styles.impact}>
        <Badge appearance="tint" color={inherent.tier === 'low' ? 'success' : inherent.tier === 'moderate' ? 'informative' : 'warning'}>
          {s.tier(strings.risk.tier[inherent.tier])}
        </Badge>
        <Caption1 className={styles.muted}>
          {sources.length === 0 ? strings.risk.tierNone : `${strings.risk.tierSources}: ${sources.join('; ')}`}
        </Caption1>
      </div>
      <TriageForm
        template={assessment.template}
        profile={assessment.profile}
        errors={missingRequired(assessment.template, assessment.profile, strings.newAssessment.requiredMissing)}
        onChange={(id, value) => update((a) => setProfileValue(a, id, value))}
      />
    </SectionPage>
  );
}
