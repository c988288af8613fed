import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { assertPortFree, freePort, portFromEnv } from './ports.mjs';

/** Listens on the port until the returned function is called. @param {number} port */
async function occupy(port) {
  const squatter = createServer();
  await new Promise((done) => squatter.listen(port, '127.0.0.1', () => done(undefined)));
  return () => new Promise((done) => squatter.close(() => done(undefined)));
}

describe('assertPortFree', () => {
  it('passes for a free port and refuses one another server holds', async () => {
    const port = await freePort();
    await expect(assertPortFree(port)).resolves.toBeUndefined();
    const release = await occupy(port);
    try {
      await expect(assertPortFree(port)).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await release();
    }
  });
});

describe('portFromEnv', () => {
  const name = 'PORTS_TEST_PORT';
  afterEach(() => {
    delete process.env.PORTS_TEST_PORT;
  });

  it('takes a free port when the variable is unset, and writes it back for Playwright workers', async () => {
    const port = await portFromEnv(name);
    expect(process.env[name]).toBe(String(port));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
    // A second load of the config (as in a worker process) agrees on the port.
    expect(await portFromEnv(name)).toBe(port);
  });

  it('keeps a port that was asked for, and refuses one that is not a port number', async () => {
    process.env[name] = '4400';
    expect(await portFromEnv(name)).toBe(4400);
    process.env[name] = '43x';
    await expect(portFromEnv(name)).rejects.toThrow('PORTS_TEST_PORT=43x is not a port number');
  });
});
