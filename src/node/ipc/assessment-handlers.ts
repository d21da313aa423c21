import type { UpgradeOffer } from '../../core/ipc-contract';
import { applyUpgrade, newerTemplate, planUpgrade } from '../../core/upgrade';
import { importAssessment } from '../library/import-policy';
import { FINEPRINT_FILTER, HandlerError, safeFileName, type HandlerContext, type HandlerPart } from './handler-kit';

type AssessmentChannel =
  | 'assessment:create'
  | 'assessment:open'
  | 'assessment:save'
  | 'assessment:plan-upgrade'
  | 'assessment:upgrade'
  | 'assessment:delete'
  | 'assessment:restore'
  | 'assessment:import'
  | 'assessment:resolve-import'
  | 'assessment:export';

// The newest bundled or imported template of the assessment's template id, when newer than its snapshot.
async function upgradeOffer({ services }: HandlerContext, id: string): Promise<UpgradeOffer> {
  const { library, catalog } = services;
  const { assessment } = await library.get(id);
  const newer = newerTemplate(
    assessment.template,
    catalog.list().map((e) => e.template),
  );
  if (!newer) return { offer: null };
  const planned = planUpgrade(assessment, newer);
  if (!planned.ok) return { offer: null };
  const { plan } = planned;
  const before = new Map(assessment.template.checks.map((c) => [c.id, c.prompt]));
  const after = new Map(newer.checks.map((c) => [c.id, c.prompt]));
  const named = (list: string[], prompts: Map<string, string>) => list.map((x) => ({ id: x, prompt: prompts.get(x) ?? x }));
  return {
    offer: {
      templateRef: library.offerTemplate(newer),
      title: newer.title,
      from: plan.from,
      to: plan.to,
      kept: named(plan.kept, after),
      added: named(plan.added, after),
      flagged: plan.flagged.map((f) => ({
        id: f.checkId,
        prompt: after.get(f.checkId) ?? f.checkId,
        reasons: f.reasons,
        cleared: f.cleared,
      })),
      removed: named(plan.removed, before),
    },
  };
}

/** Creating, opening, saving, upgrading, deleting, importing and exporting assessments. */
export function assessmentHandlers(ctx: HandlerContext): HandlerPart<AssessmentChannel> {
  const { library, settings, dialogs, pendingImports } = ctx.services;
  return {
    'assessment:create': async ({ templateRef, profile }) => {
      const template = await library.template(templateRef);
      const created = await library.create(template, profile, settings.get().assessor);
      return ctx.opened(created.id);
    },
    'assessment:open': ({ id }) => ctx.opened(id),
    'assessment:save': ({ assessment }) => library.save(assessment),
    'assessment:plan-upgrade': ({ id }) => upgradeOffer(ctx, id),
    'assessment:upgrade': async ({ id, templateRef }) => {
      const [{ assessment }, template] = await Promise.all([library.get(id), library.template(templateRef)]);
      const result = applyUpgrade(assessment, template, { at: new Date().toISOString(), by: settings.get().assessor });
      if (!result.ok)
        throw new HandlerError(
          'invalid',
          result.refusal.code === 'different-template'
            ? 'That checklist template is not a version of the one this assessment uses.'
            : `Checklist version ${result.refusal.to} is not newer than the assessment's ${result.refusal.from}.`,
        );
      await library.write(result.assessment);
      return ctx.opened(id);
    },
    'assessment:delete': async ({ id }) => {
      const item = await library.delete(id);
      return { trashId: item.trashId, service: item.service };
    },
    'assessment:restore': ({ trashId }) => library.restore(trashId),
    'assessment:import': async () => {
      const path = await dialogs.openFile({ title: 'Open a FinePrint assessment', filters: [FINEPRINT_FILTER] });
      if (!path) return { status: 'canceled' };
      const { assessment, warnings } = await ctx.readShared(path);
      return importAssessment(library, pendingImports, assessment, warnings);
    },
    'assessment:resolve-import': async ({ token, choice }) => {
      const assessment = pendingImports.take(token);
      if (!assessment) throw new HandlerError('not-found', 'That import is no longer pending; open the file again.');
      if (choice === 'cancel') return { status: 'canceled' };
      return { status: 'imported', summary: await library.import(assessment, choice), warnings: [] };
    },
    'assessment:export': async ({ id, internalNotes }) => {
      const summary = library.list().find((s) => s.id === id);
      if (!summary) throw new HandlerError('not-found', 'That assessment is not in the library.');
      return ctx.saveAs(`${safeFileName(summary.service)}.fineprint`, 'fineprint', 'FinePrint assessment', () =>
        library.export(id, { internalNotes }),
      );
    },
  };
}
