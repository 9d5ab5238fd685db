import express from 'express';
import type { Server } from 'node:http';

/** What the connector received: a new channel thread or a card replacement, with its arrival time. */
export interface ReceivedCall {
  kind: 'post' | 'update';
  channelId: string;
  conversationId: string;
  vacancyId: string | null;
  card: any;
  at: number;
}

/** A fault to answer instead of accepting: a status and headers (e.g. 429 with Retry-After). */
export type Fault = { status: number; headers?: Record<string, string> } | null;

/**
 * A Bot Framework connector stand-in for channel posts: POST /v3/conversations creates a thread,
 * PUT /v3/conversations/{id}/activities/{id} replaces a card. Tests can inject faults per call
 * and close a gate: gated requests are held unrecorded, and on release those whose sender has gone
 * (its socket closed: the process was killed) are dropped, never recorded.
 */
export async function startLocalConnector() {
  const accepted: ReceivedCall[] = [];
  const refused: { status: number; channelId: string; kind: ReceivedCall['kind']; at: number }[] = [];
  const stray: { method: string; path: string; text: string; at: number }[] = [];
  let fault: (call: Omit<ReceivedCall, 'at'>) => Fault = () => null;
  let gated = false;
  const held: (() => void)[] = [];
  let threads = 0;

  const app = express();
  app.use(express.json({ limit: '1mb' }));

  const hold = (req: express.Request, res: express.Response, next: () => void) => {
    if (!gated) return next();
    // A sender that dies while its request is held closes the socket: 'close' marks it gone.
    let gone = false;
    res.once('close', () => (gone = true));
    held.push(() => {
      if (gone || req.socket.destroyed) return;
      next();
    });
  };

  app.post('/v3/conversations', hold, (req, res) => {
    const channelId = String(req.body?.channelData?.channel?.id ?? '');
    const card = req.body?.activity?.attachments?.[0]?.content;
    const call = { kind: 'post' as const, channelId, conversationId: channelId, vacancyId: vacancyIdOf(card), card };
    if (answerFault(call, res, channelId)) return;
    threads += 1;
    const activityId = `${Date.now()}${threads}`;
    accepted.push({ ...call, conversationId: `${channelId};messageid=${activityId}`, at: Date.now() });
    res.status(201).json({ id: `${channelId};messageid=${activityId}`, activityId });
  });

  app.put('/v3/conversations/:conversationId/activities/:activityId', hold, (req, res) => {
    const conversationId = decodeURIComponent(String(req.params.conversationId));
    const channelId = conversationId.split(';')[0]!;
    const card = req.body?.attachments?.[0]?.content;
    const call = { kind: 'update' as const, channelId, conversationId, vacancyId: vacancyIdOf(card), card };
    if (answerFault(call, res, channelId)) return;
    accepted.push({ ...call, at: Date.now() });
    res.json({ id: req.params.activityId });
  });

  // Anything else the bot sends (a reply or message into a conversation) is recorded: alert
  // delivery must never write anything but its cards, so tests assert this stays empty.
  app.use((req, res) => {
    stray.push({ method: req.method, path: req.path, text: String(req.body?.text ?? ''), at: Date.now() });
    res.status(201).json({ id: `stray-${stray.length}` });
  });

  function answerFault(call: Omit<ReceivedCall, 'at'>, res: express.Response, channelId: string): boolean {
    const answer = fault(call);
    if (!answer) return false;
    refused.push({ status: answer.status, channelId, kind: call.kind, at: Date.now() });
    res
      .status(answer.status)
      .set(answer.headers ?? {})
      .json({ error: { code: 'Fault', message: 'injected' } });
    return true;
  }

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    accepted,
    refused,
    stray,
    setFault(next: (call: Omit<ReceivedCall, 'at'>) => Fault) {
      fault = next;
    },
    closeGate() {
      gated = true;
    },
    /** Releases held requests; those whose sender has gone are dropped, never recorded. */
    async openGate() {
      gated = false;
      // A killed sender's sockets close in the kernel at once, but this process may not have read
      // those closes yet when the child's exit is reported: let them arrive first.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const release of held.splice(0)) release();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The vacancy a card is about: the claim button's data (open vacancies), else a `vacancy:` marker. */
function vacancyIdOf(card: any): string | null {
  const text = JSON.stringify(card ?? {});
  return /"vacancyId":"([0-9a-f-]{36})"/.exec(text)?.[1] ?? null;
}

/** The most calls in any window of `windowMs`, per key: the pace a receiver saw. */
export function maxInWindow(calls: readonly { at: number }[], windowMs: number): number {
  const times = calls.map((call) => call.at).sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
