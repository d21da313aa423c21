import type { Reference } from './template-schema';

/**
 * The frameworks checklist references cite, by the short code a template uses, with each one's full name
 * and version: one map for the window's help and the report's references key.
 */
export const FRAMEWORK_NAMES: Readonly<Record<string, string>> = {
  RMF: 'NIST AI Risk Management Framework 1.0',
  '600-1': 'NIST AI 600-1 Generative AI Profile',
  CCM: 'CSA Cloud Controls Matrix v4',
  AICM: 'CSA AI Controls Matrix',
  '42001': 'ISO/IEC 42001:2023',
  '27001': 'ISO/IEC 27001:2022',
  OWASP: 'OWASP Top 10 for LLM Applications 2025',
  GDPR: 'GDPR (EU) 2016/679',
  'UK GDPR': 'UK GDPR (the GDPR as kept in UK law, with the Data Protection Act 2018)',
  AIA: 'EU AI Act (EU) 2024/1689',
  DA: 'EU Data Act (EU) 2023/2854',
  DORA: 'DORA (EU) 2022/2554',
};

/** The full name of a framework code, or undefined for one this map does not know (a custom template's own). */
export function frameworkName(code: string): string | undefined {
  return Object.hasOwn(FRAMEWORK_NAMES, code) ? FRAMEWORK_NAMES[code] : undefined;
}

/** The frameworks some references cite, by code in alphabetical order, each with its full name (the code itself when unknown). */
export function frameworksCited(references: Iterable<Reference>): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of references) if (!seen.has(r.framework)) seen.set(r.framework, frameworkName(r.framework) ?? r.framework);
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code, 'en'));
}
