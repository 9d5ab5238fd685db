import {
  CardFactory,
  type AppBasedLinkQuery,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import type { Actor } from '../src/domain/model.js';
import { searchCompanies } from '../src/app/search-companies.js';
import { getCompanyWithContext } from '../src/app/company-context.js';
import { companyCard } from './cards/company.card.js';
import { companyPreview } from './cards/company-preview.js';
import type { CardCompany } from './cards/card-types.js';
import { companyDeepLink, companyIdFromLink } from './deep-link.js';
import { localeOf } from './activity-locale.js';
import type { BotDeps } from './kontaktspor-bot.js';

type ExtensionDeps = Pick<BotDeps, 'store' | 'clock' | 'identify' | 'teamsAppId' | 'publicUrl'>;

const QUERY_CHARS = 200;
const RESULTS = 10;

/** The compose box's company search: a company card per hit, with a one-line preview. */
export async function companySearchResults(
  deps: ExtensionDeps,
  context: TurnContext,
  query: MessagingExtensionQuery,
): Promise<MessagingExtensionResponse> {
  const actor = await deps.identify(context);
  const text = String(query.parameters?.find((p) => p.name !== 'initialRun')?.value ?? '').slice(0, QUERY_CHARS);
  if (!actor || !text.trim()) return composeResult([]);
  const { items } = await searchCompanies(deps, actor, { q: text, limit: RESULTS });
  // The contexts are independent reads: in parallel, so the compose box waits for the slowest only.
  const attachments = items.map((summary) => companyAttachment(deps, context, actor, summary.id, summary));
  return composeResult(await Promise.all(attachments));
}

/** A pasted link to a company page unfurls into that company's card. */
export async function companyLinkResult(
  deps: ExtensionDeps,
  context: TurnContext,
  query: AppBasedLinkQuery,
): Promise<MessagingExtensionResponse> {
  const actor = await deps.identify(context);
  const companyId = query.url ? companyIdFromLink(query.url) : null;
  if (!actor || !companyId) return composeResult([]);
  return composeResult([await companyAttachment(deps, context, actor, companyId)]);
}

async function companyAttachment(
  deps: ExtensionDeps,
  context: TurnContext,
  actor: Actor,
  companyId: string,
  /** What the preview line shows: the search hit as found, else the company as read. */
  hit?: CardCompany,
): Promise<MessagingExtensionAttachment> {
  const { company, context: serviceContext } = await getCompanyWithContext(deps, actor, companyId);
  const { teamsAppId, publicUrl } = deps;
  const openUrl = companyDeepLink({ teamsAppId, publicUrl, companyId, label: company.name });
  const locale = localeOf(context);
  const card = companyCard({ company, context: serviceContext, locale, openUrl, forCompose: true });
  const preview = companyPreview(hit ?? company, locale);
  const previewText = [preview.subtitle, preview.text].filter(Boolean).join(' · ');
  return { ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(preview.title, previewText) };
}

function composeResult(attachments: MessagingExtensionAttachment[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
