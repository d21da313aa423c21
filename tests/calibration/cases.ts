// Calibration cases: realistic assessments a buyer builds from public vendor material (trust page, DPA,
// residency page, subprocessor list), each in two states: "public" (only what the vendor publishes is
// answered, the vendor's silence left unknown) and "answered" (the vendor has replied to every check).
// Each case carries the band a procurement reviewer would put it in, with a one-line reason. The cases
// were written before the scoring method was designed, and the method is judged against them.
// Vendors are archetypes, not claims about named companies.
import type { Rating } from '../../src/core/risk';

/** A jurisdiction as a case states it: a code, an EU member state, or another named country. */
export type CaseJurisdiction = 'eu' | 'uk' | 'us' | 'ch' | `eu:${string}` | `other:${string}`;

/** One data-path hop as a case states it. `jurisdictions: []` means nobody has said where. */
export interface CaseHop {
  component: string;
  operator: string;
  region: string;
  jurisdictions: CaseJurisdiction[];
  dataKinds: string[];
  retention: string;
  /** Switched off by the buyer's admin policy, with the evidence that it is. */
  offByPolicy?: string;
}

/** How the checks a case does not name are answered once the vendor has replied. */
export type Posture = 'none' | 'low' | 'medium';

/** One calibration case. Answers are option ids, or "na: <reason>" for not applicable. */
export interface CalibrationCase {
  id: string;
  title: string;
  profile: Record<string, string | string[]>;
  /** What the buyer reads in public material before asking the vendor anything. */
  facts: Record<string, string>;
  /** What the vendor's replies add; checks named in neither get the posture's option. */
  replies: Record<string, string>;
  /** The riskiest option at or below this level stands for the vendor's replies to everything else. */
  posture: Posture;
  hops: CaseHop[];
  /** Expected rating with public facts only (provisional), and once the vendor has answered. */
  expect: { public: Rating[]; answered: Rating[] };
  reason: string;
}

/** Two cases that differ in one material fact and must land in different bands (`riskier` higher). */
export interface CalibrationPair {
  riskier: string;
  safer: string;
  state: 'public' | 'answered';
  fact: string;
}

const EU_PERSONAL = {
  data: ['internal', 'personal'],
  sector: 'private',
  jurisdictions: ['eu'],
};

const copilotProfile = {
  vendor: 'Northwind Office Suite',
  service: 'Suite copilot (Enterprise)',
  offering: 'suite-copilot',
  ...EU_PERSONAL,
  users: '500-5000',
  actions: 'drafts',
  'user-groups': 'All office staff in the EU entities; drafts mail, summarises meetings and documents.',
  'model-providers': 'The suite maker’s hosted models; a second model maker for the research feature.',
  'hosting-clouds': 'The suite maker’s own cloud, EU data boundary.',
};

const copilotFacts = {
  // EU data boundary page: storage and processing regions for the core service.
  'region-01': 'both-named',
  // The residency page lists the research feature (second model maker) as outside the boundary.
  'region-04': 'excluded-on',
  'region-06': 'generic-sccs',
  'data-path-01': 'named-no-diagram',
  // The product DPA and the subprocessor page with a notification mailing list.
  'data-path-02': 'full-dpa',
  'data-path-03': 'list-notice',
  'data-path-04': 'contractual-ban',
  'identity-01': 'all-surfaces',
  'identity-02': 'scim-prompt',
  // Release notes: new model providers arrive switched on; admins can turn each off.
  'identity-11': 'on-by-default',
};

const copilotReplies = {
  'region-02': 'zone-only',
  'region-05': 'account-data-only',
  'region-09': 'partial',
  'data-path-06': 'partly-documented',
  'data-path-11': 'on-controllable',
  'data-path-12': 'admin-configurable',
  'identity-06': 'isolated-untested',
  'identity-10': 'not-high-risk',
  'concentration-02': 'disclosed-no-plan',
  'concentration-04': 'pin-short-notice',
  'concentration-05': 'notice-no-exit',
  'concentration-06': 'partial-export',
  'concentration-08': 'partial-rights',
  'concentration-09': 'documented-untested',
  'commercial-10': 'partial',
  'commercial-12': 'partial',
  'commercial-15': 'low-cap',
};

const copilotHops = (makerOff?: string): CaseHop[] => [
  {
    component: 'Suite copilot orchestration',
    operator: 'Northwind',
    region: 'EU data boundary',
    jurisdictions: ['eu'],
    dataKinds: ['prompts', 'documents', 'outputs'],
    retention: 'Chat history per admin setting',
  },
  {
    component: 'Suite models',
    operator: 'Northwind',
    region: 'EU data boundary',
    jurisdictions: ['eu'],
    dataKinds: ['prompts', 'outputs'],
    retention: 'None after the response',
  },
  {
    component: 'Research feature: second model maker',
    operator: 'Second model maker',
    region: 'United States',
    jurisdictions: ['us'],
    dataKinds: ['prompts', 'documents', 'outputs'],
    retention: 'Up to 30 days',
    ...(makerOff ? { offByPolicy: makerOff } : {}),
  },
];

const hyperscalerProfile = {
  vendor: 'Stratus Cloud',
  service: 'Stratus hosted model service',
  offering: 'model-api',
  ...EU_PERSONAL,
  users: '50-500',
  actions: 'drafts',
  'user-groups': 'Claims handlers, through our own case-management integration.',
  'model-providers': 'A third-party model lab, resold by the cloud.',
  'hosting-clouds': 'Stratus Cloud.',
};

const hyperscalerFacts = {
  'data-path-01': 'named-with-diagram',
  'data-path-02': 'full-dpa',
  'data-path-03': 'list-notice-objection',
  'data-path-04': 'contractual-ban',
  // Abuse monitoring: up to 30 days, human review only when flagged; exemption on request.
  'data-path-05': 'short-review',
  'data-path-07': 'no-sharing',
  'identity-01': 'all-surfaces',
  'identity-05': 'workload-identity',
};

const hyperscalerReplies = {
  'region-05': 'account-data-only',
  'region-09': 'partial',
  'concentration-02': 'disclosed-no-plan',
  'concentration-07': 'guaranteed-quota',
  'commercial-04': 'conditional',
};

const hyperscalerHop = (jurisdictions: CaseJurisdiction[], region: string): CaseHop => ({
  component: 'Model inference',
  operator: 'Stratus Cloud',
  region,
  jurisdictions,
  dataKinds: ['prompts', 'outputs'],
  retention: 'Abuse monitoring up to 30 days',
});

const apiProfile = {
  vendor: 'Tessellate Labs',
  service: 'Tessellate Model API (Enterprise)',
  offering: 'model-api',
  ...EU_PERSONAL,
  users: '50-500',
  actions: 'drafts',
  'user-groups': 'Customer service agents through our ticketing integration; eight developers hold keys.',
  'model-providers': 'The lab’s own models.',
  'hosting-clouds': 'A public cloud, regions per project.',
};

const apiFacts = {
  'region-01': 'both-named',
  'region-02': 'pinned-locked',
  'region-04': 'excluded-off',
  'data-path-01': 'named-with-diagram',
  'data-path-02': 'full-dpa',
  'data-path-03': 'list-notice-objection',
  'data-path-04': 'contractual-ban',
  'data-path-05': 'zero-retention',
  'data-path-06': 'feature-table',
  'identity-01': 'all-surfaces',
  'identity-04': 'scoped-capped',
};

const startupProfile = {
  vendor: 'Quillmate Ltd',
  service: 'Quillmate contract drafting assistant',
  offering: 'saas-feature',
  ...EU_PERSONAL,
  data: ['confidential', 'personal'],
  users: '50-500',
  actions: 'drafts',
  'user-groups': 'Legal and procurement staff drafting and reviewing contracts.',
  'model-providers': '“Powered by” a frontier lab’s model.',
  'hosting-clouds': 'Not stated.',
};

const agentProfile = {
  vendor: 'Relay Agents Inc.',
  service: 'Relay agent platform',
  offering: 'agent-platform',
  data: ['confidential', 'personal'],
  sector: 'private',
  jurisdictions: ['eu'],
  users: '500-5000',
  actions: 'autonomous',
  'user-groups': 'Operations and finance teams; agents triage mail, update tickets and file documents.',
  'model-providers': 'Two model labs, chosen per agent.',
  'hosting-clouds': 'A US hyperscaler, EU regions.',
};

const agentSafeReplies = {
  'data-path-09': 'delegated-approval',
  'data-path-10': 'allowlist-scoped',
  'identity-07': 'configurable',
  'identity-08': 'instant-global',
  'commercial-01': 'alerts-fixed',
};

const agentFacts = {
  'region-01': 'both-named',
  'data-path-02': 'full-dpa',
  'data-path-03': 'list-notice',
  'data-path-04': 'contractual-ban',
  'identity-01': 'all-surfaces',
};

const agentHops: CaseHop[] = [
  {
    component: 'Agent runtime',
    operator: 'Relay Agents',
    region: 'Frankfurt',
    jurisdictions: ['eu:DE'],
    dataKinds: ['mail', 'tickets', 'documents'],
    retention: 'Run logs 90 days',
  },
  {
    component: 'Model inference',
    operator: 'Hyperscaler (EU regions)',
    region: 'EU data zone',
    jurisdictions: ['eu'],
    dataKinds: ['prompts', 'outputs'],
    retention: 'None after the response',
  },
];

const publicSectorProfile = {
  vendor: 'Civica Cloud AI',
  service: 'Government assistant edition',
  offering: 'suite-copilot',
  data: ['internal', 'personal'],
  sector: 'public-sector',
  jurisdictions: ['eu'],
  users: '500-5000',
  actions: 'drafts',
  'user-groups': 'Caseworkers of a national agency.',
  'model-providers': 'The vendor’s models and one partner lab.',
  'hosting-clouds': 'The vendor’s government cloud region.',
};

const financialProfile = {
  vendor: 'Ledgerline AI',
  service: 'Ledgerline analyst assistant',
  offering: 'saas-feature',
  data: ['confidential', 'regulated'],
  sector: 'financial',
  jurisdictions: ['eu'],
  users: '50-500',
  actions: 'drafts',
  'user-groups': 'Credit analysts of an EU bank.',
  'model-providers': 'One frontier lab, through a cloud marketplace.',
  'hosting-clouds': 'A US hyperscaler, EU regions.',
};

const financialFacts = {
  'region-01': 'both-named',
  'data-path-02': 'full-dpa',
  'data-path-03': 'list-notice-objection',
  'data-path-04': 'contractual-ban',
  'identity-01': 'all-surfaces',
  'commercial-08': 'covered-audit',
};

const euHop = (component: string, operator: string): CaseHop => ({
  component,
  operator,
  region: 'EU',
  jurisdictions: ['eu'],
  dataKinds: ['prompts', 'outputs'],
  retention: 'None after the response',
});

/** The calibration cases, in the order the table prints them. */
export const CASES: CalibrationCase[] = [
  {
    id: 'copilot-maker-on',
    title: 'Suite copilot, non-EU second model maker switched on (EU buyer)',
    profile: copilotProfile,
    facts: copilotFacts,
    replies: copilotReplies,
    posture: 'low',
    hops: copilotHops(),
    expect: { public: ['high'], answered: ['high'] },
    reason: 'EU personal data reaches a US model maker by default, outside the residency promise.',
  },
  {
    id: 'copilot-maker-off',
    title: 'Suite copilot, second model maker switched off by admin policy',
    profile: copilotProfile,
    facts: { ...copilotFacts, 'region-04': 'excluded-off' },
    replies: copilotReplies,
    posture: 'low',
    hops: copilotHops('Admin centre export: research feature disabled tenant-wide, 2026-10-02'),
    expect: { public: ['medium'], answered: ['medium'] },
    reason: 'Mature suite terms; what remains is notice without objection rights and auto-enabled new providers.',
  },
  {
    id: 'hyperscaler-global',
    title: 'Hyperscaler model service, "global" deployment (EU buyer)',
    profile: hyperscalerProfile,
    facts: { ...hyperscalerFacts, 'region-01': 'storage-only', 'region-02': 'global-default' },
    replies: hyperscalerReplies,
    posture: 'low',
    hops: [hyperscalerHop(['other:Any geography the cloud chooses'], 'Global deployment type')],
    expect: { public: ['high'], answered: ['high'] },
    reason: 'Data at rest stays in the EU but inference may run in any geography.',
  },
  {
    id: 'hyperscaler-data-zone',
    title: 'Hyperscaler model service pinned to the EU data zone',
    profile: hyperscalerProfile,
    facts: { ...hyperscalerFacts, 'region-01': 'both-named', 'region-02': 'zone-only' },
    replies: hyperscalerReplies,
    posture: 'low',
    hops: [hyperscalerHop(['eu'], 'EU data zone')],
    expect: { public: ['low'], answered: ['low'] },
    reason: 'Storage and inference committed to the EU zone, processor terms and a training ban in place.',
  },
  {
    id: 'api-zero-retention-eu',
    title: 'Model API with zero retention approved and EU processing pinned',
    profile: apiProfile,
    facts: apiFacts,
    replies: { 'region-05': 'account-data-only', 'region-09': 'partial', 'concentration-03': 'multi-no-byo' },
    posture: 'low',
    hops: [euHop('Model inference', 'Tessellate Labs')],
    expect: { public: ['low'], answered: ['low'] },
    reason: 'Nothing is kept, processing is pinned to the EU, and the contract says so.',
  },
  {
    id: 'api-us-default-retention',
    title: 'Model API processing in the US with 30-day abuse retention (EU buyer, EU-only requirement)',
    profile: apiProfile,
    facts: {
      ...apiFacts,
      'region-02': 'global-default',
      'region-04': 'none-excluded',
      'region-06': 'mapped',
      'data-path-05': 'short-review',
      'data-path-06': 'partly-documented',
    },
    replies: { 'region-05': 'account-data-only', 'region-09': 'not-published' },
    posture: 'low',
    hops: [
      {
        component: 'Model inference',
        operator: 'Tessellate Labs',
        region: 'US regions',
        jurisdictions: ['us'],
        dataKinds: ['prompts', 'outputs'],
        retention: 'Abuse monitoring up to 30 days',
      },
    ],
    expect: { public: ['high'], answered: ['high'] },
    reason: 'The buyer requires EU processing, and prompts with personal data go to the US by default.',
  },
  {
    id: 'marketplace-shares-with-maker',
    title: 'Cloud model marketplace where the chosen model shares data with its maker',
    profile: { ...hyperscalerProfile, service: 'Stratus model marketplace' },
    facts: {
      ...hyperscalerFacts,
      'region-01': 'both-named',
      'region-02': 'zone-only',
      'data-path-07': 'required-for-some',
    },
    replies: hyperscalerReplies,
    posture: 'low',
    hops: [
      hyperscalerHop(['eu'], 'EU data zone'),
      {
        component: 'Model maker (data sharing required for this model)',
        operator: 'Third-party model lab',
        region: 'United States',
        jurisdictions: ['us'],
        dataKinds: ['prompts', 'outputs'],
        retention: 'Per the model maker’s terms',
      },
    ],
    expect: { public: ['high'], answered: ['high'] },
    reason: 'Using the model requires sending prompts to a second company in the US.',
  },
  {
    id: 'startup-wrapper-no-dpa',
    title: 'Start-up "powered by" a lab: brand only, no processor terms, no region',
    profile: startupProfile,
    facts: {
      'region-01': 'no-commitment',
      'data-path-01': 'brand-only',
      'data-path-02': 'no-dpa',
      'data-path-03': 'web-page-only',
    },
    replies: { 'identity-01': 'premium-tier-only', 'concentration-03': 'hard-wired', 'commercial-01': 'uncapped' },
    posture: 'medium',
    hops: [
      {
        component: 'Drafting service',
        operator: 'Quillmate',
        region: 'Not stated',
        jurisdictions: [],
        dataKinds: ['contracts', 'prompts'],
        retention: 'Not stated',
      },
    ],
    expect: { public: ['critical'], answered: ['critical'] },
    reason: 'Personal data flows with no GDPR Art. 28 terms; that alone rules the service out.',
  },
  {
    id: 'startup-wrapper-dpa',
    title: 'Start-up wrapper with processor terms and EU processing, but locked in and uncapped',
    profile: startupProfile,
    facts: {
      'region-01': 'both-named',
      'data-path-01': 'named-no-diagram',
      'data-path-02': 'full-dpa',
      'data-path-03': 'list-notice',
      'data-path-04': 'contractual-ban',
    },
    replies: {
      'concentration-03': 'hard-wired',
      'concentration-07': 'best-effort',
      'concentration-08': 'none-stated',
      'concentration-09': 'no-plan',
      'commercial-01': 'uncapped',
    },
    posture: 'low',
    hops: [euHop('Drafting service', 'Quillmate'), euHop('Model inference (lab’s EU region)', 'Frontier lab')],
    expect: { public: ['low', 'medium'], answered: ['medium', 'high'] },
    reason: 'Data protection is sound; lock-in to one model, no exit rights and uncapped billing remain.',
  },
  {
    id: 'startup-wrapper-dpa-no-dpa',
    title: 'The same wrapper without processor terms',
    profile: startupProfile,
    facts: {
      'region-01': 'both-named',
      'data-path-01': 'named-no-diagram',
      'data-path-02': 'no-dpa',
      'data-path-03': 'list-notice',
      'data-path-04': 'contractual-ban',
    },
    replies: {
      'concentration-03': 'hard-wired',
      'concentration-07': 'best-effort',
      'concentration-08': 'none-stated',
      'concentration-09': 'no-plan',
      'commercial-01': 'uncapped',
    },
    posture: 'low',
    hops: [euHop('Drafting service', 'Quillmate'), euHop('Model inference (lab’s EU region)', 'Frontier lab')],
    expect: { public: ['critical'], answered: ['critical'] },
    reason: 'Without GDPR Art. 28 terms the buyer cannot lawfully send personal data at all.',
  },
  {
    id: 'agent-tenant-wide',
    title: 'Agent platform with a tenant-wide service account and no approval step',
    profile: agentProfile,
    facts: { ...agentFacts, 'data-path-09': 'tenant-wide-no-approval' },
    replies: {
      'data-path-10': 'user-installable',
      'identity-07': 'no-approval',
      'identity-08': 'ticket-only',
      'commercial-01': 'uncapped',
    },
    posture: 'low',
    hops: agentHops,
    expect: { public: ['critical'], answered: ['critical'] },
    reason: 'An agent that can write to every mailbox with nobody approving is disqualifying.',
  },
  {
    id: 'agent-delegated',
    title: 'Agent platform acting with delegated rights, approvals and a kill switch',
    profile: agentProfile,
    facts: { ...agentFacts, 'data-path-09': 'delegated-approval' },
    replies: agentSafeReplies,
    posture: 'low',
    hops: agentHops,
    expect: { public: ['low', 'medium'], answered: ['low', 'medium'] },
    reason: 'Autonomy is high, but each write runs as the user, needs approval, and can be stopped at once.',
  },
  {
    id: 'agent-delegated-tenant-wide',
    title: 'The delegated agent platform, but its connectors use a tenant-wide account, no approval',
    profile: agentProfile,
    facts: { ...agentFacts, 'data-path-09': 'tenant-wide-no-approval' },
    replies: agentSafeReplies,
    posture: 'low',
    hops: agentHops,
    expect: { public: ['critical'], answered: ['critical'] },
    reason: 'One material fact changed: the agent can write anywhere with nobody approving.',
  },
  {
    id: 'public-sector-sovereign-gap',
    title: 'Government edition with undocumented gaps and follow-the-sun support (EU public sector)',
    profile: publicSectorProfile,
    facts: {
      'region-01': 'both-named',
      'region-10': 'undocumented-gaps',
      'data-path-02': 'full-dpa',
      'data-path-04': 'contractual-ban',
      'identity-01': 'all-surfaces',
    },
    replies: { 'region-11': 'follow-the-sun', 'data-path-03': 'list-notice' },
    posture: 'low',
    hops: [euHop('Government cloud region', 'Civica Cloud AI')],
    expect: { public: ['high'], answered: ['high'] },
    reason: 'A public body cannot rely on an edition whose gaps are unknown, run by staff in several countries.',
  },
  {
    id: 'public-sector-sovereign-parity',
    title: 'Government edition with documented gaps and vetted local staff',
    profile: publicSectorProfile,
    facts: {
      'region-01': 'both-named',
      'region-10': 'documented-gaps',
      'data-path-02': 'full-dpa',
      'data-path-04': 'contractual-ban',
      'identity-01': 'all-surfaces',
    },
    replies: { 'region-11': 'local-vetted', 'data-path-03': 'list-notice' },
    posture: 'low',
    hops: [euHop('Government cloud region', 'Civica Cloud AI')],
    expect: { public: ['low', 'medium'], answered: ['low', 'medium'] },
    reason: 'Gaps are known with dates and operations stay with vetted local staff.',
  },
  {
    id: 'financial-dora-refused',
    title: 'Analyst assistant for an EU bank; the vendor refuses DORA contract terms',
    profile: financialProfile,
    facts: financialFacts,
    replies: { 'commercial-16': 'refused', 'concentration-11': 'refused', 'concentration-13': 'none' },
    posture: 'low',
    hops: [euHop('Analyst assistant', 'Ledgerline AI'), euHop('Model inference (EU regions)', 'US hyperscaler')],
    expect: { public: ['low', 'medium'], answered: ['critical'] },
    reason: 'A bank may not outsource to an ICT provider that refuses the DORA Art. 30 terms.',
  },
  {
    id: 'financial-dora-agreed',
    title: 'The same assistant with the DORA terms agreed',
    profile: financialProfile,
    facts: financialFacts,
    replies: { 'commercial-16': 'all-provisions', 'concentration-11': 'provided-updated', 'concentration-13': 'full-support' },
    posture: 'low',
    hops: [euHop('Analyst assistant', 'Ledgerline AI'), euHop('Model inference (EU regions)', 'US hyperscaler')],
    expect: { public: ['low', 'medium'], answered: ['low', 'medium'] },
    reason: 'Regulated data, but contractually covered and processed in the EU.',
  },
  {
    id: 'us-coding-assistant-all-medium',
    title: 'US buyer, internal code only: every answer at its medium option',
    profile: {
      vendor: 'Forge Dev Tools',
      service: 'Forge coding assistant',
      offering: 'saas-feature',
      data: ['internal'],
      sector: 'private',
      jurisdictions: ['us'],
      users: 'under-50',
      actions: 'drafts',
      'user-groups': 'Twelve developers.',
      'model-providers': 'Two model labs.',
      'hosting-clouds': 'A US cloud.',
    },
    facts: { 'identity-01': 'partial-surfaces', 'data-path-04': 'vendor-only-ban' },
    replies: {},
    posture: 'medium',
    hops: [
      {
        component: 'Coding assistant',
        operator: 'Forge',
        region: 'US',
        jurisdictions: ['us'],
        dataKinds: ['code'],
        retention: '30 days',
      },
    ],
    expect: { public: ['low', 'medium'], answered: ['medium'] },
    reason: 'Many middling answers and no red flag: worth negotiating, not a blocker.',
  },
  {
    id: 'us-suite-no-sso',
    title: 'US buyer, suite add-on without single sign-on',
    profile: {
      vendor: 'Brightpad',
      service: 'Brightpad meeting notes AI',
      offering: 'saas-feature',
      data: ['internal', 'confidential'],
      sector: 'private',
      jurisdictions: ['us'],
      users: '500-5000',
      actions: 'drafts',
      'user-groups': 'Sales and account management.',
      'model-providers': 'One lab.',
      'hosting-clouds': 'A US cloud.',
    },
    facts: { 'identity-01': 'no-sso', 'data-path-04': 'contractual-ban' },
    replies: {},
    posture: 'low',
    hops: [
      {
        component: 'Meeting notes service',
        operator: 'Brightpad',
        region: 'US',
        jurisdictions: ['us'],
        dataKinds: ['recordings', 'transcripts'],
        retention: '1 year',
      },
    ],
    expect: { public: ['high'], answered: ['high'] },
    reason: 'Two thousand accounts with local passwords cannot be governed or removed in time.',
  },
];

/** Pairs that differ in one material fact and must differ in band. */
export const PAIRS: CalibrationPair[] = [
  { riskier: 'copilot-maker-on', safer: 'copilot-maker-off', state: 'answered', fact: 'second model maker on vs off by policy' },
  { riskier: 'copilot-maker-on', safer: 'copilot-maker-off', state: 'public', fact: 'second model maker on vs off by policy' },
  { riskier: 'hyperscaler-global', safer: 'hyperscaler-data-zone', state: 'answered', fact: 'global vs data-zone deployment' },
  { riskier: 'hyperscaler-global', safer: 'hyperscaler-data-zone', state: 'public', fact: 'global vs data-zone deployment' },
  { riskier: 'api-us-default-retention', safer: 'api-zero-retention-eu', state: 'answered', fact: 'US processing vs EU pinned' },
  { riskier: 'startup-wrapper-dpa-no-dpa', safer: 'startup-wrapper-dpa', state: 'answered', fact: 'no processor terms vs full DPA' },
  { riskier: 'agent-delegated-tenant-wide', safer: 'agent-delegated', state: 'answered', fact: 'tenant-wide account vs delegated' },
  { riskier: 'public-sector-sovereign-gap', safer: 'public-sector-sovereign-parity', state: 'answered', fact: 'edition gaps and staff' },
  { riskier: 'financial-dora-refused', safer: 'financial-dora-agreed', state: 'answered', fact: 'DORA terms refused vs agreed' },
];

/** Bundled 1.0.0 sample files (format 1), kept as they were before the method changed. */
export const FILE_CASES: { file: string; expect: Rating[]; reason: string }[] = [
  {
    file: 'suite-copilot-second-model-maker.fineprint',
    expect: ['high'],
    reason: 'A second model maker outside the EU boundary is on by default.',
  },
  {
    file: 'powered-by-startup-global-routing.fineprint',
    expect: ['critical'],
    reason: 'Brand-only hosting, global routing and no processor terms.',
  },
  {
    file: 'model-api-zero-retention-eu.fineprint',
    expect: ['low'],
    reason: 'Zero retention and EU processing pinned in the contract.',
  },
  {
    file: 'agent-platform-tenant-wide.fineprint',
    expect: ['critical'],
    reason: 'Tenant-wide write access with no approval step.',
  },
];
