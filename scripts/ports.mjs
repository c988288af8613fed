// Loopback ports for the servers the tests start. A run takes a free port unless one is asked
// for, so `npm test` works while another server (`npm start`, a colleague's preview) holds 4321.
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on right now; the operating system picks it. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolvePort, reject) => {
      const server = createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        server.close(() => {
          resolvePort(port);
        });
      });
    })
  );
}

/**
 * Throws when something already listens on `port`: a harness that waits for the port to open
 * would take that server for its own, and the tests would run against it.
 * @param {number} port
 */
export async function assertPortFree(port) {
  await new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', () => {
      reject(new Error(`port ${port} on 127.0.0.1 is already in use; stop what listens there or pick another port`));
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(undefined)));
  });
}

/**
 * The port named by an environment variable, or else a free one, written back to the variable.
 * Writing it back matters for Playwright: its worker processes load the config again and must
 * find the same port there, and they inherit the runner's environment.
 * @param {string} name e.g. PORT
 */
export async function portFromEnv(name) {
  const asked = process.env[name];
  if (asked) {
    const port = Number(asked);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${asked} is not a port number`);
    return port;
  }
  const port = await freePort();
  process.env[name] = String(port);
  return port;
}
