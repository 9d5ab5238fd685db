/**
 * "Ny virksomhed": find the company in the CVR register and create it with its P-units and domains,
 * or (second tab) type one by hand without CVR. A hit the jobcenter already has links to it instead.
 */
import { useId, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  SearchBox,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { companyRoute, formatRoute, type NewCompanyMode } from '../shell/route-logic.js';
import {
  hitLines,
  queryProblem,
  registerQuery,
  validateManualCompany,
  EMPTY_MANUAL_COMPANY,
} from './new-company-logic.js';
import { CompanyPlaceFields } from '../company/company-fields.js';
import { useDebouncedSearch } from '../common/use-debounced-search.js';
import { SubmitButton } from '../common/form-fields.js';
import { useSharedStyles } from '../common/ui.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { cardStyle } from '../common/card-style.js';
import type { RegisterHit } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  hits: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  hit: {
    ...cardStyle,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    paddingTop: tokens.spacingVerticalXS,
  },
});

export function NewCompanyPage({ query, mode }: { query: string; mode: NewCompanyMode }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { navigate } = useTab();
  const headingId = useId();
  return (
    <section className={styles.page} aria-labelledby={headingId} data-testid="new-company-page">
      <Link href="#/">{t.company.back}</Link>
      <Title2 as="h1" id={headingId}>
        {t.newCompany.title}
      </Title2>
      <TabList
        aria-label={t.newCompany.modes}
        selectedValue={mode}
        onTabSelect={(_, data) =>
          navigate({ page: 'new-company', q: query, mode: data.value as NewCompanyMode }, { replace: true })
        }
      >
        <Tab value="register" data-testid="new-company-register-tab">
          {t.newCompany.fromRegister}
        </Tab>
        <Tab value="manual" data-testid="new-company-manual-tab">
          {t.newCompany.manual}
        </Tab>
      </TabList>
      {mode === 'register' ? <RegisterSearch query={query} /> : <ManualCompanyForm />}
    </section>
  );
}

function RegisterSearch({ query }: { query: string }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const { api, navigate } = useTab();
  const asked = registerQuery(query);
  const search = useDebouncedSearch('q' in asked ? asked.q : null, (q, signal) => api.registerLookup(q, signal));
  const [creating, setCreating] = useState<string | null>(null);
  const [failure, setFailure] = useState<FailureLike | null>(null);
  const problem = queryProblem(query, lang);
  const hits = search.status === 'done' ? search.result : [];

  async function create(hit: RegisterHit) {
    setCreating(hit.cvr);
    setFailure(null);
    try {
      const { company } = await api.createFromRegister(hit.cvr);
      navigate(companyRoute(company.id));
    } catch (error) {
      setFailure(toFailure(error));
      setCreating(null);
    }
  }

  let status = '';
  if (search.status === 'searching') status = t.newCompany.searching;
  else if (search.status === 'done')
    status = hits.length ? t.newCompany.found(hits.length) : t.newCompany.none(search.query);

  return (
    <>
      <Field label={t.newCompany.label} hint={t.newCompany.hint} validationMessage={problem ?? undefined}>
        <SearchBox
          data-testid="register-search"
          placeholder={t.newCompany.placeholder}
          value={query}
          autoFocus
          autoComplete="off"
          onChange={(_, data) => navigate({ page: 'new-company', q: data.value, mode: 'register' }, { replace: true })}
        />
      </Field>
      <div aria-live="polite" aria-atomic="true" data-testid="register-status">
        {search.status === 'searching' ? <Spinner size="tiny" label={status} /> : <Caption1>{status}</Caption1>}
      </div>
      {search.status === 'failed' && <ErrorBanner error={search.error} />}
      {failure && <ErrorBanner error={failure} testId="register-create-error" />}
      {hits.length > 0 && (
        <ul className={styles.hits} aria-label={t.newCompany.results} data-testid="register-hits">
          {hits.map((hit) => (
            <li key={hit.cvr} className={styles.hit} data-testid="register-hit" data-cvr={hit.cvr}>
              <Text weight="semibold">{hit.name}</Text>
              {hitLines(hit, lang).map((line) => (
                <Caption1 key={line}>{line}</Caption1>
              ))}
              <div className={styles.actions}>
                {hit.companyId ? (
                  <>
                    <Badge appearance="tint" color="informative" data-testid="register-hit-exists">
                      {t.newCompany.exists}
                    </Badge>
                    <Link href={formatRoute(companyRoute(hit.companyId))} data-testid="register-hit-open">
                      {t.newCompany.openExisting}
                    </Link>
                  </>
                ) : (
                  <Button
                    appearance="primary"
                    disabled={creating !== null}
                    onClick={() => void create(hit)}
                    data-testid="register-hit-create"
                  >
                    {creating === hit.cvr ? t.newCompany.creating : t.newCompany.create}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ManualCompanyForm() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api, navigate } = useTab();
  const headingId = useId();
  const form = useFormSubmit({
    initial: EMPTY_MANUAL_COMPANY,
    validate: (values: typeof EMPTY_MANUAL_COMPANY) => validateManualCompany(values, lang),
    save: async ({ body }) => {
      const company = await api.createCompany(body);
      navigate(companyRoute(company.id));
    },
    toFailure,
  });
  const { values, errors, saving, failure, submit, set } = form;

  return (
    <form
      className={shared.form}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      data-testid="manual-company-form"
    >
      <Text as="h2" weight="semibold" id={headingId}>
        {t.newCompany.manual}
      </Text>
      <Caption1>{t.newCompany.manualHint}</Caption1>
      <Field label={t.edit.name} validationMessage={errors.name} required>
        <Input value={values.name} onChange={(_, d) => set({ name: d.value })} data-testid="manual-name" />
      </Field>
      <CompanyPlaceFields values={values} errors={errors} set={set} testIdPrefix="manual" />
      {failure && <ErrorBanner error={failure} />}
      <SubmitButton
        busy={saving}
        label={t.newCompany.manualSubmit}
        busyLabel={t.newCompany.creating}
        testId="manual-submit"
      />
    </form>
  );
}
