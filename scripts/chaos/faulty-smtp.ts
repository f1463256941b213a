import net from "node:net";
import { SMTPServer } from "smtp-server";
import { freePort } from "../../search/local-server";

/**
 * An SMTP receiver that misbehaves on request: a share of connections is cut before the
 * greeting, a share of recipients gets a 4xx (try later), and addresses whose local part starts
 * with `bounce.` always get 550 (a mailbox that does not exist). Every accepted message is
 * counted by its Message-ID, so the chaos run can tell lost from duplicated mail.
 */
export interface FaultySmtp {
  url: string;
  setFaults(faults: { dropConnections?: number; temporaryFailures?: number; delayMs?: number }): void;
  /** Message-ID → times it was accepted. */
  deliveries: Map<string, number>;
  counts: { connections: number; dropped: number; temporary: number; permanent: number; accepted: number };
  stop(): Promise<void>;
}

export const BOUNCE_PREFIX = "bounce.";

export async function startFaultySmtp(random: () => number = Math.random): Promise<FaultySmtp> {
  let faults = { dropConnections: 0, temporaryFailures: 0, delayMs: 0 };
  const deliveries = new Map<string, number>();
  const counts = { connections: 0, dropped: 0, temporary: 0, permanent: 0, accepted: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().startsWith(BOUNCE_PREFIX)) {
        counts.permanent += 1;
        return callback(Object.assign(new Error("5.1.1 mailbox unavailable"), { responseCode: 550 }));
      }
      if (random() < faults.temporaryFailures) {
        counts.temporary += 1;
        return callback(Object.assign(new Error("4.3.2 try again later"), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 16_384) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? "(none)";
        const finish = () => {
          deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
          counts.accepted += 1;
          callback();
        };
        if (faults.delayMs > 0) setTimeout(finish, faults.delayMs);
        else finish();
      });
    },
  });
  const innerPort = await freePort();
  await new Promise<void>((resolve) => server.listen(innerPort, "127.0.0.1", () => resolve()));
  // Cutting connections happens in front of the SMTP server, as a failing network would.
  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    counts.connections += 1;
    if (random() < faults.dropConnections) {
      counts.dropped += 1;
      socket.destroy();
      return;
    }
    const upstream = net.connect(innerPort, "127.0.0.1");
    sockets.add(socket).add(upstream);
    const close = () => {
      socket.destroy();
      upstream.destroy();
      sockets.delete(socket);
      sockets.delete(upstream);
    };
    socket.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
    socket.pipe(upstream).pipe(socket);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => front.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    setFaults(next) {
      faults = { dropConnections: 0, temporaryFailures: 0, delayMs: 0, ...next };
    },
    deliveries,
    counts,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
