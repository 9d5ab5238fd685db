/** The company's vacancies (jobordrer) with their lifecycle: only legal next steps get a button; a 409 is explained. */
import { useId, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { isOpenStatus, nextStatuses } from '../../../web-shared/vacancy-steps.js';
import { transitionLabel } from './company-logic.js';
import { errorMessage } from '../common/format-logic.js';
import { formatDate } from '../../../web-shared/format.js';
import { cardStyle } from '../common/card-style.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import { LoadStatus } from '../common/load-status.js';
import { NewVacancyForm } from './new-vacancy-form.js';
import { JobnetFacts } from './jobnet-facts.js';
import type { Vacancy, VacancyStatus } from '../../../web-shared/api-types.js';
import { toFailure } from '../../../web-shared/failure.js';
import { useLoad } from '../../../web-shared/use-load.js';

const useStyles = makeStyles({
  vacancy: cardStyle,
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function CompanyVacancies({ companyId, onChanged }: { companyId: string; onChanged: () => void }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const list = useLoad<Vacancy[]>(companyId, (signal) => api.vacancies({ companyId, limit: 200 }, signal));
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'conflict' | 'failed'; text: string } | null>(null);

  async function move(vacancy: Vacancy, to: VacancyStatus) {
    setBusy(vacancy.id);
    setOutcome(null);
    try {
      const moved = await api.transitionVacancy(vacancy.id, to);
      setOutcome({ kind: 'ok', text: t.vacancies.moved(moved.title, t.statuses[moved.status]) });
      onChanged();
    } catch (error) {
      const failure = toFailure(error);
      // Someone else moved it first (409): say why, and show the list as it is now.
      setOutcome(
        failure.code === 'ILLEGAL_TRANSITION' || failure.code === 'CONFLICT'
          ? { kind: 'conflict', text: t.vacancies.conflict(failure.message) }
          : { kind: 'failed', text: errorMessage(failure, lang) },
      );
    } finally {
      setBusy(null);
      list.reload();
    }
  }

  const sorted = [...(list.data ?? [])].sort(
    (a, b) => Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status)) || b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="vacancies">
      <Subtitle2 as="h2" id={headingId}>
        {t.vacancies.title}
      </Subtitle2>
      {outcome &&
        (outcome.kind === 'ok' ? (
          <SuccessBanner text={outcome.text} testId="vacancy-moved" />
        ) : (
          <MessageBar
            intent={outcome.kind === 'conflict' ? 'warning' : 'error'}
            politeness="assertive"
            data-testid="vacancy-error"
          >
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        ))}
      <LoadStatus load={list} empty={t.vacancies.empty} emptyTestId="vacancies-empty" />
      {sorted.length > 0 && (
        <ul className={shared.list} aria-label={t.vacancies.title}>
          {sorted.map((vacancy) => (
            <li
              key={vacancy.id}
              className={styles.vacancy}
              data-testid="vacancy"
              data-vacancy-id={vacancy.id}
              data-status={vacancy.status}
            >
              <div className={shared.row} style={{ alignItems: 'center' }}>
                <Text weight="semibold">{vacancy.title}</Text>
                {/* Not 'subtle': its text is white, meant for dark backgrounds. */}
                <Badge
                  appearance={isOpenStatus(vacancy.status) ? 'filled' : 'outline'}
                  color={isOpenStatus(vacancy.status) ? 'brand' : 'informative'}
                  data-testid="vacancy-status"
                >
                  {t.statuses[vacancy.status]}
                </Badge>
              </div>
              <Caption1 className={shared.meta}>
                {[
                  t.company.positions(vacancy.positions),
                  vacancy.deadline && t.company.deadline(formatDate(vacancy.deadline, lang)),
                  vacancy.location,
                  vacancy.postcode,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Caption1>
              {vacancy.jobnet && <JobnetFacts jobnet={vacancy.jobnet} />}
              <div className={styles.actions} role="group" aria-label={`${t.vacancies.actions}: ${vacancy.title}`}>
                {nextStatuses(vacancy.status).map((to) => (
                  <Button
                    key={to}
                    size="small"
                    disabled={busy !== null}
                    onClick={() => void move(vacancy, to)}
                    data-testid={`vacancy-transition-${to}`}
                  >
                    {transitionLabel(vacancy.status, to, lang)}
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewVacancyForm
        companyId={companyId}
        onCreated={() => {
          list.reload();
          onChanged();
        }}
      />
    </section>
  );
}
