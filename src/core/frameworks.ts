import type { Reference } from './template-schema';

/**
 * The frameworks checklist references cite, by the short code a template uses, with each one's full name
 * and version: one map for the window's help and the report's references key.
 */
export const FRAMEWORK_NAMES: Readonly<Record<string, string>> = {
  RMF: 'NIST AI Risk Management Framework 1.0',
  '600-1': 'NIST AI 600-1 Generative AI Profile',
  CCM: 'CSA Cloud Controls Matrix v4',
  AICM: 'CSA AI Controls Matrix (AICM) v1.0',
  '42001': 'ISO/IEC 42001:2023',
  '27001': 'ISO/IEC 27001:2022',
  OWASP: 'OWASP Top 10 for LLM Applications 2025',
  GDPR: 'GDPR (EU) 2016/679',
  'UK GDPR': 'UK GDPR (the GDPR as kept in UK law, with the Data Protection Act 2018), as amended by the Data (Use and Access) Act 2025',
  AIA: 'EU AI Act (EU) 2024/1689, as amended by Regulation (EU) 2026/1744',
  DA: 'EU Data Act (EU) 2023/2854',
  DORA: 'DORA (EU) 2022/2554, with its technical standards',
};

/** A legal citation: an article with optional paragraph and point, "Art. 28(3)(f)"; UK GDPR adds lettered articles ("Art. 45A"). */
const ARTICLE = /^Art\. \d+(\(\d+\))?(\([a-z]\))?$/;
const CSA_DOMAINS = 'A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM';

/**
 * How a reference id looks in each framework the default checklist cites, so a name, a typo or an id of
 * another edition ("LLM01:2026", "Agent access restriction") is caught before it reaches a report.
 */
export const FRAMEWORK_ID_PATTERNS: Readonly<Record<string, RegExp>> = {
  RMF: /^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/,
  '600-1': /^(GV|MP|MS|MG)-\d\.\d{1,2}-\d{3}$/,
  CCM: new RegExp(`^(${CSA_DOMAINS})-\\d{2}$`),
  // The AI Controls Matrix keeps the CCM domains and adds Model Security (MDS).
  AICM: new RegExp(`^(${CSA_DOMAINS}|MDS)-\\d{2}$`),
  '42001': /^A\.([2-9]|10)\.\d+(\.\d+)?$/,
  '27001': /^A\.[5-8]\.\d{1,2}$/,
  OWASP: /^LLM(0[1-9]|10):2025$/,
  GDPR: ARTICLE,
  'UK GDPR': /^Art\. \d+[A-Z]?(\(\d+\))?(\([a-z]\))?$/,
  AIA: ARTICLE,
  DA: ARTICLE,
  // DORA's own articles, or one of its delegated (RTS) or implementing (ITS) technical standards by number.
  DORA: /^(Art\. \d+(\(\d+\))?(\([a-z]\))?|(RTS|ITS) \(EU\) 20\d{2}\/\d{1,4})$/,
};

/** Whether a reference's id has the form its framework uses; true for a framework this map does not know (a custom template's own). */
export function referenceIdFits(reference: Reference): boolean {
  const pattern = Object.hasOwn(FRAMEWORK_ID_PATTERNS, reference.framework) ? FRAMEWORK_ID_PATTERNS[reference.framework] : undefined;
  return pattern === undefined || pattern.test(reference.id);
}

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
