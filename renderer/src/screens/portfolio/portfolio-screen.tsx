import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { LibrarySummary } from '../../../../src/core/library-summary';
import { buildPortfolio } from '../../../../src/core/portfolio';
import type { PortfolioScenario } from '../../../../src/core/ipc-contract';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { Page } from '../../components/page';
import { strings } from '../../i18n/en';
import { ConcentrationTable } from './concentration-table';
import { PortfolioExport } from './portfolio-export';
import { PortfolioMatrix } from './portfolio-matrix';
import { WhatIfPanel } from './what-if-panel';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The portfolio over the whole library: concentration, the services-against-providers matrix, the what-if and exports. */
export function PortfolioScreen() {
  const styles = useStyles();
  const s = strings.portfolio;
  const [library, setLibrary] = useState<LibrarySummary[]>();
  const [failure, setFailure] = useState<string>();
  const [scenario, setScenario] = useState<PortfolioScenario>();

  useEffect(() => {
    let live = true;
    client.listLibrary().then(
      (list) => live && setLibrary(list),
      (error: unknown) => live && setFailure(errorMessage(error, strings.errors.bridge)),
    );
    return () => {
      live = false;
    };
  }, []);

  const portfolio = useMemo(() => (library ? buildPortfolio(library) : undefined), [library]);

  let body;
  if (failure) body = <ErrorBar message={failure} />;
  else if (!portfolio) body = <Spinner label={strings.app.loading} />;
  else if (portfolio.providers.length === 0)
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.emptyTitle}</MessageBarTitle>
          {portfolio.services.length === 0 ? s.noServices : s.empty}
        </MessageBarBody>
      </MessageBar>
    );
  else
    body = (
      <>
        <Body1 role="status">
          {s.summary(portfolio.services.length, portfolio.sensitiveServices, portfolio.providers.length, portfolio.withoutProviders)}
        </Body1>
        <section className={styles.section} aria-labelledby="portfolio-concentration">
          <Subtitle1 as="h2" id="portfolio-concentration">
            {s.concentration}
          </Subtitle1>
          <Body1 className={styles.muted}>{s.concentrationIntro}</Body1>
          <ConcentrationTable portfolio={portfolio} />
        </section>
        <section className={styles.section} aria-labelledby="portfolio-matrix">
          <Subtitle1 as="h2" id="portfolio-matrix">
            {s.matrix}
          </Subtitle1>
          <Body1 className={styles.muted}>{s.matrixIntro}</Body1>
          <PortfolioMatrix portfolio={portfolio} />
        </section>
        <WhatIfPanel portfolio={portfolio} onShown={setScenario} />
        <PortfolioExport scenario={scenario} />
      </>
    );

  return (
    <Page title={s.title} intro={s.intro}>
      {body}
    </Page>
  );
}
