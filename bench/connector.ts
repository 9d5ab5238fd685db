/**
 * Forked by the benchmark: a Bot Framework connector stand-in (the `serviceUrl` of the bot
 * activities). It accepts what the bot posts back and counts it; no event loop shared with the
 * service. Same role as the connector in test/bot/protocol.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveParent } from './child-process.js';

let posts = 0;
let cards = 0;
let bytes = 0;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    if (req.method === 'POST' && req.url?.startsWith('/v3/conversations/')) {
      const body = Buffer.concat(chunks);
      posts += 1;
      bytes += body.length;
      if (body.includes('application/vnd.microsoft.card.adaptive')) cards += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${posts}` }));
      return;
    }
    res.writeHead(404).end();
  });
});

const listening = new Promise<string>((resolve) => {
  server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
});

serveParent(async (message) => {
  switch (message.type) {
    case 'url':
      return listening;
    case 'stats':
      return { posts, cards, bytes };
    default:
      throw new Error(`unknown message ${message.type}`);
  }
});
