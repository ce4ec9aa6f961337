// One local HTTPS server that answers for every real host name the browser is pointed at (Chromium maps
// the names onto it with --host-resolver-rules, Firefox with network.dns.forceResolve). It routes by the Host header to per-host handlers and
// records every request, so a spec can assert what the extension asked for, when, and that it asked
// nobody else.
//
// A plain-HTTP twin on a second port shares the routing and the log: the browser maps port 80 of every
// name onto it, so a stray http:// request is answered and logged here instead of leaving the machine.
// (One port for both by sniffing the first byte does not work: Node's TLS socket reads from the native
// handle and never sees bytes pushed back with unshift().)
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { testCertificate } from './cert';

export interface Req {
  scheme: 'https' | 'http';
  /** Host header without port, lower-cased. */
  host: string;
  method: string;
  /** Path and query as sent, e.g. `/api/query?id_list=…`. */
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (a slow upstream; the browser sees the request in flight). */
  delayMs?: number;
}

/** Answers a request, or returns undefined to let the next handler (finally: 404) try. */
export type Handler = (req: Req) => Reply | undefined | Promise<Reply | undefined>;

export interface LoggedRequest {
  /** Arrival time, ms since the epoch with sub-ms precision. */
  at: number;
  scheme: 'https' | 'http';
  host: string;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** False when no handler is registered for the host: a request the extension should not make. */
  known: boolean;
  /** Status sent back; undefined while the reply is pending (delayed or the client went away). */
  status?: number;
  /** When the reply was sent (same clock as `at`); undefined while pending or when the client went away. */
  answeredAt?: number;
  /** The reply's content-type header, once sent (tells an Atom feed from a plain-text notice). */
  contentType?: string;
}

export interface RequestFilter {
  host?: string;
  method?: string;
  /** Matches the start of the path, e.g. `/api/query`. */
  pathPrefix?: string;
}

export class MockServer {
  readonly #handlers = new Map<string, Handler[]>();
  readonly #log: LoggedRequest[] = [];
  readonly #tolerated: RequestFilter[] = [];
  readonly #sockets = new Set<net.Socket>();
  readonly #servers: net.Server[] = [];
  #port = 0;
  #httpPort = 0;

  /** The HTTPS port every mapped host name reaches on 443. */
  get port(): number {
    if (!this.#port) throw new Error('MockServer: not listening; call start() first');
    return this.#port;
  }

  /** The plain-HTTP port (for port 80 of any name). */
  get httpPort(): number {
    if (!this.#httpPort) throw new Error('MockServer: not listening; call start() first');
    return this.#httpPort;
  }

  /** Host names with at least one handler: the hosts a spec expects to be contacted. */
  get hosts(): string[] {
    return [...this.#handlers.keys()];
  }

  /**
   * Registers a handler for a host in front of the ones already there, so a spec can override a
   * default route for a while. Returns a function that removes it again.
   */
  use(host: string, handler: Handler): () => void {
    const key = host.toLowerCase();
    const list = this.#handlers.get(key) ?? [];
    list.unshift(handler);
    this.#handlers.set(key, list);
    return () => {
      const index = list.indexOf(handler);
      if (index >= 0) list.splice(index, 1);
    };
  }

  /** Every request so far, oldest first. */
  get log(): readonly LoggedRequest[] {
    return this.#log;
  }

  resetLog(): void {
    this.#log.length = 0;
  }

  requests(filter: RequestFilter = {}): LoggedRequest[] {
    return this.#log.filter((r) => matches(r, filter));
  }

  /**
   * Requests to hosts nobody registered: stray traffic. Requests matching a `tolerate()` filter (the
   * browser's own background traffic) stay in the log but are not counted here.
   */
  unexpectedRequests(): LoggedRequest[] {
    return this.#log.filter((r) => !r.known && !this.#tolerated.some((f) => matches(r, f)));
  }

  /** Declares requests that are expected although no handler answers them (answered 404 all the same). */
  tolerate(...filters: RequestFilter[]): void {
    this.#tolerated.push(...filters);
  }

  /** Resolves with the first logged request (already there or arriving later) that matches. */
  async waitForRequest(
    match: (r: LoggedRequest) => boolean,
    { timeoutMs = 10_000, pollMs = 25 } = {},
  ): Promise<LoggedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.#log.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`MockServer: no matching request within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /**
   * Listens on ephemeral ports unless told otherwise. Both browsers map 443 and 80 onto them (Chromium
   * with --host-resolver-rules, Firefox with `network.socket.forcePort`, see firefox.ts).
   */
  async start(certHosts: readonly string[], ports: { https?: number; http?: number } = {}): Promise<void> {
    const tls = await testCertificate(certHosts);
    const onRequest = (scheme: 'https' | 'http') => (req: IncomingMessage, res: ServerResponse) => {
      void this.#handle(scheme, req, res);
    };
    this.#port = await this.#listen(https.createServer({ key: tls.key, cert: tls.cert }, onRequest('https')), ports.https ?? 0);
    this.#httpPort = await this.#listen(http.createServer(onRequest('http')), ports.http ?? 0);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    const servers = this.#servers.splice(0);
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }

  async #listen(server: http.Server | https.Server, port: number): Promise<number> {
    // Browsers keep connections alive; close() destroys them itself rather than waiting.
    server.on('connection', (socket: net.Socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.#servers.push(server);
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('MockServer: no TCP address');
    return address.port;
  }

  async #handle(scheme: 'https' | 'http', req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const handlers = this.#handlers.get(host);
    const entry: LoggedRequest = {
      at: performance.timeOrigin + performance.now(),
      scheme,
      host,
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      known: handlers !== undefined && handlers.length > 0,
    };
    this.#log.push(entry);

    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: Req = {
      scheme,
      host,
      method: entry.method,
      path,
      url: new URL(path, `${scheme}://${host || 'unknown.invalid'}`),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };

    let reply: Reply | undefined;
    try {
      for (const handler of [...(handlers ?? [])]) {
        reply = await handler(request);
        if (reply) break;
      }
    } catch (error) {
      reply = { status: 500, body: `handler failed: ${String(error)}` };
    }
    reply ??= { status: 404, headers: { 'content-type': 'text/plain' }, body: `no route: ${host}${path}` };

    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return; // the browser gave up (navigation, aborted fetch, stopped worker)
    entry.status = reply.status ?? 200;
    entry.answeredAt = performance.timeOrigin + performance.now();
    entry.contentType = Object.entries(reply.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    res.writeHead(entry.status, reply.headers);
    res.end(reply.body);
  }
}

function matches(r: LoggedRequest, filter: RequestFilter): boolean {
  return (
    (filter.host === undefined || r.host === filter.host.toLowerCase()) &&
    (filter.method === undefined || r.method === filter.method) &&
    (filter.pathPrefix === undefined || r.path.startsWith(filter.pathPrefix))
  );
}

/** Builds a handler for GET/HEAD requests whose pathname matches `pattern`. */
export function get(pattern: RegExp, answer: (req: Req, match: RegExpExecArray) => Reply | undefined): Handler {
  return (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const match = pattern.exec(req.url.pathname);
    return match ? answer(req, match) : undefined;
  };
}

export function json(value: unknown, status = 200): Reply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

export function text(body: string, status = 200, contentType = 'text/plain; charset=utf-8'): Reply {
  return { status, headers: { 'content-type': contentType }, body };
}
