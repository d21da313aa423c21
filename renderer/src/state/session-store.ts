import { create } from 'zustand';
import type { Assessment } from '../../../src/core/assessment-schema';
import { evaluate, type Evaluation } from '../../../src/core/engine/evaluate';
import type { OpenedAssessment } from '../../../src/core/ipc-contract';
import type { SessionPosition } from '../../../src/core/settings-schema';
import { roundAsAssessment } from '../../../src/core/rounds';
import { fromStored, isResolved, storedTemplateRefs, toStored } from '../../../src/core/stored-assessment';
import type { Template } from '../../../src/core/template-schema';
import { AppError, errorMessage } from '../api/app-error';
import { client, templateByRef } from '../api/client';
import { strings } from '../i18n/en';
import { flushPendingPosition, useAppStore } from './app-store';
import { nowIso } from './ids';

/** A section of an assessment's session. */
export type SessionScreen = SessionPosition['screen'];

/** Where the autosave stands: every change is saved within half a second. */
export type SaveStatus = { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'error'; message: string };

/** The open assessment, what the engine derives from it, where the user is in it, and its autosave. */
export interface SessionState {
  assessment: Assessment | undefined;
  templateRef: string;
  evaluation: Evaluation | undefined;
  screen: SessionScreen;
  checkId: string | undefined;
  loading: boolean;
  loadError: string | undefined;
  save: SaveStatus;
  helpOpen: boolean;
  /**
   * Set while an earlier round is shown read-only: `assessment` and `evaluation` are then that round's,
   * and the current round waits here, unchanged, until the user goes back to it.
   */
  viewing: { round: number; current: Assessment; evaluation: Evaluation } | undefined;
  /** Shows an earlier round read-only, or (with the current round's number or undefined) the current round again. */
  viewRound: (round: number | undefined) => Promise<void>;
  /** Opens an assessment of the library and resumes where the user left off. */
  open: (id: string) => Promise<void>;
  /** Shows an assessment the app has just created or imported. */
  show: (opened: OpenedAssessment, position?: SessionPosition) => Promise<void>;
  /** Saves what is pending and closes the session. */
  leave: () => Promise<void>;
  goTo: (screen: SessionScreen, checkId?: string) => void;
  /** Applies a change to the assessment; the engine re-derives and the autosave is scheduled. */
  update: (recipe: (assessment: Assessment) => Assessment) => void;
  /** Saves a pending change now (before an export, or when leaving). */
  flush: () => Promise<void>;
  setHelpOpen: (open: boolean) => void;
}

/** How long the autosave waits for typing to pause before it writes. */
export const AUTOSAVE_DELAY_MS = 400;

let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<void> | undefined;
let dirty = false;

function saveError(error: unknown): string {
  if (error instanceof AppError && error.code === 'invalid-request' && error.details[0])
    return strings.session.saveInvalid(error.details[0]);
  return errorMessage(error, strings.errors.unexpected);
}

/** The first visible check of the assessment, or the one given when it is still visible. */
function checkToShow(evaluation: Evaluation, wanted: string | undefined): string | undefined {
  if (wanted && evaluation.visibleCheckIds.includes(wanted)) return wanted;
  return evaluation.visibleCheckIds[0];
}

/** The session store: one open assessment at a time. */
export const useSessionStore = create<SessionState>()((set, get) => {
  const remember = () => {
    const { assessment, screen, checkId } = get();
    if (assessment) useAppStore.getState().rememberPosition(assessment.id, checkId ? { screen, checkId } : { screen });
  };

  async function runSave(): Promise<void> {
    timer = undefined;
    // Wait until no save is in flight: another queued call may have started one while this one waited,
    // and returning early here would let flush() resolve before the latest change has landed.
    while (inflight) await inflight;
    const { templateRef, viewing } = get();
    const assessment = viewing?.current ?? get().assessment;
    if (!dirty || !assessment) return;
    dirty = false;
    set({ save: { state: 'saving' } });
    inflight = client.saveAssessment({ assessment: toStored(assessment, templateRef) }).then(
      () => {
        if ((get().viewing?.current ?? get().assessment)?.id !== assessment.id) return;
        set({ save: dirty ? { state: 'pending' } : { state: 'saved' } });
      },
      (error: unknown) => {
        // The change stays in memory and is sent again with the next change or the retry.
        dirty = true;
        set({ save: { state: 'error', message: saveError(error) } });
      },
    );
    await inflight;
    inflight = undefined;
  }

  const schedule = () => {
    dirty = true;
    if (get().save.state !== 'error') set({ save: { state: 'pending' } });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void runSave(), AUTOSAVE_DELAY_MS);
  };

  return {
    assessment: undefined,
    templateRef: '',
    evaluation: undefined,
    screen: 'checks',
    checkId: undefined,
    loading: false,
    loadError: undefined,
    save: { state: 'saved' },
    helpOpen: true,
    viewing: undefined,

    async viewRound(round) {
      const { viewing, assessment } = get();
      const current = viewing?.current ?? assessment;
      if (!current) return;
      await get().flush();
      if (round === undefined || round === current.round) {
        if (viewing) set({ assessment: viewing.current, evaluation: viewing.evaluation, viewing: undefined });
        return;
      }
      const past = roundAsAssessment(current, round);
      if (!past) return;
      const evaluation = evaluate(past);
      set({
        assessment: past,
        evaluation,
        checkId: checkToShow(evaluation, get().checkId),
        viewing: { round, current, evaluation: viewing?.evaluation ?? get().evaluation ?? evaluate(current) },
      });
    },

    async open(id) {
      set({ loading: true, loadError: undefined, assessment: undefined, evaluation: undefined });
      try {
        const opened = await client.openAssessment({ id });
        await get().show(opened, useAppStore.getState().positions[id]);
      } catch (error) {
        set({ loading: false, loadError: errorMessage(error, strings.session.loadFailed) });
      }
    },

    async show(opened, position) {
      // The current round's template and every earlier round's, each fetched once and cached by reference.
      const templates = new Map<string, Template>();
      for (const ref of storedTemplateRefs(opened.assessment)) templates.set(ref, await templateByRef(ref));
      const template = templates.get(opened.assessment.template.$ref);
      if (!template) throw new Error('The checklist template of this assessment could not be loaded.');
      const assessment = fromStored(opened.assessment, template, (ref) => templates.get(ref));
      if (!isResolved(assessment)) throw new Error('The checklist template of an earlier round could not be loaded.');
      const evaluation = evaluate(assessment);
      dirty = false;
      set({
        assessment,
        templateRef: opened.assessment.template.$ref,
        evaluation,
        // A decided assessment opens on its review: that is what someone opening it wants to read.
        screen: position?.screen ?? (assessment.decision.outcome === 'pending' ? 'checks' : 'review'),
        checkId: checkToShow(evaluation, position?.checkId),
        loading: false,
        loadError: undefined,
        save: { state: 'saved' },
        viewing: undefined,
      });
      remember();
    },

    async leave() {
      await get().flush();
      flushPendingPosition();
      set({ assessment: undefined, evaluation: undefined, loadError: undefined, viewing: undefined });
    },

    goTo(screen, checkId) {
      set((s) => ({ screen, checkId: checkId ?? s.checkId }));
      remember();
    },

    update(recipe) {
      const { assessment: before, evaluation: was, viewing } = get();
      // An earlier round is read-only: nothing may change it, whatever control or shortcut asks.
      if (!before || !was || viewing) return;
      const assessment = { ...recipe(before), updatedAt: nowIso() };
      // The engine reads the answers, the profile and the data path; a decision or a note leaves them as they were.
      const same =
        assessment.answers === before.answers && assessment.profile === before.profile && assessment.dataPath === before.dataPath;
      const evaluation = same ? was : evaluate(assessment);
      const checkId = same ? get().checkId : checkToShow(evaluation, get().checkId);
      set({ assessment, evaluation, checkId });
      schedule();
    },

    async flush() {
      if (timer) clearTimeout(timer);
      if (dirty || inflight) await runSave();
    },

    setHelpOpen(open) {
      set({ helpOpen: open });
    },
  };
});
