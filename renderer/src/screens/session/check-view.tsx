import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Answer, Response } from '../../../../src/core/assessment-schema';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import { figureHint } from '../../../../src/core/figure-check';
import type { Check, ScoringSettings } from '../../../../src/core/template-schema';
import { CheckmarkCircleRegular, ChevronLeftRegular, ChevronRightRegular, QuestionCircleRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { useSessionStore } from '../../state/session-store';
import {
  addEvidence,
  addNote,
  removeEvidence,
  removeNote,
  editNote,
  editEvidence,
  confirmAnswer,
  setCaptureValue,
  setResponse,
  setVerified,
  toggleOption,
} from '../../state/assessment-edits';
import { ProvenanceBadge } from '../../components/provenance-badge';
import { AnswerOptions } from './answer-options';
import { CaptureField } from './capture-field';
import { EvidenceEditor } from './evidence-editor';
import { NotesEditor } from './notes-editor';
import { ReconfirmBar } from '../rounds/reconfirm-bar';

const useStyles = makeStyles({
  check: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, outline: 'none' },
  answer: { border: 0, margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  prompt: { lineHeight: tokens.lineHeightBase500 },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  spacer: { flex: '1 1 auto' },
  provenance: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Set by navigation so the next check shown takes the focus, and a screen reader reads its prompt. */
export const focusRequest = { pending: false };

/** One check: its prompt, the answer options, a reason when not applicable, a captured figure, notes and evidence. */
export function CheckView({
  check,
  answer,
  evaluation,
  scoring,
  areaTitle,
  number,
  total,
  helpOpen,
  onPrevious,
  onNext,
  onToggleHelp,
}: {
  check: Check;
  answer: Answer | undefined;
  evaluation: Evaluation;
  scoring: ScoringSettings;
  areaTitle: string;
  number: number;
  total: number;
  helpOpen: boolean;
  onPrevious: (() => void) | undefined;
  onNext: (() => void) | undefined;
  onToggleHelp: () => void;
}) {
  const styles = useStyles();
  const s = strings.checks;
  const update = useSessionStore((st) => st.update);
  const assessmentId = useSessionStore((st) => st.assessment?.id ?? '');
  // An earlier round is read-only: its answer, notes and evidence are shown with their controls disabled.
  const readOnly = useSessionStore((st) => st.viewing !== undefined);
  const ref = useRef<HTMLElement>(null);
  const promptId = `prompt-${check.id}`;
  const response = answer?.response;
  const fired = evaluation.knockouts.some((k) => k.checkIds.includes(check.id));

  useEffect(() => {
    if (focusRequest.pending) {
      focusRequest.pending = false;
      ref.current?.focus();
    }
  }, [check.id]);

  const respond = (r: Response | undefined) => update((a) => setResponse(a, check.id, r));

  return (
    <section ref={ref} className={styles.check} aria-labelledby={promptId} tabIndex={-1} data-check-id={check.id}>
      <div className={styles.meta}>
        <Caption1>
          {areaTitle} · {s.checkOf(number, total)}
        </Caption1>
        <Badge appearance="outline" color="informative" size="small" title={s.weightHint(check.weight)}>
          {s.weight(check.weight)}
        </Badge>
        {check.knockout && (
          <Badge appearance="outline" color="danger" size="small">
            {s.knockoutBadge}
          </Badge>
        )}
      </div>
      <Subtitle1 as="h2" id={promptId} className={styles.prompt}>
        {check.prompt}
      </Subtitle1>
      {answer?.reconfirm && !readOnly && (
        <ReconfirmBar title={check.shortTitle ?? check.prompt} onConfirm={() => update((a) => confirmAnswer(a, check.id))} />
      )}
      <fieldset className={styles.answer} disabled={readOnly}>
        <AnswerOptions
          check={check}
          response={response}
          unknownRisk={scoring.unknownRisk}
          labelledBy={promptId}
          onRespond={respond}
          onToggle={(optionId) => update((a) => toggleOption(a, check.id, optionId))}
        />
        {response && (
          <div className={styles.provenance}>
            <ProvenanceBadge answer={answer} />
            {answer?.provenance?.source === 'vendor-workbook' && (
              <Button size="small" icon={<CheckmarkCircleRegular />} onClick={() => update((a) => setVerified(a, check.id, true))}>
                {strings.roundTrip.provenance.markVerified}
              </Button>
            )}
            {answer?.provenance?.source === 'assessor-verified' && (
              <Button size="small" appearance="subtle" onClick={() => update((a) => setVerified(a, check.id, false))}>
                {strings.roundTrip.provenance.unmarkVerified}
              </Button>
            )}
          </div>
        )}
        {response?.kind === 'not-applicable' && (
          <Field
            label={s.reason}
            required
            validationState={response.reason.trim() === '' ? 'warning' : 'none'}
            validationMessage={response.reason.trim() === '' ? s.reasonMissing : null}
          >
            <Textarea
              id={`reason-${check.id}`}
              value={response.reason}
              maxLength={4000}
              resize="vertical"
              onChange={(_, d) => respond({ kind: 'not-applicable', reason: d.value })}
            />
          </Field>
        )}
        {fired && check.knockout && (
          <MessageBar intent="error">
            <MessageBarBody>{s.knockoutFired(strings.risk.rating[check.knockout.minRating])}</MessageBarBody>
          </MessageBar>
        )}
        {check.capture && (
          <CaptureField
            key={check.id}
            capture={check.capture}
            value={answer?.value}
            mismatch={figureHint(check, answer)}
            onChange={(v) => update((a) => setCaptureValue(a, check.id, v))}
          />
        )}
      </fieldset>
      <div className={styles.nav}>
        <Button icon={<ChevronLeftRegular />} disabled={!onPrevious} onClick={onPrevious} aria-keyshortcuts="P">
          {s.previous}
        </Button>
        <Button
          appearance="primary"
          icon={<ChevronRightRegular />}
          iconPosition="after"
          disabled={!onNext}
          onClick={onNext}
          aria-keyshortcuts="N"
        >
          {s.next}
        </Button>
        <span className={styles.spacer} />
        <Button appearance="subtle" icon={<QuestionCircleRegular />} aria-pressed={helpOpen} onClick={onToggleHelp} aria-keyshortcuts="H">
          {helpOpen ? strings.help.hide : strings.help.show}
        </Button>
      </div>
      <Accordion multiple collapsible defaultOpenItems={[]}>
        <AccordionItem value="notes">
          <AccordionHeader as="h3">{strings.notes.count(answer?.notes.length ?? 0)}</AccordionHeader>
          <AccordionPanel>
            <fieldset className={styles.answer} disabled={readOnly}>
              <NotesEditor
                key={check.id}
                draftKey={`${assessmentId}:${check.id}`}
                notes={answer?.notes ?? []}
                onAdd={(n) => update((a) => addNote(a, check.id, n))}
                onRemove={(id) => update((a) => removeNote(a, check.id, id))}
                onEdit={(id, text) => update((a) => editNote(a, check.id, id, text))}
              />
            </fieldset>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="evidence">
          <AccordionHeader as="h3">{strings.evidence.count(answer?.evidence.length ?? 0)}</AccordionHeader>
          <AccordionPanel>
            <fieldset className={styles.answer} disabled={readOnly}>
              <EvidenceEditor
                key={check.id}
                draftKey={`${assessmentId}:${check.id}`}
                evidence={answer?.evidence ?? []}
                onAdd={(e) => update((a) => addEvidence(a, check.id, e))}
                onRemove={(id) => update((a) => removeEvidence(a, check.id, id))}
                onEdit={(e) => update((a) => editEvidence(a, check.id, e))}
              />
            </fieldset>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
