// Sample 3: a hosted model API bought carefully: zero retention approved, processing pinned to the EU,
// SSO and SCIM, pinned model versions. What remains are ordinary findings; no knock-out fires.
import { notApplicable, pick, unknown, type SampleDefinition } from './sample-kit';

const DOCS = 'https://docs.tessellate-labs.example';
const TRUST = 'https://trust.tessellate-labs.example';

/** A hosted model API with zero retention, EU processing pinned, SSO, SCIM and version pinning: rates LOW. */
export const modelApiZeroRetentionEu: SampleDefinition = {
  fileName: 'model-api-zero-retention-eu.fineprint',
  id: 'c41d8e06-2f7b-4a93-8e5c-6b0a19d3f782',
  createdAt: '2026-05-18T07:45:00.000Z',
  updatedAt: '2026-06-02T13:20:00.000Z',
  savedAt: '2026-06-02T13:20:00.000Z',
  answeredFrom: '2026-05-21T08:30:00.000Z',
  profile: {
    vendor: 'Tessellate Labs SAS',
    service: 'Tessellate Model API (Enterprise)',
    offering: 'model-api',
    data: ['internal', 'personal'],
    users: '50-500',
    'user-groups':
      'Customer service agents, through our own ticketing integration that summarises tickets and drafts replies; eight developers hold API access.',
    actions: 'drafts',
    sector: 'private',
    jurisdictions: ['eu'],
    'ai-act-class': 'minimal',
    'model-providers': 'Tessellate Labs, its own models (order form of 2026-05-15, Schedule 1).',
    'hosting-clouds': 'Cirrusline Cloud, EU Central (Frankfurt), failover EU West (Paris); pinned per project (order form, Schedule 2).',
  },
  answers: {
    'region-01': pick('both-named', {
      shared: ['The order form names Frankfurt for storage and Frankfurt or Paris for inference, for the EU-pinned project we use.'],
      evidence: [
        {
          title: 'Order form, Schedule 2: Data location',
          document: 'Tessellate order form DFE-2026-031 signed.pdf',
          clause: 'Schedule 2, sections 1-3',
          seenOn: '2026-05-15',
          hashed: true,
        },
      ],
    }),
    'region-02': pick('pinned-locked', {
      shared: ['EU processing is a project setting only our organisation owners can change; changes are logged in the audit log.'],
      evidence: [
        { title: 'Regional processing guide', link: `${DOCS}/regional-processing`, clause: 'Project data residency', seenOn: '2026-05-18' },
      ],
    }),
    'region-03': pick('same-jurisdiction', { value: 2, shared: ['Frankfurt fails over to Paris and back; no failover outside the EU.'] }),
    'region-04': pick('excluded-off', {
      shared: ['The batch API and hosted file store are not yet in EU processing. Both are listed, and both are disabled for our project.'],
    }),
    'region-05': unknown({
      shared: [
        'Account and billing data are listed as processed in the US. Whether TLS for the EU endpoint terminates only in EU edge locations is still open: the vendor is checking with its cloud.',
      ],
      internal: ['Not blocking for the pilot; tracked as RR-2026-114 in the risk register.'],
    }),
    'region-06': pick('mapped', {
      shared: ['The subprocessor list maps each non-EEA subprocessor (billing, support tooling) to standard contractual clauses module 3.'],
    }),
    'region-08': pick('published-notify', {
      shared: [
        'Tessellate is French; its cloud is US-owned. Both publish request reports, and Tessellate commits to notify us and to challenge overbroad requests.',
      ],
      evidence: [{ title: 'Government access policy', link: `${TRUST}/government-access`, seenOn: '2026-05-18' }],
    }),
    'region-09': pick('partial', {
      shared: [
        "Tessellate publishes the jurisdiction of its own infrastructure; for the hosting cloud it links to the cloud's page, which predates the Data Act.",
      ],
    }),
    'region-12': pick('fixed-uplift', {
      value: 10,
      shared: [
        'EU processing costs 10% more per token than global routing; the uplift is in the signed price schedule and fixed for the term.',
      ],
    }),
    'data-path-01': pick('named-with-diagram', {
      shared: ['Tessellate runs its own models on its own clusters in Cirrusline Cloud; the diagram in the trust pack shows every hop.'],
      evidence: [
        {
          title: 'Data flow diagram, EU projects',
          document: 'Tessellate trust pack 2026-Q2.pdf',
          clause: 'Figure 3',
          seenOn: '2026-05-18',
          hashed: true,
        },
      ],
    }),
    'data-path-02': pick('full-dpa', {
      shared: [
        'Signed DPA with all Art. 28(3) points; Tessellate is processor, Cirrusline Cloud and two support tools are listed subprocessors.',
      ],
      evidence: [
        {
          title: 'Data processing agreement',
          document: 'Tessellate DPA v4 signed.pdf',
          clause: 'Sections 2-9',
          seenOn: '2026-05-15',
          hashed: true,
        },
      ],
    }),
    'data-path-03': pick('list-notice-objection', {
      value: 30,
      shared: [
        'Subscribed to subprocessor notices: 30 days ahead, with a right to object and to terminate the affected project with a pro-rata refund.',
      ],
    }),
    'data-path-04': pick('contractual-ban', {
      shared: ['No training on API inputs or outputs by Tessellate or its subprocessors; the DPA says so in terms.'],
      evidence: [
        { title: 'Data processing agreement', document: 'Tessellate DPA v4 signed.pdf', clause: 'Section 4.3', seenOn: '2026-05-15' },
      ],
    }),
    'data-path-05': pick('zero-retention', {
      value: 0,
      shared: [
        'The default is 30 days of abuse-monitoring storage. Our zero-retention request was approved for the EU project on 2026-05-20: no prompts or outputs are stored, so there is nothing to review.',
      ],
      evidence: [
        {
          title: 'Zero data retention approval',
          document: 'ZDR approval letter, project dfe-support-eu.pdf',
          clause: 'Scope: chat and embeddings endpoints',
          seenOn: '2026-05-20',
          hashed: true,
        },
      ],
    }),
    'data-path-06': pick('feature-table', {
      shared: ['The zero-retention page has a per-endpoint table; we use chat and embeddings only, both covered.'],
      evidence: [
        { title: 'Zero data retention: covered endpoints', link: `${DOCS}/zero-retention`, clause: 'Table 1', seenOn: '2026-05-20' },
      ],
    }),
    'data-path-07': pick('no-sharing', {
      shared: ['Tessellate is the model maker and runs the models itself; the cloud only provides capacity.'],
    }),
    'data-path-08': pick('metadata-only', {
      shared: [
        "Request metadata (token counts, latency, error codes) goes to Tessellate's observability vendor, which is listed; no content.",
      ],
    }),
    'data-path-11': pick('off-or-listed', {
      shared: ['The web search tool is off by default and disabled at organisation level; our integration calls no tools.'],
    }),
    'data-path-12': notApplicable(
      'We call the stateless chat and embeddings endpoints only; the hosted threads and file store, the features that keep conversations and files, are disabled for our organisation.',
    ),
    'identity-01': pick('all-surfaces', {
      shared: ['SAML sign-in with MFA on the console, the admin area and the developer portal, on the Enterprise tier we bought.'],
    }),
    'identity-02': pick('scim-prompt', {
      value: 1,
      shared: ['SCIM from our directory; disabling a user revokes console sessions and their personal API keys within an hour.'],
    }),
    'identity-03': pick('granular-standing', { shared: ['Owner, billing, developer and reader roles; no time-limited elevation.'] }),
    'identity-04': pick('scoped-capped', {
      value: 90,
      shared: [
        'Keys are scoped to the EU project, expire after at most 90 days, and the project has a hard monthly cap. Admin keys are separate.',
      ],
    }),
    'identity-05': pick('workload-identity', {
      shared: ['Tessellate runs its own clusters; it uses federated workload identity to the cloud, no static secrets.'],
    }),
    'identity-06': pick('isolated-tested', {
      shared: [
        'With zero retention nothing of ours is stored. Fine-tunes and vector stores, which we do not use, are kept per tenant, and the 2026 penetration test covered cross-tenant access.',
      ],
      evidence: [
        {
          title: 'Penetration test summary, multi-tenant API',
          document: 'Tessellate pentest executive summary 2026-03.pdf',
          clause: 'Finding class: tenant isolation (none open)',
          seenOn: '2026-05-19',
          hashed: true,
        },
      ],
    }),
    'identity-09': pick('full-export', {
      value: 365,
      shared: [
        'Admin events and per-request metadata are kept a year and stream to our SIEM; with zero retention there is no prompt text in them.',
      ],
    }),
    'identity-11': pick('per-group-default-off', {
      shared: ['Model versions are allow-listed per project; new models stay off until an owner enables them.'],
    }),
    'identity-12': pick('approval-logged', {
      shared: [
        "Enterprise access approval is on: staff access to our organisation needs an owner's approval per request and appears in our audit log.",
      ],
    }),
    'identity-13': pick('cmk-partial', { shared: ['Customer-managed keys cover fine-tunes and vector stores, not the transient caches.'] }),
    'concentration-01': pick('full-map', {
      shared: ['Tessellate (models and API), Cirrusline Cloud (capacity), and a GPU reservation with the same cloud.'],
    }),
    'concentration-02': pick('disclosed-with-plan', {
      shared: [
        'EU capacity comes from a reserved-capacity agreement with Cirrusline Cloud; a second cloud is qualified and the move is planned in the trust pack.',
      ],
    }),
    'concentration-03': pick('hard-wired', {
      shared: [
        'Tessellate offers only its own models. Our integration goes through our own model gateway, which already works with a second provider.',
      ],
      internal: ['The gateway is what makes this acceptable; keep it in the architecture review.'],
    }),
    'concentration-04': pick('pin-long-notice', {
      value: 12,
      shared: ["We pin dated model versions; retirement needs 12 months' notice, and default changes are announced by e-mail."],
      evidence: [{ title: 'Model deprecation policy', link: `${DOCS}/deprecations`, clause: 'Notice periods', seenOn: '2026-05-18' }],
    }),
    'concentration-05': pick('notice-exit-refund', {
      value: 90,
      shared: ["A change of hosting cloud needs 90 days' notice, with a right to terminate and a pro-rata refund."],
    }),
    'concentration-06': pick('on-request', {
      shared: ['Prompts and configurations are ours already; fine-tuned adapters would be exported on request. We do not fine-tune.'],
    }),
    'concentration-07': pick('guaranteed-quota', {
      shared: ['A guaranteed quota for the EU project with documented rate limits; no reserved throughput.'],
    }),
    'concentration-08': pick('rights-in-contract', {
      shared: ['Termination, retrieval and six months of transition help on change of control or insolvency.'],
    }),
    'concentration-09': pick('tested-plan', {
      at: '2026-05-28T09:05:00.000Z',
      shared: ['Our exit plan is to route the gateway to the second provider; we tested it on 27 May with a full day of ticket summaries.'],
    }),
    'concentration-10': pick('overlap-failover', {
      shared: [
        'Our document search tool also runs on Cirrusline Cloud, but the gateway can send ticket traffic to a provider on another cloud.',
      ],
    }),
    'commercial-01': pick('capped-fixed', {
      value: 4000,
      shared: ['Token prices fixed for 24 months; a hard cap of EUR 4,000 a month on the project, with alerts at 50% and 80%.'],
    }),
    'commercial-02': pick('notice-exit', {
      value: 90,
      shared: ["90 days' written notice of price changes at renewal, and we may terminate if we reject them."],
    }),
    'commercial-03': pick('no-charges', { value: 0, shared: ['No switching or egress charges; there is little to move anyway.'] }),
    'commercial-04': pick('conditional', {
      shared: ['The output IP indemnity applies when the default safety settings stay on, which they do in our project.'],
    }),
    'commercial-05': pick('we-own-no-conflict', {
      shared: ['Outputs are ours; the usage policy allows customer-service drafting with human review.'],
    }),
    'commercial-06': pick('covers-upstream', {
      value: 99.9,
      shared: ['99.9% monthly, with credits, and the SLA does not exclude cloud outages.'],
    }),
    'commercial-07': pick('fast-defined', {
      value: 24,
      shared: [
        'Negotiated: the standard DPA said 72 hours for personal-data breaches only; the order form (clause 9.2) now commits to 24 hours for breaches and serious AI incidents, with a defined notice content.',
      ],
    }),
    'commercial-08': pick('covered-no-audit', {
      shared: [
        'SOC 2 Type II and ISO/IEC 27001 cover the API and the EU clusters; ISO/IEC 42001 certification expected this year. No audit right beyond the reports.',
      ],
      evidence: [
        {
          title: 'ISO/IEC 27001 certificate',
          document: 'Tessellate ISO27001 certificate 2026.pdf',
          clause: 'Scope statement',
          seenOn: '2026-05-18',
          hashed: true,
        },
      ],
    }),
    'commercial-09': pick('maintained-cards', { shared: ['A model card per dated version, with evaluation results and a changelog.'] }),
    'commercial-10': pick('partial', {
      shared: [
        'Tessellate provides its general-purpose model information and the instructions for use; classifying our use is left to us: drafting replies to customer tickets is not an Annex III use, as the profile records.',
      ],
    }),
    'commercial-12': pick('all-terms', {
      value: 30,
      shared: ["The Data Act switching schedule: two months' notice, a 30-day transition with help, then 30 days to retrieve data."],
    }),
    'commercial-13': pick('export-certified', {
      value: 30,
      shared: [
        'Export of anything stored, then deletion everywhere within 30 days with a written certificate. With zero retention there is little to delete.',
      ],
    }),
    'commercial-14': pick('single-accountable', {
      shared: ['Tessellate sells, processes and supports; cloud issues are its problem under the contract.'],
    }),
    'commercial-15': pick('low-cap', {
      value: 48000,
      shared: ["Liability, harmful outputs included, is capped at 12 months' fees (about EUR 48,000 at our committed spend)."],
      internal: ['Accepted: a person reviews every drafted reply before it is sent.'],
    }),
    'region-13': pick('named-only', {
      shared: ['No router or cross-region failover: each project calls only the pinned model deployment (order form, Schedule 2).'],
    }),
    'data-path-14': pick('untrusted-fixed', {
      shared: ['Our ticketing integration renders replies as plain text; the API applies fixed output filters.'],
    }),
    'identity-15': pick('tested-buyer-may-test', {
      shared: [
        'Independent red-team test of February 2026 covers direct and indirect injection and tool misuse; customer testing allowed under the security addendum.',
      ],
    }),
    'concentration-14': pick('list-vetted', {
      shared: ['The API ships first-party models only; the component list and vetting policy are in the trust centre.'],
    }),
    'concentration-15': pick('same-everywhere', {
      shared: ['One model and configuration in both EU regions; failover uses the same deployment.'],
    }),
    'concentration-16': pick('advance-notice', {
      shared: ["30 days' notice of new providers, regions and change of control in the order form; no termination right."],
    }),
    'commercial-17': pick('evidence-no-criteria', {
      shared: ['Evaluation results on ticket summarisation shared; acceptance criteria are ours, not in the contract.'],
    }),
    'commercial-18': pick('template-updated', { shared: ['A DPIA input pack is in the trust centre, updated with each model release.'] }),
    'commercial-21': pick('listed-notice-attest', {
      shared: ['No third-party terms are incorporated; the vendor confirms this each year in its attestation letter.'],
    }),
  },
  dataPath: [
    {
      component: 'Ticket summariser in our customer service platform',
      operator: 'Dunmore Freight Europe B.V. (us)',
      region: 'Our EU tenant of the ticketing platform',
      jurisdictions: [{ code: 'eu', memberState: 'NL' }],
      dataKinds: ['ticket text', 'customer names and contact details', 'drafted replies'],
      retention: 'Under our ticketing retention policy (24 months)',
    },
    {
      component: 'Model gateway',
      operator: 'Dunmore Freight Europe B.V. (us)',
      region: 'Our cloud account, EU West',
      jurisdictions: [{ code: 'eu' }],
      dataKinds: ['prompts', 'outputs', 'request metadata'],
      retention: 'Metadata 30 days; no content logged',
    },
    {
      component: 'Tessellate Model API, EU project (chat and embeddings)',
      operator: 'Tessellate Labs SAS',
      region: 'EU Central (Frankfurt), failover EU West (Paris)',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Processing in Frankfurt and Paris; Tessellate is a French company',
      dataKinds: ['prompts', 'outputs'],
      retention: 'Zero retention, approved 2026-05-20',
    },
    {
      component: 'Model hosting and GPU capacity',
      operator: 'Cirrusline Cloud (subprocessor)',
      region: 'EU Central (Frankfurt), EU West (Paris)',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote:
        'Processing in Frankfurt and Paris; the cloud’s parent company is in the United States (see the government-access check)',
      dataKinds: ['prompts and outputs in memory during inference'],
      retention: 'None beyond processing',
    },
    {
      component: 'Tessellate observability and billing',
      operator: 'Tessellate Labs SAS and its listed observability vendor',
      region: 'EU for request metadata; United States for billing and account data',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Request metadata in the EU; billing and account data in the United States under standard contractual clauses',
      dataKinds: ['request metadata (token counts, latency, error codes)', 'account and billing data'],
      retention: 'Metadata 365 days; billing records 10 years',
    },
  ],
  providers: [
    { name: 'Tessellate Labs', role: 'model-maker', scope: 'Chat and embedding models', jurisdictions: [{ code: 'eu' }] },
    { name: 'Cirrusline Cloud', role: 'cloud', scope: 'EU Central (Frankfurt), EU West (Paris)', jurisdictions: [{ code: 'eu' }] },
  ],
  decision: {
    outcome: 'approve',
    rationale:
      "Zero retention is approved in writing, processing is contractually pinned to Frankfurt and Paris, sign-in and provisioning run through our directory, and model versions are pinned with a year's notice. The remaining findings (TLS termination not yet confirmed, AI incident notice, a liability cap of 12 months' fees, one model provider) are tracked in the risk register and do not block production use for drafting with human review.",
    conditions: [],
    signOffs: [
      { role: 'security', name: 'Marta Jansen', date: '2026-06-01' },
      { role: 'legal', name: 'Lucas Verbeek', date: '2026-06-02' },
      { role: 'procurement', name: 'Henrik Olsen', date: '2026-06-02' },
    ],
  },
  history: [
    {
      at: '2026-05-18T07:45:00.000Z',
      by: 'Henrik Olsen',
      event: { kind: 'note', text: 'Created from the AI vendor risk checklist 1.0.0 for the ticket summariser project.' },
    },
    {
      at: '2026-05-21T14:30:00.000Z',
      by: 'Marta Jansen',
      event: {
        kind: 'note',
        text: 'All checks answered from the signed order form, the DPA, the trust pack and the zero-retention approval.',
      },
    },
    {
      at: '2026-05-28T09:10:00.000Z',
      by: 'Marta Jansen',
      event: {
        kind: 'note',
        text: 'Gateway failover to the second provider tested; exit plan answer confirmed. TLS termination question still open with the vendor.',
      },
    },
    {
      at: '2026-06-01T16:00:00.000Z',
      by: 'Marta Jansen',
      event: { kind: 'sign-off-completed', role: 'security', name: 'Marta Jansen', date: '2026-06-01' },
    },
    { at: '2026-06-02T13:20:00.000Z', by: 'Henrik Olsen', event: { kind: 'decision-changed', from: 'pending', to: 'approve' } },
    {
      at: '2026-06-02T16:00:00.000Z',
      by: 'Lucas Verbeek',
      event: { kind: 'sign-off-completed', role: 'legal', name: 'Lucas Verbeek', date: '2026-06-02' },
    },
    {
      at: '2026-06-02T16:00:00.000Z',
      by: 'Henrik Olsen',
      event: { kind: 'sign-off-completed', role: 'procurement', name: 'Henrik Olsen', date: '2026-06-02' },
    },
  ],
};
