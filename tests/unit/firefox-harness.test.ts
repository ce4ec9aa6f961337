// The pure parts of the e2e harness's Firefox backend, without a browser: which browsers a run uses,
// the expression sent to Firefox's DevTools console, and the DevTools wire protocol client, against a
// fake server that answers the way Firefox's does (replies per actor in order, events with a `type`,
// an evaluation's result often in the same chunk as its reply, long strings sent as grips).
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { browsersFrom } from '../e2e/harness/browsers';
import { callExpression } from '../e2e/harness/firefox-extension';
import { RdpClient } from '../e2e/harness/firefox-rdp';

describe('browsersFrom (E2E_BROWSERS)', () => {
  it('is every browser when unset or blank, else the named ones, once each', () => {
    expect(browsersFrom(undefined)).toEqual(['chromium', 'firefox']);
    expect(browsersFrom(' ')).toEqual(['chromium', 'firefox']);
    expect(browsersFrom('firefox')).toEqual(['firefox']);
    expect(browsersFrom('chromium, chromium,')).toEqual(['chromium']);
  });

  it('rejects a name it does not know', () => {
    expect(() => browsersFrom('chromium,webkit')).toThrow(/unknown browser webkit/);
  });
});

describe('callExpression', () => {
  const run = (source: string, args: unknown[]) => vm.runInNewContext(callExpression(source, args)) as Promise<string>;

  it('awaits the function on its JSON arguments and yields the value as JSON', async () => {
    expect(JSON.parse(await run('async (a, b) => ({ sum: a.n + b, quote: "\\"</script>" })', [{ n: 1 }, 2]))).toEqual({
      value: { sum: 3, quote: '"</script>' },
    });
    expect(JSON.parse(await run('(s) => s', ['`${x}` \\ \u2028']))).toEqual({ value: '`${x}` \\ \u2028' });
  });

  it('tells undefined apart from a value, and a throw from both', async () => {
    expect(JSON.parse(await run('() => undefined', []))).toEqual({});
    expect(JSON.parse(await run('() => null', []))).toEqual({ value: null });
    expect(JSON.parse(await run('async () => { throw new Error("no receiver") }', []))).toEqual({ error: 'no receiver' });
  });
});

describe('RdpClient', () => {
  let dir: string | undefined;
  let server: net.Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const frame = (packet: object) => {
    const body = Buffer.from(JSON.stringify(packet), 'utf8');
    return Buffer.concat([Buffer.from(`${body.length}:`), body]);
  };

  /** A DevTools server that greets, then answers each packet with what `answer` returns, in one write. */
  async function fakeServer(answer: (packet: { to: string; type: string; [k: string]: unknown }) => object[]): Promise<string> {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rdp-test-'));
    const socketPath = path.join(dir, 'devtools.sock');
    server = net.createServer((socket) => {
      socket.write(frame({ from: 'root', applicationType: 'browser' }));
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const colon = buffer.indexOf(0x3a);
          const length = Number(buffer.subarray(0, colon).toString());
          if (colon < 0 || buffer.length < colon + 1 + length) return;
          const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
          buffer = buffer.subarray(colon + 1 + length);
          socket.write(Buffer.concat(answer(packet).map(frame)));
        }
      });
    });
    await new Promise<void>((resolve) => server!.listen(socketPath, resolve));
    return socketPath;
  }

  it('matches replies to requests per actor, passes events to listeners, and rejects errors', async () => {
    const socketPath = await fakeServer((p) =>
      p.type === 'fail'
        ? [{ from: p.to, error: 'unknownActor', message: 'gone' }]
        : [{ from: p.to, type: 'tabListChanged' }, { from: p.to, echo: p.type }],
    );
    const client = await RdpClient.connect(socketPath);
    const events: string[] = [];
    client.on((e) => events.push(`${e.from} ${e.type}`));
    const [a, b] = await Promise.all([client.request('root', 'listAddons'), client.request('tab1', 'getWatcher')]);
    expect([a.echo, b.echo]).toEqual(['listAddons', 'getWatcher']);
    expect(events).toEqual(['root tabListChanged', 'tab1 tabListChanged']);
    await expect(client.request('tab2', 'fail')).rejects.toThrow('tab2: unknownActor: gone');
    client.close();
  });

  it('returns an evaluation whose result arrives with its reply, and reads long strings in full', async () => {
    const long = 'x'.repeat(20_000);
    const socketPath = await fakeServer((p) => {
      if (p.type === 'substring') return [{ from: p.to, substring: long.slice(p.start as number, p.end as number) }];
      const result = p.text === 'long' ? { type: 'longString', actor: 'str1', length: long.length, initial: long.slice(0, 10) } : `got ${String(p.text)}`;
      return [{ from: p.to, resultID: 'r1' }, { from: p.to, type: 'evaluationResult', resultID: 'r1', result }];
    });
    const client = await RdpClient.connect(socketPath);
    const never = new Promise<never>(() => undefined);
    expect(await client.evaluateToString('console1', '1 + 1', never)).toBe('got 1 + 1');
    expect(await client.evaluateToString('console1', 'long', never)).toBe(long);
    client.close();
  });

  it('rejects an evaluation that throws, and one abandoned before its result', async () => {
    const socketPath = await fakeServer((p) =>
      p.text === 'throws'
        ? [{ from: p.to, resultID: 'r2' }, { from: p.to, type: 'evaluationResult', resultID: 'r2', exceptionMessage: 'ReferenceError: x' }]
        : [{ from: p.to, resultID: 'r3' }],
    );
    const client = await RdpClient.connect(socketPath);
    await expect(client.evaluateToString('console1', 'throws', new Promise<never>(() => undefined))).rejects.toThrow('ReferenceError: x');
    const abandoned = Promise.reject(new Error('page went away'));
    abandoned.catch(() => undefined); // handled by the race inside; Node must not call it unhandled first
    await expect(client.evaluateToString('console1', 'hangs', abandoned)).rejects.toThrow('page went away');
    client.close();
  });
});
