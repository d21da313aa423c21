import {
  Body1,
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PortfolioScenario, WhatIfReply } from '../../../../src/core/ipc-contract';
import type { Portfolio } from '../../../../src/core/portfolio';
import { PROVIDER_ROLE_LABEL } from '../../../../src/core/portfolio-words';
import { PROVIDER_EVENTS, type ProviderEvent } from '../../../../src/core/template-schema';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { RatingBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-end' },
  muted: { color: tokens.colorNeutralForeground2 },
  services: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyle: 'none' },
  service: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  serviceHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  checks: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  answer: { color: tokens.colorNeutralForeground2 },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** What-if: pick a provider and a scenario; see the services affected, the checks it reopens and the exit answers. */
export function WhatIfPanel({ portfolio, onShown }: { portfolio: Portfolio; onShown: (scenario: PortfolioScenario | undefined) => void }) {
  const styles = useStyles();
  const s = strings.portfolio;
  const [providerKey, setProviderKey] = useState(portfolio.providers[0]?.key ?? '');
  const [event, setEvent] = useState<ProviderEvent>('provider-leaves');
  const [result, setResult] = useState<WhatIfReply>();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string>();

  const show = async () => {
    setWorking(true);
    setFailure(undefined);
    try {
      const scenario = { providerKey, event };
      setResult(await client.portfolioWhatIf(scenario));
      onShown(scenario);
    } catch (error) {
      setResult(undefined);
      onShown(undefined);
      setFailure(errorMessage(error, s.whatIfFailed));
    } finally {
      setWorking(false);
    }
  };

  const answer = (a: string | null) => a ?? s.notAnswered;
  return (
    <section className={styles.panel} aria-labelledby="portfolio-what-if">
      <Subtitle1 as="h2" id="portfolio-what-if">
        {s.whatIf}
      </Subtitle1>
      <Body1 className={styles.muted}>{s.whatIfIntro}</Body1>
      <div className={styles.form}>
        <Field label={s.pickProvider}>
          <Select value={providerKey} onChange={(_, d) => setProviderKey(d.value)}>
            {portfolio.providers.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.scenario}>
          <RadioGroup value={event} onChange={(_, d) => setEvent(d.value as ProviderEvent)}>
            {PROVIDER_EVENTS.map((e) => (
              <Radio key={e} value={e} label={s.scenarios[e]} />
            ))}
          </RadioGroup>
        </Field>
        <Button appearance="primary" disabled={working || !providerKey} onClick={() => void show()}>
          {s.show}
        </Button>
      </div>
      {working && <Spinner size="small" label={s.working} />}
      {failure && <ErrorBar message={failure} onDismiss={() => setFailure(undefined)} />}
      {result && !working && (
        <div className={styles.result} role="region" aria-labelledby="portfolio-what-if-result">
          <Subtitle2 as="h3" id="portfolio-what-if-result">
            {s.whatIfHeading(result.provider.name, s.scenarios[result.event].replace(/^It /, '').toLowerCase())}
          </Subtitle2>
          <Body1 className={styles.muted}>{s.affected(result.services.length)}</Body1>
          {result.missing.length > 0 && <ErrorBar message={s.missing(result.missing.length)} />}
          <ul className={styles.services}>
            {result.services.map((svc) => (
              <li key={svc.id} className={styles.service}>
                <div className={styles.serviceHead}>
                  <Subtitle2 as="h4">{svc.service}</Subtitle2>
                  <RatingBadge rating={svc.rating} provisional={svc.provisional} size="small" />
                  <span className={styles.muted}>
                    {svc.vendor} · {svc.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', ')}
                  </span>
                </div>
                <Body1 as="h5" className={styles.label}>
                  {s.reopened}
                </Body1>
                {svc.reopened.length === 0 ? (
                  <Body1 className={styles.muted}>{s.noneReopened}</Body1>
                ) : (
                  <ul className={styles.checks} aria-label={`${s.reopened}: ${svc.service}`}>
                    {svc.reopened.map((c) => (
                      <li key={c.checkId}>
                        {c.title}: <span className={styles.answer}>{answer(c.answer)}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {result.event !== 'provider-leaves' && svc.exitAnswers.length > 0 && (
                  <>
                    <Body1 as="h5" className={styles.label}>
                      {s.exitAnswers}
                    </Body1>
                    <ul className={styles.checks} aria-label={`${s.exitAnswers}: ${svc.service}`}>
                      {svc.exitAnswers.map((c) => (
                        <li key={c.checkId}>
                          {c.title}: <span className={styles.answer}>{answer(c.answer)}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
