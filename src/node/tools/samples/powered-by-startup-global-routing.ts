// Sample 2: a start-up "powered by" a lab's model that it reaches through a hyperscaler's global
// deployment, on click-through terms: no processor terms, no subprocessor notice, no SSO. Rates critical.
import { notApplicable, pick, unknown, type SampleDefinition } from './sample-kit';

const SITE = 'https://quillstone.example';

/** A start-up "powered by" a lab's model through a hyperscaler, global routing, thin terms: rates CRITICAL. */
export const poweredByStartupGlobalRouting: SampleDefinition = {
  fileName: 'powered-by-startup-global-routing.fineprint',
  id: '9b2e7c41-5a0d-4e8f-b6c3-71d8a2f09e54',
  createdAt: '2026-04-06T09:15:00.000Z',
  updatedAt: '2026-04-17T16:40:00.000Z',
  savedAt: '2026-04-17T16:40:00.000Z',
  answeredFrom: '2026-04-09T09:00:00.000Z',
  profile: {
    vendor: 'Quillstone AI Ltd',
    service: 'Quillstone Contract Assistant',
    offering: 'saas-feature',
    data: ['internal', 'confidential', 'personal'],
    users: '50-500',
    'user-groups': 'In-house legal, procurement and HR contract managers in the UK and the US subsidiary.',
    actions: 'drafts',
    sector: 'private',
    jurisdictions: ['uk', 'us'],
    'model-providers': '"Powered by Lumenfold" (Quillstone home page, seen 2026-04-06). No contract document names a model provider.',
    'hosting-clouds':
      'Cirrusline Cloud, "global" deployment type, stated by the CTO on the call of 2026-04-09; not in writing. Workspace files stored in Cirrusline US West.',
  },
  answers: {
    'region-01': pick('no-commitment', {
      shared: [
        'The terms say data "may be processed in any country where we or our service providers operate". Files are stored in US West today, but even that is not a commitment.',
      ],
      evidence: [
        {
          title: 'Quillstone Terms of Service',
          link: `${SITE}/legal/terms`,
          clause: 'Section 9.3, International processing',
          seenOn: '2026-04-06',
          hashed: true,
        },
      ],
    }),
    'region-02': pick('global-default', {
      shared: [
        "Inference uses the hyperscaler's global deployment type, which may process a request in any geography. The start-up has no regional deployment and no setting to lock one.",
      ],
    }),
    'region-03': unknown({
      shared: ['Asked twice. Failover is whatever the global deployment does; Quillstone does not know which regions that includes.'],
    }),
    'region-04': pick('no-list', { shared: ['With no residency commitment there is no list of excluded features either.'] }),
    'region-05': pick('content-in-telemetry', {
      shared: [
        'Support tickets, including pasted contract extracts, go to a US help-desk service, and error traces with prompt excerpts go to a US monitoring tool.',
      ],
    }),
    'region-07': pick('none-stated', {
      shared: ['No IDTA or UK Addendum is offered; the privacy policy mentions "appropriate safeguards" only.'],
    }),
    'region-08': pick('no-policy', {
      shared: ['No published policy on government access requests, and no commitment to tell us about one.'],
    }),
    'region-12': notApplicable(
      'Quillstone offers no regional or data-zone processing at any price, so there is no uplift to compare; the routing itself is scored under region-02.',
    ),
    'data-path-01': pick('brand-only', {
      shared: [
        'The product page says "powered by Lumenfold". The hosting cloud and deployment type came only from the CTO on a call; nothing in writing names who runs inference.',
      ],
      internal: ['The CTO was open on the call; the written answers are much thinner than what was said.'],
    }),
    'data-path-02': pick('pass-through', {
      at: '2026-04-10T10:45:00.000Z',
      shared: [
        "Quillstone will not sign a DPA. It points to the hyperscaler's data processing terms and Lumenfold's usage policies, neither of which we are party to.",
      ],
      evidence: [
        {
          title: 'E-mail from Quillstone on data processing terms',
          document: 'RE: DPA request (2026-04-10).eml',
          clause: '"Our providers\' terms apply to all customer data"',
          seenOn: '2026-04-10',
          hashed: true,
        },
      ],
    }),
    'data-path-03': pick('web-page-only', {
      value: 0,
      shared: [
        'An "AI partners" web page lists three companies and changes without notice; there is no subscription or e-mail notice and no right to object.',
      ],
      evidence: [{ title: 'AI partners page', link: `${SITE}/ai-partners`, seenOn: '2026-04-06' }],
    }),
    'data-path-04': pick('improve-services', {
      shared: [
        'The terms license Quillstone to use "inputs, outputs and feedback to operate and improve the services". Training is not excluded, and nothing is said about the model provider.',
      ],
      evidence: [
        {
          title: 'Quillstone Terms of Service',
          link: `${SITE}/legal/terms`,
          clause: 'Section 6.2, Licence to customer content',
          seenOn: '2026-04-06',
        },
      ],
    }),
    'data-path-05': pick('open-ended', {
      shared: ['Prompts and outputs are kept "as long as necessary to protect the service"; staff may review them at their discretion.'],
    }),
    'data-path-06': pick('blanket-claim', {
      shared: [
        'The FAQ claims "we never store your contracts", which contradicts the retention clause and the indefinite workspace history.',
      ],
      evidence: [{ title: 'Security FAQ', link: `${SITE}/security-faq`, clause: 'Question 4', seenOn: '2026-04-06' }],
    }),
    'data-path-07': pick('unknown-to-vendor', {
      shared: ['Quillstone does not know whether the hyperscaler shares any usage data with Lumenfold, and has not asked.'],
    }),
    'data-path-08': pick('unlisted-content', {
      shared: ['Full prompts and outputs go to a third-party LLM tracing service for debugging; it is not on the partners page.'],
    }),
    'data-path-11': pick('uncontrolled', {
      shared: [
        'The "research" button sends clause text to a web search API chosen by Quillstone; users decide, admins cannot turn it off.',
      ],
    }),
    'data-path-12': pick('indefinite', {
      shared: ['Workspaces keep uploaded contracts and chats until each user deletes them; no admin retention setting.'],
    }),
    'identity-01': pick('no-sso', {
      shared: ['E-mail and password or magic links only. SSO is "on the roadmap for Q4" with no date in the contract.'],
      internal: ['A leaver would keep access to uploaded HR contracts until someone remembers to remove the account.'],
    }),
    'identity-02': pick('manual', {
      value: 336,
      shared: ['No SCIM. Removing a user by hand does not end open sessions, which last up to 14 days.'],
    }),
    'identity-03': pick('admin-or-user', { shared: ['Only "owner" and "member"; the owner also manages billing.'] }),
    'identity-04': pick('org-wide', {
      shared: ['One workspace API key, never expires, full access including admin functions; no spending cap.'],
    }),
    'identity-05': pick('shared-key', {
      shared: ["The CTO confirmed one hyperscaler account key, held in the application's environment, serves every customer."],
    }),
    'identity-06': pick('shared-filter', {
      shared: ["All customers' contract embeddings share one vector index, separated by a workspace id filter in queries."],
    }),
    'identity-09': pick('admin-only', {
      value: 90,
      shared: ['A 90-day log of sign-ins and member changes; no record of prompts or documents viewed.'],
    }),
    'identity-11': pick('no-control', {
      shared: ['Users cannot choose models, and neither can we: Quillstone switches models as it sees fit.'],
    }),
    'identity-12': pick('unrestricted', { shared: ['Support staff can open any workspace to help with a ticket; we see no log of it.'] }),
    'identity-13': pick('vendor-only', { shared: ["Encryption at rest with keys managed by the hyperscaler on Quillstone's account."] }),
    'concentration-01': pick('brand-only', {
      shared: ['In writing, only the Lumenfold brand. The hosting cloud, the search API and the tracing service surfaced in conversation.'],
    }),
    'concentration-02': pick('not-disclosed', {
      shared: [
        "Quillstone reaches Lumenfold models only through one hyperscaler's marketplace and has not looked at what a change in the lab's hosting deal would mean.",
      ],
    }),
    'concentration-03': pick('hard-wired', {
      shared: ['Prompts are tuned for one Lumenfold model; no other provider and no bring-your-own key.'],
    }),
    'concentration-04': pick('silent-swaps', {
      shared: ['The model version changes when Quillstone decides; the changelog mentioned one swap after it happened.'],
    }),
    'concentration-05': pick('no-notice', {
      value: 0,
      shared: ['The terms let Quillstone change "service providers" at any time without notice.'],
    }),
    'concentration-06': pick('partial-export', {
      shared: ['A ZIP of uploaded files and chats; the clause library and review playbooks stay behind.'],
    }),
    'concentration-07': unknown({ shared: ['No answer on reserved capacity; the status page shows two throttling incidents in March.'] }),
    'concentration-08': pick('none-stated', {
      shared: ['Nothing on acquisition, insolvency or loss of model access; the company is 18 months old and seed-funded.'],
      internal: ['Finance flagged a runway of roughly a year from the public funding announcement.'],
    }),
    'concentration-09': pick('no-plan', { shared: ['No exit plan exists on either side.'] }),
    'concentration-10': pick('overlap-single', {
      shared: ['Two of our other AI tools use the same Lumenfold model on the same hyperscaler, with no failover between them.'],
    }),
    'commercial-01': pick('capped-variable', {
      value: 2500,
      shared: [
        "Seats at GBP 45 a month plus token overage; a monthly overage cap can be set, but overage rates may change on 14 days' notice.",
      ],
    }),
    'commercial-02': pick('unilateral', {
      value: 14,
      shared: ['Prices change by updating the pricing page; changes apply 14 days after posting.'],
    }),
    'commercial-04': pick('upstream-only', {
      shared: ["Quillstone offers no IP indemnity and points to Lumenfold's, which covers Lumenfold's direct customers only."],
    }),
    'commercial-05': pick('vendor-rights', {
      shared: ['The licence in Section 6.2 also covers outputs, including the right to use them in "aggregated benchmarks".'],
    }),
    'commercial-06': pick('excludes-upstream', {
      value: 99.5,
      shared: ['A 99.5% monthly target with small credits, excluding "outages of third-party AI providers".'],
    }),
    'commercial-07': pick('undue-delay', { shared: ['"Without undue delay", no hours stated, security breaches only.'] }),
    'commercial-08': pick('self-only', { shared: ['A self-completed security questionnaire; SOC 2 Type I "planned for next year".'] }),
    'commercial-09': pick('generic-cards', {
      shared: ["A link to Lumenfold's model card; nothing on how Quillstone's prompts and retrieval change its behaviour."],
    }),
    'commercial-11': pick('immediate-cutoff', {
      value: 0,
      shared: ['Access ends on the termination date; data is "deleted in due course".'],
    }),
    'commercial-13': pick('export-uncertified', {
      value: 30,
      shared: ['Export as a ZIP; deletion "within 30 days" from the application, with no word on backups, subprocessors or a certificate.'],
    }),
    'commercial-14': pick('unclear', {
      shared: ['Quillstone sells and supports, but any model or cloud issue is "subject to our providers\' support".'],
    }),
    'commercial-15': pick('full-exclusion', {
      value: 6750,
      shared: [
        'All liability for outputs is excluded; the general cap is fees paid in the previous three months (about GBP 6,750 at our size).',
      ],
    }),
    'region-13': pick('router-unlisted', {
      shared: ['The FAQ says requests go to "the best available model"; no list of models, providers or regions.'],
    }),
    'data-path-14': pick('partial', { shared: ['Markdown is sanitised, but links in answers are rendered and clickable without checks.'] }),
    'identity-15': pick('untested', {
      shared: ['No adversarial testing of the AI features; the annual penetration test covers the web app only.'],
    }),
    'concentration-14': pick('list-no-vetting', {
      shared: ['Three connectors are listed on the integrations page; no vetting process is described.'],
    }),
    'concentration-15': pick('differences-undocumented', {
      shared: ['The cheaper tier runs on a different model maker; differences are not documented.'],
    }),
    'concentration-16': pick('no-notice', { shared: ['Changes are announced on the blog; the terms contain no notice duty.'] }),
    'commercial-17': pick('generic-benchmarks', { shared: ['Marketing cites public benchmarks of the underlying model only.'] }),
    'commercial-18': pick('generic-only', { shared: ['Only the security page and a generic questionnaire; nothing mapped to a DPIA.'] }),
    'commercial-21': pick('open-reference', {
      shared: ['The terms say use is subject to "our providers\' terms as updated from time to time", with no list.'],
    }),
  },
  dataPath: [
    {
      component: 'Quillstone web app and API',
      operator: 'Quillstone AI Ltd',
      region: 'Cirrusline Cloud, US West',
      jurisdictions: [{ code: 'us' }],
      jurisdictionNote: 'Hosted in US West; Quillstone is a UK company',
      dataKinds: ['uploaded contracts', 'prompts', 'review outputs', 'chat history', 'user e-mail addresses'],
      retention: 'Until each user deletes them; no admin control',
    },
    {
      component: 'Model inference (Lumenfold model)',
      operator: 'Cirrusline Cloud, model marketplace (global deployment type)',
      region: 'Any region of the global deployment; not disclosed',
      jurisdictions: [],
      jurisdictionNote: 'Not committed: the global deployment type may process in any region',
      dataKinds: ['prompts with contract clauses', 'outputs'],
      retention: 'Not stated by Quillstone; hyperscaler default abuse monitoring assumed',
    },
    {
      component: 'Research mode web search',
      operator: 'Web search API provider (not named in writing)',
      region: 'Unknown',
      jurisdictions: [],
      jurisdictionNote: 'Not disclosed',
      dataKinds: ['clause text used as search queries'],
      retention: 'Unknown',
    },
    {
      component: 'LLM tracing and error monitoring',
      operator: 'Third-party tracing service (not on the partners page)',
      region: 'United States',
      jurisdictions: [{ code: 'us' }],
      dataKinds: ['full prompts and outputs', 'error traces'],
      retention: "90 days, per the tracing service's public plan",
    },
    {
      component: 'Support help desk',
      operator: 'Help-desk SaaS used by Quillstone',
      region: 'United States',
      jurisdictions: [{ code: 'us' }],
      dataKinds: ['ticket text with pasted contract extracts', 'user names and e-mail addresses'],
      retention: 'Indefinite',
    },
  ],
  providers: [
    { name: 'Lumenfold Labs', role: 'model-maker', scope: 'Contract analysis and drafting', jurisdictions: [] },
    {
      name: 'Cirrusline Cloud',
      role: 'cloud',
      scope: 'US West for the app; any region of the global deployment for the model',
      jurisdictions: [{ code: 'us' }],
    },
  ],
  decision: {
    outcome: 'reject',
    rationale:
      'Personal data in employee and supplier contracts would go to a processor that signs no processing terms, through a global deployment with no committed region, to subprocessors that change without notice, under a licence that does not exclude training, with no SSO. Any one of these blocks the purchase; together they are not fixable by conditions. We will look again if Quillstone signs a DPA, names and pins its hosting, and offers SSO.',
    conditions: [],
    signOffs: [
      { role: 'security', name: 'Priya Raman', date: '2026-04-16' },
      { role: 'legal', name: 'Owen Hartley', date: '2026-04-17' },
      { role: 'procurement', name: 'Sofia Lindqvist', date: '2026-04-17' },
    ],
  },
  history: [
    {
      at: '2026-04-06T09:15:00.000Z',
      by: 'Sofia Lindqvist',
      event: { kind: 'note', text: "Created from the AI vendor risk checklist 1.0.0 for the legal team's pilot request." },
    },
    {
      at: '2026-04-09T14:30:00.000Z',
      by: 'Priya Raman',
      event: { kind: 'note', text: 'All checks answered from the call with the CTO and the public terms.' },
    },
    {
      at: '2026-04-10T11:00:00.000Z',
      by: 'Owen Hartley',
      event: { kind: 'note', text: 'Vendor confirmed in writing that it will not sign a DPA; evidence attached to data-path-02.' },
    },
    {
      at: '2026-04-16T16:00:00.000Z',
      by: 'Priya Raman',
      event: { kind: 'sign-off-completed', role: 'security', name: 'Priya Raman', date: '2026-04-16' },
    },
    {
      at: '2026-04-17T16:00:00.000Z',
      by: 'Owen Hartley',
      event: { kind: 'sign-off-completed', role: 'legal', name: 'Owen Hartley', date: '2026-04-17' },
    },
    {
      at: '2026-04-17T16:00:00.000Z',
      by: 'Sofia Lindqvist',
      event: { kind: 'sign-off-completed', role: 'procurement', name: 'Sofia Lindqvist', date: '2026-04-17' },
    },
    { at: '2026-04-17T16:40:00.000Z', by: 'Sofia Lindqvist', event: { kind: 'decision-changed', from: 'pending', to: 'reject' } },
    {
      at: '2026-04-17T16:40:00.000Z',
      by: 'Sofia Lindqvist',
      event: { kind: 'note', text: 'Pilot request closed and the business told why.' },
    },
  ],
};
