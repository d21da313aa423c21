// Sample 4: an agent platform wired to the whole mail and document tenant through one service account,
// with no approval step and uncapped token billing, assessed by an EU bank under DORA. Rates critical.
import { pick, unknown, type SampleDefinition } from './sample-kit';

const DOCS = 'https://docs.relayworks.invalid';

/** An agent platform with tenant-wide mailbox and document connectors, no approval step, uncapped billing: rates CRITICAL. */
export const agentPlatformTenantWide: SampleDefinition = {
  fileName: 'agent-platform-tenant-wide.fineprint',
  id: '5e0a3b7d-c926-4f18-a4d2-8f61b7e2c095',
  createdAt: '2026-09-07T12:00:00.000Z',
  updatedAt: '2026-09-24T10:30:00.000Z',
  savedAt: '2026-09-24T10:30:00.000Z',
  answeredFrom: '2026-09-10T08:00:00.000Z',
  profile: {
    vendor: 'Relayworks Inc.',
    service: 'Relayworks Agent Platform (Business tier)',
    offering: 'agent-platform',
    data: ['internal', 'confidential', 'personal', 'regulated'],
    users: '500-5000',
    'user-groups':
      'Back-office operations (payments exceptions, customer correspondence, KYC refresh); agents built by the automation centre of excellence.',
    actions: 'autonomous',
    sector: 'financial',
    jurisdictions: ['eu'],
    'ai-act-class': 'not-assessed',
    'model-providers':
      'Lumenfold Labs (default planner model) and Kestrel Reasoning Labs (optional), per the Relayworks architecture overview, seen 2026-09-08.',
    'hosting-clouds': 'Cirrusline Cloud, "EU data zone" deployment (Frankfurt, Amsterdam, Milan); browsing tool in US East.',
  },
  answers: {
    'region-01': pick('processing-documented', {
      shared: ['Storage in the EU data zone is in the contract. Processing in the data zone is only in the product documentation.'],
      evidence: [{ title: 'Data residency', link: `${DOCS}/trust/data-residency`, clause: 'EU data zone', seenOn: '2026-09-08' }],
    }),
    'region-02': pick('zone-only', { shared: ['The EU data zone can be pinned per workspace; a single country cannot.'] }),
    'region-03': pick('same-jurisdiction', {
      value: 3,
      shared: ['Failover among Frankfurt, Amsterdam and Milan, all inside the data zone.'],
    }),
    'region-04': pick('excluded-on', {
      shared: ['The web browsing tool runs in US East, is outside the data zone, and is enabled in every new agent template.'],
    }),
    'region-05': pick('account-data-only', { shared: ['Account and billing data are processed in the US and listed.'] }),
    'region-06': pick('generic-sccs', {
      shared: ['SCCs referenced in the DPA in general; the browsing tool provider is not mapped to a mechanism.'],
    }),
    'region-08': pick('published-no-notify', {
      shared: ['Relayworks is a US company. It publishes a request policy but makes no commitment to notify us or challenge demands.'],
    }),
    'region-09': pick('not-published', { shared: ['No Data Act jurisdiction or safeguards statement.'] }),
    'region-12': pick('fixed-uplift', {
      value: 15,
      shared: ['The EU data zone adds 15% to token prices, shown in the order form and fixed for the term.'],
    }),
    'data-path-01': pick('partly-named', {
      shared: ['The model makers are named; the browsing and document-parsing tools are "trusted tool partners".'],
    }),
    'data-path-02': pick('dpa-gaps', {
      shared: [
        'A DPA exists, but audit is limited to reports and deletion at exit is "in line with our retention schedule". Points 28(3)(g) and (h) are weakened.',
      ],
      evidence: [
        {
          title: 'Relayworks Data Processing Addendum',
          document: 'Relayworks DPA 2026-06.pdf',
          clause: 'Sections 8 (audit) and 11 (deletion)',
          seenOn: '2026-09-09',
          hashed: true,
        },
      ],
    }),
    'data-path-03': pick('list-notice', {
      value: 15,
      shared: ['Subprocessor changes are e-mailed 15 days ahead; there is no right to object.'],
      evidence: [{ title: 'Subprocessors', link: `${DOCS}/trust/subprocessors`, seenOn: '2026-09-08' }],
    }),
    'data-path-04': pick('opt-out', {
      shared: [
        'Agent run traces are used to improve the planner "unless the workspace owner opts out". Opting out is possible, but the default is on and nothing binds the model makers.',
      ],
      internal: ['We would opt out on day one, but the knock-out stands because the contract allows training by default.'],
      evidence: [
        {
          title: 'Relayworks Customer Terms',
          link: `${DOCS}/legal/customer-terms`,
          clause: 'Section 7.4, Service improvement',
          seenOn: '2026-09-08',
        },
      ],
    }),
    'data-path-05': pick('short-review', {
      value: 30,
      shared: ['Flagged runs are kept 30 days for abuse review by the trust and safety team.'],
    }),
    'data-path-06': pick('partly-documented', {
      shared: ['Zero retention covers model calls only; run traces, tool outputs and the document cache are stored regardless.'],
    }),
    'data-path-07': pick('off-by-default', {
      shared: ['Kestrel models involve sharing with their maker; they are listed and off unless enabled.'],
    }),
    'data-path-08': pick('listed', {
      shared: ["Run traces stay in Relayworks' own trace store, which is listed in the subprocessor notice."],
    }),
    'data-path-09': pick('tenant-wide-no-approval', {
      shared: [
        'The mailbox and document connectors use one service account with tenant-wide read and write rights, granted by our admin at set-up. Agents send mail, move and delete documents without any approval step.',
      ],
      internal: ['The demo agent filed a test payment exception into the wrong customer folder, and nobody saw it until the next morning.'],
      evidence: [
        {
          title: 'Connector set-up guide: mail and documents',
          link: `${DOCS}/connectors/mail-and-documents`,
          clause: 'Step 3, Grant tenant-wide consent',
          seenOn: '2026-09-08',
          hashed: true,
        },
      ],
    }),
    'data-path-10': pick('user-installable', {
      shared: ['Any agent builder can add connectors and tools from the marketplace; there is no admin allow-list on the Business tier.'],
    }),
    'data-path-11': pick('on-controllable', {
      shared: ['Browsing is on by default in agent templates; admins can disable it per workspace and the provider is listed.'],
    }),
    'data-path-12': pick('long-fixed', {
      value: 400,
      shared: ['Run history, including mail bodies the agents read, is kept 400 days and cannot be shortened.'],
    }),
    'data-path-13': pick('permitted-no-terms', {
      shared: ['Regulated data is allowed, but no financial-services addendum or supervisory access clause is offered.'],
    }),
    'identity-01': pick('premium-tier-only', {
      shared: ['SAML SSO and enforced MFA are Enterprise-tier features; the quoted Business tier has e-mail sign-in with optional MFA.'],
    }),
    'identity-02': pick('orphaned-assets', {
      value: 24,
      shared: [
        'Without SCIM, removing a user ends sessions within 24 hours, but agents they built keep running under the connector service account.',
      ],
    }),
    'identity-03': pick('admin-or-user', { shared: ['Only "workspace admin" and "builder".'] }),
    'identity-04': pick('scoped-no-cap', {
      value: 365,
      shared: ['Keys scoped per workspace, expiring after at most 365 days; spending alerts only.'],
    }),
    'identity-05': pick('vaulted-secrets', {
      shared: ['Per-customer credentials to the model providers, held in a vault and rotated quarterly.'],
    }),
    'identity-06': pick('isolated-untested', { shared: ['Per-tenant document caches and vector stores; no independent test report.'] }),
    'identity-07': pick('no-approval', {
      shared: ['There is no approval step for any action, including external mail and document deletion.'],
    }),
    'identity-08': pick('per-agent', {
      shared: ['Agents can be paused one by one; there is no tenant-wide stop, and pausing does not revoke the connector token.'],
    }),
    'identity-14': pick('no-log', {
      shared: ['Unattended runs leave no trace we can see: only runs started from the chat window appear in the run history.'],
    }),
    'identity-09': pick('short-no-export', {
      value: 30,
      shared: ['Admin and run events are visible for 30 days in the console, with no SIEM export on this tier.'],
    }),
    'identity-10': pick('shorter', {
      value: 1,
      shared: ['The KYC refresh agent may fall under the high-risk rules; logs we control last one month, not six.'],
    }),
    'identity-11': pick('tenant-switch', { shared: ['Model providers can be switched on or off for the whole tenant only.'] }),
    'identity-12': pick('logged-only', { shared: ['Support access to run traces is logged for us but needs no approval.'] }),
    'identity-13': pick('vendor-only', { shared: ['Customer-managed keys are on the roadmap; today only vendor-managed keys.'] }),
    'concentration-01': pick('partial-map', { shared: ['Model makers and cloud named; the tool partners and a GPU reseller are not.'] }),
    'concentration-02': pick('disclosed-no-plan', {
      shared: ["Relayworks buys Lumenfold capacity through the cloud's marketplace, says so, and has no plan if that arrangement changes."],
    }),
    'concentration-03': pick('multi-no-byo', { shared: ['Two model makers are supported; no bring-your-own model or key.'] }),
    'concentration-04': pick('pin-short-notice', {
      value: 1,
      shared: ["Planner model versions can be pinned, with one month's notice of retirement."],
    }),
    'concentration-05': pick('notice-no-exit', {
      value: 15,
      shared: ["Same 15 days' notice as any subprocessor change, with no right to exit."],
    }),
    'concentration-06': pick('partial-export', {
      shared: ['Run history exports as JSON; agent definitions, tool configurations and memories cannot be exported.'],
    }),
    'concentration-07': pick('best-effort', { shared: ['Best effort; month-end peaks have throttled agent runs in the pilot.'] }),
    'concentration-08': pick('partial-rights', {
      shared: ['Termination on change of control is allowed; nothing on insolvency or loss of model access.'],
    }),
    'concentration-09': pick('no-plan', { shared: ['No exit plan: the agents would have to be rebuilt from scratch elsewhere.'] }),
    'concentration-10': pick('overlap-single', {
      shared: ['Our fraud analytics vendor also depends on Lumenfold models on the same cloud, with no failover.'],
    }),
    'concentration-11': pick('provided-once', {
      shared: ['Relayworks filled in our register template at signature but will not commit to update it at each change.'],
    }),
    'concentration-12': pick('partial-info', {
      shared: [
        'Countries of establishment provided; substitutability and the list of subcontractors supporting critical functions were not.',
      ],
    }),
    'concentration-13': pick('partial-support', { shared: ['A 30-day transition period is offered; no migration help.'] }),
    'commercial-01': pick('uncapped', {
      shared: [
        'Token-based billing with no hard cap on the Business tier. During the pilot a looping agent consumed 1.9 million tokens overnight; only an alert fired.',
      ],
      internal: ['Finance wants a hard cap per agent before any further pilot.'],
    }),
    'commercial-02': pick('notice-no-exit', { value: 30, shared: ["30 days' notice of price changes; no right to terminate."] }),
    'commercial-03': pick('cost-based', {
      value: 2500,
      shared: ['A one-off export fee of EUR 2,500 until 12 January 2027, dropped after that date in the Data Act addendum.'],
    }),
    'commercial-04': pick('narrow-capped', {
      shared: ['IP indemnity capped at fees paid and excluding outputs of agents that use custom tools.'],
    }),
    'commercial-05': pick('we-own-no-conflict', {
      shared: ['Outputs are ours and the acceptable-use policy permits our intended back-office uses.'],
    }),
    'commercial-06': pick('excludes-upstream', { value: 99.5, shared: ['99.5% monthly, excluding model-provider and cloud outages.'] }),
    'commercial-07': pick('undue-delay', { shared: ['"Without undue delay" for security incidents; AI incidents are not covered.'] }),
    'commercial-08': pick('covered-no-audit', { shared: ['SOC 2 Type II covers the platform; audit rights only through the report.'] }),
    'commercial-09': unknown({
      shared: ['Asked for the system card of the planner; the vendor has promised a document "after the next release".'],
    }),
    'commercial-10': pick('partial', {
      shared: ['Relayworks says it is a deployer-facing provider but has not classified the KYC use case.'],
    }),
    'commercial-12': pick('partial', {
      value: 14,
      shared: ["Two months' notice and a 30-day transition are in the addendum; only 14 days to retrieve data afterwards."],
    }),
    'commercial-13': pick('deletion-only', {
      value: 30,
      shared: [
        'Deletion within 30 days after termination is committed and certified. Nothing obliges Relayworks to return our data: the in-product export ends with the subscription.',
      ],
      evidence: [
        {
          title: 'Relayworks Customer Terms',
          link: `${DOCS}/legal/customer-terms`,
          clause: 'Section 14.3, Effect of termination',
          seenOn: '2026-09-08',
        },
      ],
    }),
    'commercial-14': pick('split-documented', {
      shared: ['Relayworks answers all tickets and escalates to model makers under a documented path.'],
    }),
    'commercial-15': pick('low-cap', {
      value: 180000,
      shared: ["Liability, agent actions included, capped at 12 months' fees (about EUR 180,000)."],
      internal: ['Legal: far too low for agents that can send mail to customers on their own.'],
    }),
    'commercial-16': pick('refused', {
      shared: [
        'The vendor will not sign DORA-specific terms: its standard terms grant no supervisor access, no participation in our threat-led testing and no exit transition.',
      ],
    }),
    'region-13': pick('fallback-listed-on', {
      shared: ['Failover to a second cloud region in the EU is always on; the targets are listed.'],
    }),
    'data-path-14': pick('partial', {
      shared: ['Tool-call arguments are validated against a schema, but links and images in agent output are rendered as they come.'],
    }),
    'data-path-15': pick('shared-purge', { shared: ['Agent memory is shared per workspace; admins can purge it, but not per user.'] }),
    'identity-15': pick('internal-only', { shared: ['Internal red-teaming only; no independent test of the agent runtime.'] }),
    'concentration-14': pick('open-marketplace', { shared: ['Users can add any MCP server by URL; there is no list and no review.'] }),
    'concentration-15': pick('differences-undocumented', {
      shared: ['The planner falls back to a second model maker under load; differences are not documented.'],
    }),
    'concentration-16': pick('after-the-fact', { shared: ['Changes of provider are announced in release notes after the fact.'] }),
    'commercial-17': pick('generic-benchmarks', { shared: ['Generic agent benchmarks only; no evaluation for KYC refresh tasks.'] }),
    'commercial-18': pick('on-request', { shared: ['DPIA questions are answered by the privacy team on request.'] }),
    'commercial-21': pick('listed-no-notice', {
      shared: ["The model makers' usage policies are listed in the terms but can change without notice."],
    }),
  },
  dataPath: [
    {
      component: 'Relayworks agent runtime and builder',
      operator: 'Relayworks Inc.',
      region: 'Cirrusline Cloud, EU data zone (Frankfurt, Amsterdam, Milan)',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Processing in the EU data zone; Relayworks is a US company (see the government-access check)',
      dataKinds: ['agent instructions', 'run traces', 'tool outputs', 'mail bodies and documents read by agents'],
      retention: 'Run history 400 days, not configurable',
    },
    {
      component: 'Mailbox and document connectors',
      operator: 'Relayworks Inc., through one tenant-wide service account in our mail and document tenant',
      region: 'Our tenant, EU',
      jurisdictions: [{ code: 'eu' }],
      dataKinds: ['all mailboxes', 'all document libraries', 'customer correspondence', 'KYC documents'],
      retention: 'Document cache 30 days',
    },
    {
      component: 'Planner and reasoning models',
      operator: 'Lumenfold Labs models on Cirrusline Cloud; Kestrel Reasoning Labs (off by default)',
      region: 'Cirrusline Cloud, EU data zone',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Processing in the EU data zone; the model makers and the cloud are US companies',
      dataKinds: ['prompts with mail and document content', 'outputs', 'tool calls'],
      retention: 'Flagged runs 30 days for abuse review',
    },
    {
      component: 'Web browsing tool',
      operator: 'Tool partner (named only as "trusted tool partner")',
      region: 'US East',
      jurisdictions: [{ code: 'us' }],
      dataKinds: ['search queries built from agent context', 'fetched pages'],
      retention: 'Not stated',
    },
    {
      component: 'Trace store, console logs and billing',
      operator: 'Relayworks Inc.',
      region: 'EU data zone for traces; United States for billing and account data',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Traces in the EU; billing and account data in the United States (see the non-content data check)',
      dataKinds: ['run traces', 'admin events', 'token usage', 'account data'],
      retention: 'Console logs 30 days; traces 400 days; used for planner improvement unless opted out',
    },
  ],
  providers: [
    { name: 'Lumenfold Labs', role: 'model-maker', scope: 'Planner and reasoning models', jurisdictions: [{ code: 'eu' }] },
    { name: 'Kestrel Reasoning Labs', role: 'model-maker', scope: 'Reasoning models (off by default)', jurisdictions: [] },
    { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU data zone (Frankfurt, Amsterdam, Milan)', jurisdictions: [{ code: 'eu' }] },
  ],
  decision: {
    outcome: 'reject',
    rationale:
      'The platform would act on every mailbox and document library of the bank through one service account, with no approval step and no tenant-wide stop, billed per token with no cap. Run traces train the planner by default, and our data is not returned at exit. For a financial entity under DORA this is not acceptable on the Business tier. We would reassess an Enterprise offer with delegated per-user permissions, configurable approvals, hard spending caps, a training ban and a data-return clause.',
    conditions: [],
    signOffs: [
      { role: 'security', name: 'Jonas Ekberg', date: '2026-09-22' },
      { role: 'legal', name: 'Camille Laurent', date: '2026-09-23' },
      { role: 'procurement', name: 'Rasmus Holm', date: '2026-09-24' },
    ],
  },
  history: [
    {
      at: '2026-09-07T12:00:00.000Z',
      by: 'Rasmus Holm',
      event: { kind: 'note', text: 'Created from the AI vendor risk checklist 1.0.0 after the automation pilot.' },
    },
    {
      at: '2026-09-10T15:00:00.000Z',
      by: 'Jonas Ekberg',
      event: {
        kind: 'note',
        text: 'All checks answered from the pilot configuration, the Business-tier terms and the DPA; tenant-wide connector consent confirmed.',
      },
    },
    {
      at: '2026-09-18T09:30:00.000Z',
      by: 'Camille Laurent',
      event: { kind: 'note', text: 'DORA checks reviewed against the financial-services addendum; register and exit gaps recorded.' },
    },
    {
      at: '2026-09-22T16:00:00.000Z',
      by: 'Jonas Ekberg',
      event: { kind: 'sign-off-completed', role: 'security', name: 'Jonas Ekberg', date: '2026-09-22' },
    },
    {
      at: '2026-09-23T16:00:00.000Z',
      by: 'Camille Laurent',
      event: { kind: 'sign-off-completed', role: 'legal', name: 'Camille Laurent', date: '2026-09-23' },
    },
    { at: '2026-09-24T10:30:00.000Z', by: 'Rasmus Holm', event: { kind: 'decision-changed', from: 'pending', to: 'reject' } },
    { at: '2026-09-24T10:30:00.000Z', by: 'Rasmus Holm', event: { kind: 'note', text: 'Enterprise offer requested from the vendor.' } },
    {
      at: '2026-09-24T16:00:00.000Z',
      by: 'Rasmus Holm',
      event: { kind: 'sign-off-completed', role: 'procurement', name: 'Rasmus Holm', date: '2026-09-24' },
    },
  ],
};
