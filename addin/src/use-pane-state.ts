/**
 * The pane's state: reads the item, asks the service what it knows, and logs. Re-runs on
 * ItemChanged (pinned pane). Answers that arrive for an item no longer selected are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AlreadyLogged,
  CompanySummary,
  ContextMatch,
  ItemPreview,
  LogResult,
  Me,
  PaneContext,
  ServiceContext,
  Topic,
} from '../../web-shared/api-types.js';
import type { FailureLike } from '../../web-shared/failure.js';
import type { KontaktsporApi } from './api.js';
import { HostError, type ItemSnapshot, type OfficeHost } from './office-host.js';
import { alreadyLoggedOf, decideView, type CompanyView } from './company-view.js';
import { addressesToRemember, chooseAddresses } from './item-reading.js';
import { draftSummary } from './summary-draft.js';
import { suggestTopics } from './topic-suggestions.js';
import { type LogFields } from './log-request.js';
import { toPaneFailure } from './pane-failures.js';

export type PreviewState =
  | { status: 'loading' }
  /** `draft`: the summary to start from; `suggestedTopics`: the topics the email names (ticked in advance). */
  | { status: 'ready'; preview: ItemPreview | null; draft: string; suggestedTopics: string[] }
  | { status: 'failed'; error: FailureLike };

export interface Selection {
  company: CompanySummary;
  context: ServiceContext | null;
  match: ContextMatch | null;
  /** The context is being fetched (a company picked from search or a lower-ranked choice). */
  loading: boolean;
  error: FailureLike | null;
}

export type LogState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'done'; result: LogResult; companyName: string }
  | { status: 'failed'; error: FailureLike };

export interface Ready {
  phase: 'ready';
  item: ItemSnapshot;
  me: Me;
  topics: Topic[];
  context: PaneContext;
  addresses: string[];
  preview: PreviewState;
  /** The user's own choice of company (from the choices or the search). */
  picked: Selection | null;
  /** The company the history files this item under, when the addresses no longer point to it. */
  filed: Selection | null;
  /** The filed company could not be fetched: the pane falls back to the search. */
  filedFailed: boolean;
  searching: boolean;
  rememberError: FailureLike | null;
  log: LogState;
  /** "Now" for relative dates, fixed when the item was read. */
  now: Date;
  generation: number;
}

export type PaneState =
  { phase: 'no-host' } | { phase: 'no-item' } | { phase: 'loading' } | { phase: 'failed'; error: FailureLike } | Ready;

export interface PaneView {
  alreadyLogged: AlreadyLogged | null;
  view: CompanyView;
  selection: Selection | null;
}

const NO_CONTEXT: PaneContext = { matches: [], ignored: [], alreadyLogged: null };

/** What the pane shows for a ready state: the company view and the selected company, if any. */
export function derivePaneView(state: Ready): PaneView {
  const preview = state.preview.status === 'ready' ? state.preview.preview : null;
  const alreadyLogged = alreadyLoggedOf(state.context, preview);
  const view = decideView(state.context, alreadyLogged);
  let selection: Selection | null = null;
  if (!state.searching) {
    if (state.picked) selection = state.picked;
    else if (view.kind === 'matched') {
      const { match } = view;
      selection = { company: match.company, context: match.context, match, loading: false, error: null };
    } else if (view.kind === 'logged-company') selection = state.filed;
  }
  return { alreadyLogged, view, selection };
}

export function usePaneState(host: OfficeHost, api: KontaktsporApi, inOffice: boolean) {
  const [state, setState] = useState<PaneState>(inOffice ? { phase: 'loading' } : { phase: 'no-host' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0);
  const session = useRef<{ me?: Promise<Me>; topics?: Promise<Topic[]> }>({});
  const lastLog = useRef<LogFields | null>(null);

  /** Applies an update to the ready state of one item; a stale item's answer changes nothing. */
  const update = useCallback((gen: number, change: (s: Ready) => Partial<Ready>) => {
    setState((s) => (s.phase === 'ready' && s.generation === gen ? { ...s, ...change(s) } : s));
  }, []);

  const loadFiled = useCallback(
    async (gen: number, companyId: string) => {
      try {
        const detail = await api.company(companyId);
        const filed = { company: detail.company, context: detail.context, match: null, loading: false, error: null };
        update(gen, () => ({ filed }));
      } catch {
        // The banner still says who logged it; the user can search the company instead.
        update(gen, () => ({ filedFailed: true }));
      }
    },
    [api, update],
  );

  const load = useCallback(async () => {
    const gen = ++generation.current;
    const isCurrent = () => generation.current === gen;
    setState({ phase: 'loading' });
    lastLog.current = null;
    try {
      session.current.me ??= api.me();
      session.current.topics ??= api.topics();
      const [item, me, topics] = await Promise.all([host.readItem(), session.current.me, session.current.topics]);
      if (!isCurrent()) return;
      if (!item) return setState({ phase: 'no-item' });

      const previewTask = (async (): Promise<PreviewState> => {
        try {
          const ref = await host.itemRef({ save: false });
          const suggest = (text: string | null) => suggestTopics(topics, `${item.subject ?? ''}\n${text ?? ''}`);
          if (!ref) {
            const body = await host.bodyText().catch(() => null);
            return { status: 'ready', preview: null, draft: draftSummary(body), suggestedTopics: suggest(body) };
          }
          const preview = await api.preview(item.kind, ref);
          const sensitive = preview.sensitive !== null || preview.healthWords.length > 0;
          const draft = draftSummary(preview.summaryDraft, sensitive);
          return { status: 'ready', preview, draft, suggestedTopics: suggest(preview.summaryDraft) };
        } catch (error) {
          return { status: 'failed', error: toPaneFailure(error) };
        }
      })();

      const addresses = chooseAddresses(item, me.email);
      const context = addresses.length > 0 ? await api.context(addresses, item.internetMessageId) : NO_CONTEXT;
      if (!isCurrent()) return;
      setState({
        phase: 'ready',
        item,
        me,
        topics,
        context,
        addresses,
        preview: { status: 'loading' },
        picked: null,
        filed: null,
        filedFailed: false,
        searching: false,
        rememberError: null,
        log: { status: 'idle' },
        now: new Date(),
        generation: gen,
      });
      if (context.alreadyLogged) void loadFiledIfNeeded(gen, context, null);

      const preview = await previewTask;
      update(gen, () => ({ preview }));
      if (!context.alreadyLogged && preview.status === 'ready' && preview.preview?.alreadyLogged) {
        void loadFiledIfNeeded(gen, context, preview.preview);
      }
    } catch (error) {
      // A failed sign-in or /api/me must be asked again on retry.
      session.current = {};
      if (isCurrent()) setState({ phase: 'failed', error: toPaneFailure(error) });
    }

    function loadFiledIfNeeded(g: number, context: PaneContext, preview: ItemPreview | null) {
      const view = decideView(context, alreadyLoggedOf(context, preview));
      return view.kind === 'logged-company' ? loadFiled(g, view.companyId) : undefined;
    }
  }, [api, host, loadFiled, update]);

  const started = useRef(false);
  useEffect(() => {
    if (!inOffice || started.current) return;
    started.current = true;
    host.onItemChanged(() => void load());
    void load();
  }, [host, inOffice, load]);

  /** The user chose a company: show it, and remember the sender as its contact so the choice sticks. */
  const pick = useCallback(
    (company: CompanySummary, match: ContextMatch | null) => {
      const s = stateRef.current;
      if (s.phase !== 'ready') return;
      const gen = s.generation;
      const context = match?.context ?? null;
      update(gen, () => ({
        picked: { company, context, match, loading: context === null, error: null },
        searching: false,
        rememberError: null,
        log: { status: 'idle' },
      }));
      for (const address of addressesToRemember(s.item, s.context, s.me.email, company.id, match)) {
        api
          .rememberContact(company.id, address)
          .catch((error: unknown) => update(gen, () => ({ rememberError: toPaneFailure(error) })));
      }
      if (context) return;
      api.company(company.id).then(
        (detail) =>
          update(gen, (r) =>
            r.picked?.company.id === company.id
              ? { picked: { ...r.picked, context: detail.context, loading: false } }
              : {},
          ),
        (error: unknown) =>
          update(gen, (r) =>
            r.picked?.company.id === company.id
              ? { picked: { ...r.picked, loading: false, error: toPaneFailure(error) } }
              : {},
          ),
      );
    },
    [api, update],
  );

  const setSearching = useCallback(
    (searching: boolean) => {
      const s = stateRef.current;
      if (s.phase === 'ready') update(s.generation, () => ({ searching }));
    },
    [update],
  );

  /** Logs the item: compose saves the draft first, so the service can read it through Graph. */
  const log = useCallback(
    async (fields: LogFields, companyName: string) => {
      const s = stateRef.current;
      if (s.phase !== 'ready' || s.log.status === 'saving') return;
      const gen = s.generation;
      lastLog.current = fields;
      update(gen, () => ({ log: { status: 'saving' } }));
      try {
        const ref = await host.itemRef({ save: true });
        if (!ref) throw new HostError('no item id');
        const result = await api.logItem(s.item.kind, { ...ref, ...fields });
        update(gen, () => ({ log: { status: 'done', result, companyName } }));
      } catch (error) {
        update(gen, () => ({ log: { status: 'failed', error: toPaneFailure(error) } }));
      }
    },
    [api, host, update],
  );

  const retryLog = useCallback(
    (companyName: string) => {
      if (lastLog.current) void log(lastLog.current, companyName);
    },
    [log],
  );

  return { state, reload: load, pick, setSearching, log, retryLog };
}
