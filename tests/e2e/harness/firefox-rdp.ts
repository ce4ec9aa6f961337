// A minimal client of Firefox's own Remote Debugging Protocol (the DevTools server that about:debugging
// and web-ext talk to). WebDriver BiDi, which Puppeteer speaks, deliberately ignores extension
// documents (Firefox's remote agent skips add-on principals, bug 1755014): it cannot navigate a tab
// to moz-extension:// nor evaluate there. DevTools can: it lists the add-on's documents (background
// page, extension tabs) as targets, each with a console that evaluates in that document, and it can
// stop the event page the way Firefox does when it is idle.
//
// Wire format: each packet is `<byte length>:<JSON>`. A request goes `to` an actor and its reply comes
// back `from` it, in order per actor; packets with a `type` are events (replies never carry one).
import net from 'node:net';

export interface Packet {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

interface Pending {
  resolve(packet: Packet): void;
  reject(error: Error): void;
}

interface EvaluationResult extends Packet {
  resultID: string;
  result?: unknown;
  exceptionMessage?: unknown;
}

/** A string the server sent in full, or as a long-string grip to read in pieces. */
type Grip = string | { type: 'longString'; actor: string; length: number } | { type: string } | number | boolean | null;

export class RdpClient {
  readonly #socket: net.Socket;
  #buffer = Buffer.alloc(0);
  readonly #pending = new Map<string, Pending[]>();
  readonly #listeners = new Set<(event: Packet) => void>();
  #closed: Error | undefined;

  private constructor(socket: net.Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    socket.on('close', () => this.#fail(new Error('Firefox DevTools connection closed')));
    socket.on('error', (error) => this.#fail(error));
  }

  /** Connects to `--start-debugger-server <socketPath>`, retrying while Firefox is still starting. */
  static async connect(socketPath: string, timeoutMs = 15_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await new Promise<RdpClient>((resolve, reject) => {
          const socket = net.connect({ path: socketPath });
          socket.once('error', reject);
          const client = new RdpClient(socket);
          // The root actor greets first; only then does the server take requests.
          const off = client.on((p) => {
            if (p.from !== 'root') return;
            off();
            socket.off('error', reject);
            resolve(client);
          });
        });
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`no Firefox DevTools server at ${socketPath}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  request<T extends Packet = Packet>(to: string, type: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closed);
    return new Promise<T>((resolve, reject) => {
      const queue = this.#pending.get(to) ?? [];
      queue.push({ resolve: resolve as (p: Packet) => void, reject });
      this.#pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ to, type, ...params }), 'utf8');
      this.#socket.write(`${body.length}:`);
      this.#socket.write(body);
    });
  }

  /** Listens to every event (and the root's greeting); returns the unsubscribe function. */
  on(listener: (event: Packet) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Evaluates `expression` with the console of a target and resolves with the string it yields (an
   * async expression is awaited). Rejects when the evaluation throws, or with `abandoned` once it
   * resolves first (e.g. the document went away and no result will come).
   */
  async evaluateToString(consoleActor: string, expression: string, abandoned: Promise<never>): Promise<string> {
    const early = new Map<string, EvaluationResult>();
    let wanted: string | undefined;
    let settle!: (p: EvaluationResult) => void;
    const result = new Promise<EvaluationResult>((resolve) => (settle = resolve));
    // Subscribed before the request: the result can arrive in the same chunk as the reply.
    const off = this.on((p) => {
      if (p.type !== 'evaluationResult' || p.from !== consoleActor) return;
      const r = p as EvaluationResult;
      if (r.resultID === wanted) settle(r);
      else early.set(r.resultID, r);
    });
    try {
      const { resultID } = await this.request<Packet & { resultID: string }>(consoleActor, 'evaluateJSAsync', {
        text: expression,
        mapped: { await: true },
      });
      wanted = resultID;
      const known = early.get(resultID);
      if (known) settle(known);
      const r = await Promise.race([result, abandoned]);
      if (r.exceptionMessage !== undefined) throw new Error(`evaluation failed: ${await this.#text(r.exceptionMessage as Grip)}`);
      return await this.#text(r.result as Grip);
    } finally {
      off();
    }
  }

  close(): void {
    this.#socket.destroy();
  }

  async #text(grip: Grip): Promise<string> {
    if (typeof grip === 'string') return grip;
    if (grip && typeof grip === 'object' && grip.type === 'longString' && 'actor' in grip) {
      const { substring } = await this.request<Packet & { substring: string }>(grip.actor, 'substring', { start: 0, end: grip.length });
      return substring;
    }
    return JSON.stringify(grip);
  }

  #drain(): void {
    for (;;) {
      const colon = this.#buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString('ascii'));
      if (this.#buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      this.#buffer = this.#buffer.subarray(colon + 1 + length);
      if (packet.type !== undefined || (packet.from === 'root' && 'applicationType' in packet)) {
        for (const listener of [...this.#listeners]) listener(packet);
        continue;
      }
      const waiter = this.#pending.get(packet.from)?.shift();
      if (!waiter) continue;
      if (packet.error) waiter.reject(new Error(`${packet.from}: ${packet.error}: ${packet.message ?? ''}`));
      else waiter.resolve(packet);
    }
  }

  #fail(error: Error): void {
    this.#closed ??= error;
    for (const queue of this.#pending.values()) for (const waiter of queue.splice(0)) waiter.reject(error);
  }
}
