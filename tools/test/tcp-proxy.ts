import {
  AddressInfo,
  Server,
  Socket,
  createConnection,
  createServer,
} from 'node:net';

/**
 * A TCP pass-through in front of PostgreSQL or Redis. Tests point an app at the proxy and then
 * cut it, which takes the dependency "down" for that app alone without touching the shared server.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private accepting = true;

  private constructor(
    private readonly target: { host: string; port: number },
  ) {}

  static async start(targetUrl: string): Promise<TcpProxy> {
    const url = new URL(targetUrl);
    const proxy = new TcpProxy({ host: url.hostname, port: Number(url.port) });
    await proxy.listen();
    return proxy;
  }

  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  /** The target URL rewritten to go through this proxy. */
  rewrite(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** Drops every open connection and refuses new ones until `restore()`. */
  cut(): void {
    this.accepting = false;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  restore(): void {
    this.accepting = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((done) => this.server?.close(() => done(undefined)));
  }

  private listen(): Promise<void> {
    this.server = createServer((client) => {
      if (!this.accepting) {
        client.destroy();
        return;
      }
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    return new Promise((done) =>
      this.server?.listen(0, '127.0.0.1', () => done()),
    );
  }
}
