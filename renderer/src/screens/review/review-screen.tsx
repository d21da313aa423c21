import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SectionPage } from '../../components/section-page';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { editDecision } from '../../state/assessment-edits';
import { newId, nowIso } from '../../state/ids';
import { useSessionStore } from '../../state/session-store';
import { ConditionsEditor } from './conditions-editor';
import { withAcceptedRating } from '../../../../src/core/approval';
import { DecisionEditor } from './decision-editor';
import { FigureMismatchList, FindingsList, KeepList, KnockoutList, OpenQuestionsList } from './findings-list';
import { HistoryList } from './history-list';
import { RetiredAnswers } from './retired-answers';
import { NextReviewEditor } from './next-review-editor';
import { withOptionalText } from '../../state/assessment-edits';
import { ReviewSummary } from './review-summary';
import { SignOffsEditor } from './sign-offs-editor';
import { SupplyChainSummary } from '../supply-chain/supply-chain-summary';
import { StartRound } from '../rounds/start-round';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
});

/** The review: rating and coverage, knock-outs, findings with their clauses, then the decision, conditions, sign-offs and history. */
export function ReviewScreen() {
  const styles = useStyles();
  const s = strings.review;
  const { assessment, evaluation, update, goTo, viewing } = useSessionStore(
    useShallow((st) => ({ assessment: st.assessment, evaluation: st.evaluation, update: st.update, goTo: st.goTo, viewing: st.viewing })),
  );
  // Hooks run before the early return below.
  const assessor = useAppStore((st) => st.settings.assessor);
  const [newCondition, setNewCondition] = useState<string>();
  const focused = useCallback(() => setNewCondition(undefined), []);
  if (!assessment || !evaluation) return null;
  const makeCondition = (text: string) => {
    const id = newId('condition');
    update((a) => editDecision(a, (d) => ({ ...d, conditions: [...d.conditions, { id, text, owner: '' }] })));
    setNewCondition(id);
  };
  const goToCheck = (checkId: string) => goTo('checks', checkId);
  const goToDataPath = () => goTo('data-path');
  return (
    <SectionPage title={s.title}>
      <ReviewSummary assessment={assessment} evaluation={evaluation} />
      <section className={styles.section} aria-labelledby="knockouts-heading">
        <Subtitle1 as="h3" id="knockouts-heading">
          {s.knockouts}
        </Subtitle1>
        <KnockoutList knockouts={evaluation.knockouts} template={assessment.template} onGoTo={goToCheck} />
      </section>
      <section className={styles.section} aria-labelledby="findings-heading">
        <Subtitle1 as="h3" id="findings-heading">
          {s.findingsCount(evaluation.findings.length)}
        </Subtitle1>
        <FindingsList
          findings={evaluation.findings}
          template={assessment.template}
          answers={assessment.answers}
          conditionTexts={new Set(assessment.decision.conditions.map((c) => c.text))}
          onGoTo={goToCheck}
          onGoToDataPath={goToDataPath}
          onMakeCondition={makeCondition}
        />
        <FigureMismatchList assessment={assessment} evaluation={evaluation} onGoTo={goToCheck} />
        <KeepList evaluation={evaluation} template={assessment.template} />
      </section>
      <section className={styles.section} aria-labelledby="open-questions-heading">
        <Subtitle1 as="h3" id="open-questions-heading">
          {s.openQuestionsCount(evaluation.openQuestions.length)}
        </Subtitle1>
        <OpenQuestionsList evaluation={evaluation} assessment={assessment} onGoTo={goToCheck} onGoToDataPath={goToDataPath} />
      </section>
      <section className={styles.section} aria-labelledby="supply-chain-heading">
        <Subtitle1 as="h3" id="supply-chain-heading">
          {strings.supplyChain.title}
        </Subtitle1>
        <SupplyChainSummary providers={assessment.providers} onEdit={() => goTo('supply-chain')} />
      </section>
      <section className={styles.section} aria-labelledby="decision-heading">
        <Subtitle1 as="h3" id="decision-heading">
          {s.decision}
        </Subtitle1>
        <DecisionEditor
          decision={assessment.decision}
          evaluation={evaluation}
          onChange={(edit) => update((a) => editDecision(a, edit, assessor))}
          onAccept={(outcome, accepted) =>
            update((a) => withAcceptedRating(a, { ...a.decision, outcome, rationale: accepted.rationale }, accepted, assessor, nowIso()))
          }
          onShowOpenQuestions={() => document.getElementById('open-questions-heading')?.scrollIntoView()}
        />
      </section>
      <section className={styles.section} aria-labelledby="conditions-heading">
        <Subtitle1 as="h3" id="conditions-heading">
          {s.conditions}
        </Subtitle1>
        <ConditionsEditor
          conditions={assessment.decision.conditions}
          focusOwnerOf={newCondition}
          onFocused={focused}
          onChange={(conditions) => update((a) => editDecision(a, (d) => ({ ...d, conditions })))}
        />
      </section>
      <section className={styles.section} aria-labelledby="next-review-heading">
        <Subtitle1 as="h3" id="next-review-heading">
          {strings.reviewDates.title}
        </Subtitle1>
        <NextReviewEditor
          nextReviewOn={assessment.nextReviewOn}
          evaluation={evaluation}
          onChange={(date) => update((a) => withOptionalText(a, 'nextReviewOn', date))}
        />
      </section>
      <section className={styles.section} aria-labelledby="signoffs-heading">
        <Subtitle1 as="h3" id="signoffs-heading">
          {s.signOffs}
        </Subtitle1>
        <SignOffsEditor
          signOffs={assessment.decision.signOffs}
          onChange={(signOffs) => update((a) => editDecision(a, (d) => ({ ...d, signOffs }), assessor))}
        />
      </section>
      <RetiredAnswers retired={assessment.retired} />
      <section className={styles.section} aria-labelledby="history-heading">
        <Subtitle1 as="h3" id="history-heading">
          {strings.history.title}
        </Subtitle1>
        <HistoryList history={assessment.history} />
      </section>
      {!viewing && (
        <section className={styles.section} aria-labelledby="rounds-heading">
          <Subtitle1 as="h3" id="rounds-heading">
            {strings.rounds.roundLabel(assessment.round)}
          </Subtitle1>
          <StartRound id={assessment.id} round={assessment.round} />
        </section>
      )}
    </SectionPage>
  );
}
