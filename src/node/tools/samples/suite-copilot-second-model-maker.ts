// Sample 1: a suite copilot that quietly gained a second model maker as subprocessor, running outside the
// suite's EU data boundary and switched on by default, assessed by an EU public-sector buyer. Rates high.
import { notApplicable, pick, unknown, type SampleDefinition } from './sample-kit';

const TRUST = 'https://trust.northwind-suite.example';
const KESTREL = 'https://legal.kestrel-labs.example';

/** A suite copilot that adds a second model maker outside its regional data boundary: rates HIGH. */
export const suiteCopilotSecondModelMaker: SampleDefinition = {
  fileName: 'suite-copilot-second-model-maker.fineprint',
  id: '3f6c2a9e-8d41-4b7a-9c15-2e7d04b1a6f3',
  createdAt: '2026-02-09T08:30:00.000Z',
  updatedAt: '2026-03-04T15:10:00.000Z',
  savedAt: '2026-03-04T15:10:00.000Z',
  answeredFrom: '2026-02-12T08:00:00.000Z',
  profile: {
    vendor: 'Northwind Software Group',
    service: 'Northwind Office Suite Copilot',
    offering: 'suite-copilot',
    data: ['internal', 'personal'],
    users: 'over-5000',
    'user-groups': 'Case workers, policy officers and back-office staff of the Veldmark provincial administration; no external users.',
    actions: 'drafts',
    sector: 'public-sector',
    jurisdictions: ['eu'],
    'ai-act-class': 'minimal',
    'model-providers':
      'Lumenfold Labs models, run by Northwind in its own cloud (copilot product page, seen 2026-02-09). Since 2026-01-19 also Kestrel Reasoning Labs for the "deep reasoning" mode (subprocessor list, seen 2026-02-09).',
    'hosting-clouds':
      'Northwind Cloud, EU data boundary regions Amsterdam and Frankfurt; Kestrel models on Vantafield Compute, US East (Kestrel model FAQ, seen 2026-02-10).',
  },
  answers: {
    'region-01': pick('storage-only', {
      at: '2026-02-20T10:05:00.000Z',
      shared: [
        'The EU data boundary addendum commits storage and processing for the copilot, but its annex carves out "features provided by additional model providers". Deep reasoning runs at Kestrel in the US, so the contract commits only where our data is stored, not where every prompt is processed.',
      ],
      internal: ['Legal reads the carve-out the same way. This is the finding that drives the conditions.'],
      evidence: [
        {
          title: 'EU data boundary addendum',
          document: 'Northwind EU Data Boundary Addendum v7.pdf',
          clause: 'Annex 2, Excluded services, item 4',
          seenOn: '2026-02-19',
          hashed: true,
        },
      ],
    }),
    'region-02': pick('pinned-overridable', {
      shared: [
        'The tenant is pinned to the EU geography, but new features may launch with processing outside it until they are "brought into the boundary". Deep reasoning is one such feature.',
      ],
    }),
    'region-03': pick('same-jurisdiction', {
      value: 2,
      shared: ['Amsterdam fails over to Frankfurt and back; both are named in the service description.'],
      evidence: [
        {
          title: 'Data location by service',
          link: `${TRUST}/data-location`,
          clause: 'Copilot: primary and failover',
          seenOn: '2026-02-12',
        },
      ],
    }),
    'region-04': pick('excluded-on', {
      at: '2026-02-20T10:15:00.000Z',
      shared: [
        'Deep reasoning (Kestrel models) is outside the boundary and was switched on by default for our release channel on 2026-01-19. Our admins turned it off on 2026-02-13; it stays off until the conditions are met.',
      ],
      evidence: [
        {
          title: 'Message centre notice: new model choice in Copilot',
          document: 'MC-2026-0114 (tenant message centre export).pdf',
          clause: 'Section "Data handling"',
          seenOn: '2026-02-10',
          hashed: true,
        },
      ],
    }),
    'region-05': pick('account-data-only', {
      shared: [
        'Billing and account data are processed in the US and listed as such; telemetry about copilot prompts stays in the boundary.',
      ],
    }),
    'region-06': pick('generic-sccs', {
      shared: [
        'The DPA incorporates the standard contractual clauses in general. The subprocessor list does not say which mechanism covers the transfer to Kestrel Reasoning Labs.',
      ],
      internal: ['Ask the DPO whether the transfer impact assessment for the suite already covers a new US model maker.'],
    }),
    'region-08': pick('published-notify', {
      shared: [
        'Northwind publishes a law-enforcement request report twice a year and commits to redirect requests to the customer and to notify unless barred.',
      ],
      evidence: [{ title: 'Government request policy', link: `${TRUST}/government-requests`, seenOn: '2026-02-12' }],
    }),
    'region-09': pick('partial', {
      shared: [
        'The Data Act transparency page covers Northwind Cloud. It says nothing about Vantafield Compute, where the Kestrel models run.',
      ],
    }),
    'region-10': notApplicable(
      'We are buying the commercial edition under the EU data boundary; the sovereign edition is not part of this procurement and does not yet offer the copilot.',
    ),
    'region-11': pick('local-unvetted', {
      shared: [
        'Support for EU tenants is staffed in the EU, but not by staff vetted to the provincial security level; follow-up escalations can go to US engineers.',
      ],
    }),
    'region-12': pick('no-uplift', { value: 0, shared: ['Boundary processing is included in the suite licence at no extra charge.'] }),
    'data-path-01': pick('named-no-diagram', {
      shared: ['Both model makers are named per feature, but the only diagram shows Northwind services and stops at "model providers".'],
    }),
    'data-path-02': pick('full-dpa', {
      shared: [
        'The suite DPA covers the copilot, names Northwind as processor and lists Kestrel Reasoning Labs as a subprocessor since January.',
      ],
      evidence: [
        {
          title: 'Northwind Data Protection Addendum',
          document: 'Northwind DPA 2026-01.pdf',
          clause: 'Section 3 (Art. 28 terms), Annex 3 (subprocessors)',
          seenOn: '2026-02-12',
          hashed: true,
        },
      ],
    }),
    'data-path-03': pick('list-notice', {
      value: 30,
      shared: [
        'Subprocessor changes are announced 30 days ahead by e-mail and in the message centre. The only remedy if we object is to terminate the whole suite, which is not a real option for us.',
      ],
      evidence: [
        {
          title: 'Subprocessor list, copilot section',
          link: `${TRUST}/subprocessors`,
          clause: 'Change notification',
          seenOn: '2026-02-09',
        },
      ],
    }),
    'data-path-04': pick('contractual-ban', {
      shared: ['The DPA bans training on customer data and binds subprocessors to the same terms, Kestrel included.'],
      evidence: [{ title: 'Northwind DPA', document: 'Northwind DPA 2026-01.pdf', clause: 'Section 5.2', seenOn: '2026-02-12' }],
    }),
    'data-path-05': pick('short-review', {
      value: 30,
      shared: [
        'Default models keep no prompts for abuse monitoring. Kestrel keeps flagged prompts up to 30 days with review by vetted staff.',
      ],
      evidence: [
        { title: 'Kestrel enterprise data usage', link: `${KESTREL}/enterprise-data`, clause: 'Safety monitoring', seenOn: '2026-02-10' },
      ],
    }),
    'data-path-06': pick('partly-documented', {
      shared: ['Stored content is documented for chat history and meeting recaps, not for deep reasoning or the web grounding cache.'],
    }),
    'data-path-07': pick('required-for-some', {
      shared: [
        'Deep reasoning can only be used if prompts and grounding content go to Kestrel. Any user could pick it from the model menu until our admins switched it off.',
      ],
    }),
    'data-path-08': pick('metadata-only', {
      shared: ['Northwind states that only usage metadata reaches its analytics pipeline; no prompt text.'],
    }),
    'data-path-11': pick('on-controllable', {
      shared: ['Web grounding is on by default; admins can turn it off tenant-wide. The search provider is Northwind itself.'],
      internal: ['Decide with the information management team whether to keep web grounding on for policy officers.'],
    }),
    'data-path-12': pick('admin-configurable', {
      value: 180,
      shared: ['Chat history follows the tenant retention policy; without one it is kept 180 days. We will set 90 days.'],
    }),
    'identity-01': pick('all-surfaces', {
      shared: ['Sign-in through our identity provider with MFA on all clients and the admin centre, on the quoted tier.'],
    }),
    'identity-02': pick('scim-delayed', {
      value: 24,
      shared: [
        'Provisioning follows our directory within 40 minutes, but refresh tokens of mobile clients can live up to 24 hours after a leaver is disabled.',
      ],
    }),
    'identity-03': pick('granular-jit', {
      shared: ['Copilot admin, billing and compliance roles are separate, with time-limited elevation.'],
    }),
    'identity-04': pick('no-api', {
      shared: ['The copilot gives us no API keys; extensions use the suite app registrations, which the identity team reviews separately.'],
    }),
    'identity-05': unknown({
      shared: ['Asked on 2026-02-12 how Northwind authenticates to Kestrel per customer; the account team has not answered yet.'],
      internal: ['Chase through the account manager before the contract amendment is drafted.'],
    }),
    'identity-06': pick('isolated-untested', {
      shared: ['Per-tenant indexes and keys; no independent test report specific to the copilot index.'],
    }),
    'identity-09': pick('full-export', {
      value: 180,
      shared: ['Admin and copilot interaction events are in the unified audit log, kept 180 days, and stream to our SIEM.'],
    }),
    'identity-11': pick('on-by-default', {
      shared: [
        "Kestrel models appeared in every user's model menu when they were added. The admin centre can switch a provider off afterwards, per tenant only.",
      ],
    }),
    'identity-12': pick('approval-logged', {
      shared: ['Customer lockbox: engineer access to content needs our approval per request and is logged.'],
    }),
    'identity-13': pick('cmk-partial', {
      shared: ['Our keys cover mailbox and document stores, not the copilot semantic index or its caches.'],
    }),
    'concentration-01': pick('full-map', {
      shared: ['Northwind, Northwind Cloud, Lumenfold Labs, Kestrel Reasoning Labs and Vantafield Compute are all named with their roles.'],
    }),
    'concentration-02': pick('disclosed-no-plan', {
      shared: [
        'Northwind runs Lumenfold models under a preferred-hosting agreement and says so, but has no published plan for a change in that agreement.',
      ],
    }),
    'concentration-03': pick('multi-no-byo', {
      shared: ['Two model makers behind one interface; we cannot bring our own model endpoint.'],
    }),
    'concentration-04': pick('silent-swaps', {
      shared: ['No version pinning: the model behind each feature changes with monthly releases, announced in release notes only.'],
    }),
    'concentration-05': pick('notice-no-exit', {
      value: 30,
      shared: ["A new model provider gets the same 30 days' notice as any subprocessor; no right to object short of leaving the suite."],
    }),
    'concentration-06': pick('partial-export', {
      shared: ['Chat history can be exported through the compliance tools; custom agents and their instructions cannot.'],
    }),
    'concentration-07': pick('guaranteed-quota', { shared: ['Per-user limits are documented; peaks are throttled, not rejected.'] }),
    'concentration-08': pick('partial-rights', {
      shared: ['Termination and data retrieval on change of control are in the agreement; transition help is not.'],
    }),
    'concentration-09': pick('documented-untested', {
      shared: ['Our exit plan is the suite exit plan: switching the copilot off keeps the suite running. It has not been tested.'],
    }),
    'concentration-10': pick('overlap-failover', {
      shared: [
        'The HR chatbot we already run also uses Lumenfold models, but on a different cloud, so one outage does not take both down.',
      ],
    }),
    'commercial-01': pick('capped-fixed', {
      value: 168000,
      shared: ['Per-seat licence, 6,000 seats at EUR 28 a month, fixed for the 36-month agreement; no usage billing.'],
    }),
    'commercial-02': pick('fixed-term', {
      value: 90,
      shared: ["Prices fixed for the term; changes only at renewal with 90 days' notice."],
    }),
    'commercial-03': pick('no-charges', {
      value: 0,
      shared: ['No egress or switching charges for data exported through the compliance tools.'],
    }),
    'commercial-04': pick('conditional', {
      shared: ['The output indemnity applies only with the content filters on, which is our default configuration anyway.'],
      evidence: [
        {
          title: 'Copilot copyright commitment',
          link: `${TRUST}/copilot-ip-commitment`,
          clause: 'Conditions 2 and 3',
          seenOn: '2026-02-12',
        },
      ],
    }),
    'commercial-05': pick('we-own-no-conflict', {
      shared: ['Outputs are ours; the acceptable-use policy allows drafting for administrative decisions with human review.'],
    }),
    'commercial-06': pick('excludes-upstream', {
      value: 99.9,
      shared: ['The 99.9% suite SLA covers the copilot but excludes "features powered by third-party models", which means deep reasoning.'],
    }),
    'commercial-07': pick('within-72', {
      value: 72,
      shared: ['Security breaches within 72 hours under the DPA; no commitment for AI incidents such as harmful outputs at scale.'],
    }),
    'commercial-08': pick('partial-scope', {
      shared: [
        'ISO/IEC 27001 and SOC 2 Type II cover the copilot on Northwind Cloud; processing at Kestrel and Vantafield is outside their scope.',
      ],
      evidence: [
        {
          title: 'SOC 2 Type II report, Northwind productivity services',
          document: 'Northwind SOC2 Type II 2025.pdf',
          clause: 'Section 3, System boundaries',
          seenOn: '2026-02-16',
          hashed: true,
        },
      ],
    }),
    'commercial-09': pick('outdated', {
      shared: ['The copilot transparency note is dated October 2025 and does not mention deep reasoning or Kestrel models.'],
    }),
    'commercial-10': pick('partial', {
      shared: [
        'Northwind states it is the provider of the copilot and passes on Lumenfold information; nothing yet for the Kestrel models.',
      ],
    }),
    'commercial-12': pick('all-terms', {
      value: 90,
      shared: ["The 2026 Data Act addendum gives two months' notice, a 30-day transition and 90 days to retrieve data."],
    }),
    'commercial-13': pick('export-certified', {
      value: 90,
      shared: [
        'Export through the compliance tools, deletion from all stores and subprocessors within 90 days, with a certificate on request.',
      ],
    }),
    'commercial-14': pick('split-documented', {
      shared: [
        'Northwind sells, processes and supports; Kestrel issues are escalated by Northwind under a documented path, but we cannot reach Kestrel directly.',
      ],
    }),
    'commercial-15': pick('low-cap', {
      value: 2016000,
      shared: [
        'Liability is capped at fees paid in the previous 12 months; harm from outputs is not excluded but falls under the same cap.',
      ],
      internal: ['Legal accepts the cap for a drafting tool; it would not for anything that acts on its own.'],
    }),
    'region-13': pick('fallback-listed-on', {
      shared: [
        "Capacity failover to the suite maker's other EU data centres is always on; the targets are listed, all inside the EU data boundary.",
      ],
    }),
    'data-path-14': pick('untrusted-fixed', {
      shared: ['Links and images in copilot answers are checked before rendering; the filters are fixed by the suite maker.'],
    }),
    'identity-15': pick('tested-no-buyer-test', {
      shared: [
        'An external red-team report (March 2026) covers prompt injection through mail and documents; customer testing is not permitted.',
      ],
    }),
    'concentration-14': pick('list-vetted', {
      shared: ['Plug-ins come from the suite store, each reviewed; there is a list but no machine-readable AI bill of materials.'],
    }),
    'concentration-15': pick('differences-documented', {
      shared: [
        'The research feature on the second model maker lacks two content filters; the difference is documented on the feature page.',
      ],
    }),
    'concentration-16': pick('after-the-fact', {
      shared: ["New subprocessors get 30 days' notice; changes of control or upstream deals are announced only after the fact."],
    }),
    'commercial-17': pick('generic-benchmarks', {
      shared: ['Only public benchmark results; we will run our own pilot on meeting summaries.'],
    }),
    'commercial-18': pick('template-updated', {
      shared: ['A DPIA input pack is published for the copilot and updated with each release wave.'],
    }),
    'commercial-21': pick('listed-notice', {
      shared: ["The product terms list the model maker's acceptable-use policy with notice of changes; no yearly re-confirmation."],
    }),
  },
  dataPath: [
    {
      component: 'Copilot in the suite clients (web, desktop, mobile)',
      operator: 'Northwind Software Group',
      region: 'EU data boundary (Amsterdam, Frankfurt)',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Amsterdam and Frankfurt; the parent company is in the United States',
      dataKinds: ['prompts', 'mail and documents the user can open', 'generated drafts', 'chat history'],
      retention: 'Chat history under the tenant retention policy (90 days once set; default 180 days)',
    },
    {
      component: 'Default inference (Lumenfold models)',
      operator: 'Northwind Software Group, on Northwind Cloud',
      region: 'EU data boundary (Amsterdam, failover Frankfurt)',
      jurisdictions: [{ code: 'eu' }],
      dataKinds: ['prompts with grounding content', 'outputs'],
      retention: 'Not stored after the response',
    },
    {
      component: 'Deep reasoning mode (Kestrel models)',
      operator: 'Kestrel Reasoning Labs (subprocessor since 2026-01-19)',
      region: 'Vantafield Compute, US East',
      jurisdictions: [{ code: 'us' }],
      dataKinds: ['prompts with grounding content', 'outputs', 'flagged prompts for safety review'],
      retention: 'Flagged prompts up to 30 days; switched off in our tenant since 2026-02-13',
    },
    {
      component: 'Web grounding',
      operator: 'Northwind Software Group (search service)',
      region: 'EU data boundary',
      jurisdictions: [{ code: 'eu' }],
      dataKinds: ['search queries derived from prompts'],
      retention: 'Query logs 30 days, de-identified after 18 months',
    },
    {
      component: 'Audit log, telemetry and abuse signals',
      operator: 'Northwind Software Group',
      region: 'EU data boundary; billing and account data in the United States',
      jurisdictions: [{ code: 'eu' }],
      jurisdictionNote: 'Telemetry in the EU data boundary; billing and account data in the United States',
      dataKinds: ['usage metadata', 'admin events', 'copilot interaction events'],
      retention: 'Audit log 180 days (streamed to our SIEM); telemetry 30 days',
    },
  ],
  providers: [
    { name: 'Lumenfold Labs', role: 'model-maker', scope: 'Default inference', jurisdictions: [{ code: 'eu' }] },
    { name: 'Kestrel Reasoning Labs', role: 'model-maker', scope: 'Deep reasoning mode', jurisdictions: [{ code: 'us' }] },
    { name: 'Northwind Cloud', role: 'cloud', scope: 'EU data boundary (Amsterdam, Frankfurt)', jurisdictions: [{ code: 'eu' }] },
    { name: 'Vantafield Compute', role: 'cloud', scope: 'US East, for the deep reasoning mode', jurisdictions: [{ code: 'us' }] },
  ],
  decision: {
    outcome: 'approve-with-conditions',
    rationale:
      'The copilot itself sits inside the EU data boundary and the DPA is complete. The high rating comes from the deep reasoning mode, which sends prompts to a second model maker in the US, was on by default, and is excluded from the boundary commitment. We approve the rollout with that mode switched off and the contract fixed before it can ever be switched on.',
    conditions: [
      {
        text: 'Keep the deep reasoning mode and every model provider outside the EU data boundary switched off tenant-wide, and alert on any change to that setting.',
        owner: 'Workplace platform lead',
        due: '2026-03-16',
      },
      {
        text: "Obtain a contract amendment that commits the processing region for every copilot feature, with 90 days' notice of new model providers and a right to object to a provider without terminating the suite.",
        owner: 'Legal counsel, ICT contracts',
        due: '2026-06-30',
      },
      {
        text: 'Get a written answer on how Northwind authenticates to Kestrel per customer, and on the transfer mechanism mapped to that subprocessor.',
        owner: 'Information security officer',
        due: '2026-04-15',
      },
      {
        text: 'Update the DPIA for the copilot and set the chat history retention policy to 90 days before the first department goes live.',
        owner: 'Data protection officer',
        due: '2026-03-31',
      },
    ],
    signOffs: [
      { role: 'security', name: 'Ingrid Vos', date: '2026-03-03' },
      { role: 'legal', name: 'Tomasz Nowicki', date: '2026-03-04' },
      { role: 'procurement', name: 'Aline Dupont', date: '2026-03-04' },
    ],
  },
  history: [
    {
      at: '2026-02-09T08:30:00.000Z',
      by: 'Aline Dupont',
      event: { kind: 'note', text: 'Created from the AI vendor risk checklist 1.0.0; profile filled in from the renewal request.' },
    },
    {
      at: '2026-02-12T14:00:00.000Z',
      by: 'Ingrid Vos',
      event: {
        kind: 'note',
        text: 'First pass through all checks after the vendor call; deep reasoning identified as a new subprocessor route.',
      },
    },
    {
      at: '2026-02-20T10:20:00.000Z',
      by: 'Tomasz Nowicki',
      event: {
        kind: 'note',
        text: 'Region answers revised after reading the boundary addendum: processing is not committed for features of additional model providers.',
      },
    },
    {
      at: '2026-03-03T16:00:00.000Z',
      by: 'Ingrid Vos',
      event: { kind: 'sign-off-completed', role: 'security', name: 'Ingrid Vos', date: '2026-03-03' },
    },
    {
      at: '2026-03-04T15:10:00.000Z',
      by: 'Aline Dupont',
      event: { kind: 'decision-changed', from: 'pending', to: 'approve-with-conditions' },
    },
    {
      at: '2026-03-04T16:00:00.000Z',
      by: 'Tomasz Nowicki',
      event: { kind: 'sign-off-completed', role: 'legal', name: 'Tomasz Nowicki', date: '2026-03-04' },
    },
    {
      at: '2026-03-04T16:00:00.000Z',
      by: 'Aline Dupont',
      event: { kind: 'sign-off-completed', role: 'procurement', name: 'Aline Dupont', date: '2026-03-04' },
    },
  ],
};
