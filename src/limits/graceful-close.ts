import type { Server } from 'node:http';

/**
 * Closes an HTTP server gracefully: stops accepting connections at once, lets the work in flight
 * finish (`drain`, e.g. TurnGuard.drain), gives the finished requests up to `flushMs` to write their
 * responses while idle keep-alive connections are closed, and only then cuts what is left.
 * Returns whether everything in flight finished in time.
 */
export async function closeGracefully(server: Server, drain: () => Promise<boolean>, flushMs = 2000): Promise<boolean> {
  let closed = false;
  const allClosed = new Promise<void>((resolve) =>
    server.close(() => {
      closed = true;
      resolve();
    }),
  );
  server.closeIdleConnections();
  const drained = await drain().catch(() => false);
  const deadline = Date.now() + flushMs;
  while (!closed && Date.now() < deadline) {
    server.closeIdleConnections();
    await Promise.race([allClosed, new Promise((resolve) => setTimeout(resolve, 10))]);
  }
  server.closeAllConnections();
  await allClosed;
  return drained;
}
