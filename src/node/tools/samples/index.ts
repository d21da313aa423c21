// The sample assessments shipped in templates/samples, built in memory from their definitions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeFineprint } from '../../../core/file-format';
import { decodeTemplate } from '../../../core/template-file';
import type { Template } from '../../../core/template-schema';
import { agentPlatformTenantWide } from './agent-platform-tenant-wide';
import { modelApiZeroRetentionEu } from './model-api-zero-retention-eu';
import { poweredByStartupGlobalRouting } from './powered-by-startup-global-routing';
import { buildAssessment, type SampleDefinition } from './sample-kit';
import { suiteCopilotSecondModelMaker } from './suite-copilot-second-model-maker';

/** Where the default template lives, relative to the repository root. */
export const DEFAULT_TEMPLATE_PATH = 'templates/ai-vendor-risk.json';
/** Where the sample files are written, relative to the repository root. */
export const SAMPLES_DIR = 'templates/samples';

const root = join(import.meta.dirname, '../../../..');

/** Every sample definition, in the order the files are listed. */
export const SAMPLE_DEFINITIONS: readonly SampleDefinition[] = [
  suiteCopilotSecondModelMaker,
  poweredByStartupGlobalRouting,
  modelApiZeroRetentionEu,
  agentPlatformTenantWide,
];

/** Reads and validates the default template, throwing with its problems if it is invalid. */
export function loadDefaultTemplate(): Template {
  const decoded = decodeTemplate(readFileSync(join(root, DEFAULT_TEMPLATE_PATH)));
  if (!decoded.ok) throw new Error(`${DEFAULT_TEMPLATE_PATH}: ${decoded.problems.map((p) => `${p.location}: ${p.message}`).join('; ')}`);
  return decoded.value;
}

/** Builds every sample over the given template (the current default one unless told), as file names and .fineprint text. */
export function buildSamples(template: Template = loadDefaultTemplate()): { fileName: string; text: string }[] {
  return SAMPLE_DEFINITIONS.map((sample) => ({
    fileName: sample.fileName,
    text: encodeFineprint(buildAssessment(sample, template), new Date(sample.savedAt)),
  }));
}
