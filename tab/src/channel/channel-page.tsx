/**
 * The channel tab: the section's open vacancies and the channel's vacancy alert subscriptions. The
 * section comes from the tab's configuration (`?section=` on its content URL) or a picker; the
 * channel's conversation id from the Teams context (standalone: `?conversationId=`).
 */
import { useEffect, useId, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useFormSubmit } from '../../../web-shared/use-form-submit.js';
import {
  EMPTY_SUBSCRIPTION_FORM,
  subscriptionText,
  validateSubscriptionForm,
  type SubscriptionFormValues,
} from './channel-logic.js';
import { sectionName } from '../common/format-logic.js';
import { formatDate } from '../../../web-shared/format.js';
import { companyRoute, formatRoute } from '../shell/route-logic.js';
import { ChoiceSelect, SubmitButton, TopicCheckboxes, sectionChoices } from '../common/form-fields.js';
import { cardStyle } from '../common/card-style.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import { SuccessBanner, useSharedStyles } from '../common/ui.js';
import { LoadStatus } from '../common/load-status.js';
import { JobnetFacts } from '../company/jobnet-facts.js';
import type { Subscription, Vacancy } from '../../../web-shared/api-types.js';
import { toFailure, type FailureLike } from '../../../web-shared/failure.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  entry: { ...cardStyle, gap: tokens.spacingVerticalXXS },
  topics: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
});

function SectionPicker({ value, onChange }: { value: string | null; onChange: (section: string | null) => void }) {
  const { t } = useStrings();
  const { directory } = useTab();
  return (
    <ChoiceSelect
      label={t.channel.section}
      value={value}
      onChange={onChange}
      none={t.channel.chooseSection}
      choices={sectionChoices(directory.sections)}
      testId="channel-section"
    />
  );
}

export function ChannelPage({ section: routeSection }: { section: string | null }) {
  const { t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { hostContext, navigate } = useTab();
  const headingId = useId();
  const section = routeSection ?? hostContext.section;
  const conversationId = hostContext.channel?.conversationId ?? null;
  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="channel-page">
      <Title2 as="h1" id={headingId}>
        {t.channel.title}
      </Title2>
      {hostContext.channel?.name && <Caption1 className={shared.meta}>{hostContext.channel.name}</Caption1>}
      <div style={{ maxWidth: '320px' }}>
        <SectionPicker
          value={section}
          onChange={(next) => navigate({ page: 'channel', section: next }, { replace: true })}
        />
      </div>
      <div className={styles.columns}>
        <SectionVacancies section={section} />
        <ChannelSubscriptions conversationId={conversationId} />
      </div>
    </section>
  );
}

function SectionVacancies({ section }: { section: string | null }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, directory } = useTab();
  const headingId = useId();
  const list = useLoad<Vacancy[]>(section, (signal) => api.vacancies({ status: 'open', section, limit: 200 }, signal));
  const name = sectionName(section, directory.sections) ?? '';
  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="channel-vacancies">
      <Subtitle2 as="h2" id={headingId}>
        {section ? t.channel.vacancies(name) : t.vacancies.title}
      </Subtitle2>
      {!section && <Body1 data-testid="channel-pick-section">{t.channel.pickSection}</Body1>}
      {section && <LoadStatus load={list} empty={t.channel.noVacancies} emptyTestId="channel-no-vacancies" />}
      {section && list.data && list.data.length > 0 && (
        <ul className={shared.list} aria-label={t.vacancies.title}>
          {list.data.map((vacancy) => (
            <li key={vacancy.id} className={styles.entry} data-testid="channel-vacancy" data-status={vacancy.status}>
              <Text weight="semibold">{vacancy.title}</Text>
              <Link href={formatRoute(companyRoute(vacancy.companyId))}>{vacancy.companyName ?? t.channel.open}</Link>
              <Caption1 className={shared.meta}>
                {[
                  t.statuses[vacancy.status],
                  t.company.positions(vacancy.positions),
                  vacancy.deadline && t.company.deadline(formatDate(vacancy.deadline, lang)),
                  vacancy.postcode,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Caption1>
              {vacancy.jobnet && <JobnetFacts jobnet={vacancy.jobnet} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChannelSubscriptions({ conversationId }: { conversationId: string | null }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, directory } = useTab();
  const headingId = useId();
  const formHeadingId = useId();
  const list = useLoad<Subscription[]>(conversationId, (signal) => api.subscriptions(conversationId!, signal));
  const explain = (error: unknown): FailureLike => {
    const failure = toFailure(error);
    // The service refuses channels where the bot was never installed (it has no conversation reference).
    return failure.code === 'NOT_FOUND' ? { code: 'NOT_INSTALLED', message: t.channel.notInstalled } : failure;
  };
  const form = useFormSubmit({
    initial: EMPTY_SUBSCRIPTION_FORM,
    validate: (current: SubscriptionFormValues) => validateSubscriptionForm(conversationId!, current, lang),
    save: async ({ body }) => {
      await api.subscribe(body);
      list.reload();
      return { values: EMPTY_SUBSCRIPTION_FORM, notice: t.channel.added };
    },
    toFailure: explain,
  });
  const { values, errors, saving: busy, failure, notice, set, submit } = form;

  if (!conversationId) {
    return (
      <section className={shared.stack} aria-labelledby={headingId} data-testid="subscriptions">
        <Subtitle2 as="h2" id={headingId}>
          {t.channel.subscriptions}
        </Subtitle2>
        <MessageBar intent="info" layout="multiline" data-testid="subscriptions-unavailable">
          <MessageBarBody>{t.channel.noConversation}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  async function remove(id: string) {
    await form.run(async () => {
      await api.unsubscribe(id);
      return { notice: t.channel.removed };
    });
    list.reload();
  }

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="subscriptions">
      <Subtitle2 as="h2" id={headingId}>
        {t.channel.subscriptions}
      </Subtitle2>
      <LoadStatus load={list} empty={t.channel.noSubscriptions} emptyTestId="subscriptions-empty" />
      {list.data && list.data.length > 0 && (
        <ul className={shared.list} aria-label={t.channel.subscriptions}>
          {list.data.map((subscription) => {
            const text = subscriptionText(subscription, directory.topics, lang);
            return (
              <li
                key={subscription.id}
                className={styles.entry}
                data-testid="subscription"
                data-subscription-id={subscription.id}
              >
                <Body1 className={shared.text}>{text}</Body1>
                <div>
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={t.channel.removeLabel(text)}
                    onClick={() => void remove(subscription.id)}
                    data-testid="subscription-remove"
                  >
                    {t.channel.remove}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {notice && <SuccessBanner text={notice} testId="subscription-notice" />}
      {failure &&
        (failure.code === 'NOT_INSTALLED' ? (
          <MessageBar intent="warning" layout="multiline" data-testid="subscription-not-installed">
            <MessageBarBody>{failure.message}</MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorBanner error={failure} />
        ))}
      <form
        className={shared.form}
        aria-labelledby={formHeadingId}
        onSubmit={submit}
        noValidate
        data-testid="subscription-form"
      >
        <Subtitle2 as="h3" id={formHeadingId}>
          {t.channel.addTitle}
        </Subtitle2>
        <TopicCheckboxes
          legend={t.channel.topics}
          selected={values.topics}
          onChange={(topics) => set({ topics })}
          className={styles.topics}
          legendClassName={styles.legend}
        />
        <Field label={t.channel.postcodesField} validationMessage={errors.postcodes}>
          <Input
            value={values.postcodes}
            onChange={(_, d) => set({ postcodes: d.value })}
            data-testid="subscription-postcodes"
          />
        </Field>
        <Field label={t.channel.industriesField} validationMessage={errors.industries}>
          <Input
            value={values.industries}
            onChange={(_, d) => set({ industries: d.value })}
            data-testid="subscription-industries"
          />
        </Field>
        <Field label={t.channel.keywordsField} validationMessage={errors.keywords}>
          <Input
            value={values.keywords}
            onChange={(_, d) => set({ keywords: d.value })}
            data-testid="subscription-keywords"
          />
        </Field>
        <SubmitButton busy={busy} label={t.channel.add} busyLabel={t.channel.adding} testId="subscription-add" />
      </form>
    </section>
  );
}

/** Teams' settings frame for a new channel tab: choose the section; Teams' Save stores it in the tab's URL. */
export function ChannelConfigPage() {
  const { t } = useStrings();
  const shared = useSharedStyles();
  const { host, hostContext, directory } = useTab();
  const headingId = useId();
  const [section, setSection] = useState<string | null>(hostContext.section ?? directory.me.section?.id ?? null);
  const name = sectionName(section, directory.sections);
  useEffect(() => {
    host.setChannelTabConfig(section && name ? { sectionId: section, sectionName: name } : null);
  }, [host, section, name]);
  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="channel-config">
      <Title2 as="h1" id={headingId}>
        {t.channel.configTitle}
      </Title2>
      <Body1>{t.channel.configHint}</Body1>
      <div style={{ maxWidth: '320px' }}>
        <SectionPicker value={section} onChange={setSection} />
      </div>
      {name && section && (
        <Body1 data-testid="channel-config-chosen">
          {t.channel.configChosen(name)}{' '}
          {hostContext.kind === 'standalone' && (
            <Link href={formatRoute({ page: 'channel', section })}>{t.channel.open}</Link>
          )}
        </Body1>
      )}
    </section>
  );
}
