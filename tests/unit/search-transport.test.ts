import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Meilisearch, MeilisearchRequestError } from "meilisearch";
import { createMeiliTransport } from "../../search/transport";

/**
 * A bare TCP server speaking just enough HTTP/1.1 to answer the client, so the test sees each
 * request exactly as it arrives on the wire: how many reads it took and on which connection.
 */
function wireServer(answer: (requestLine: string) => { status: number; body: string }) {
  const arrivals: { connection: number; reads: number; requestLine: string }[] = [];
  let connections = 0;
  const server = net.createServer((socket) => {
    const connection = ++connections;
    let pending = Buffer.alloc(0);
    let reads = 0;
    socket.on("data", (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      reads += 1;
      const headEnd = pending.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const head = pending.subarray(0, headEnd).toString("latin1");
      const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (pending.length < headEnd + 4 + length) return;
      const requestLine = head.split("\r\n")[0]!;
      arrivals.push({ connection, reads, requestLine });
      pending = pending.subarray(headEnd + 4 + length);
      reads = 0;
      const { status, body } = answer(requestLine);
      const payload = Buffer.from(body, "utf8");
      socket.write(
        `HTTP/1.1 ${status} X\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\nConnection: keep-alive\r\n\r\n`,
      );
      socket.write(payload);
    });
  });
  return {
    arrivals,
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe("Meilisearch transport", () => {
  it("sends each search on one kept-alive connection, head and body in a single piece", async () => {
    const wire = wireServer(() => ({
      status: 200,
      body: JSON.stringify({ hits: [{ id: "1", title: "前端工程师" }] }),
    }));
    const host = await wire.listen();
    const transport = createMeiliTransport();
    cleanups.push(() => transport.close(), wire.close);
    const client = new Meilisearch({ host, apiKey: "key", httpClient: transport.request });

    for (let i = 0; i < 5; i++) {
      const result = await client.index("postings").search("工程师", { filter: 'city = "杭州"', facets: ["city"] });
      expect(result.hits[0]?.title).toBe("前端工程师");
    }

    expect(wire.arrivals).toHaveLength(5);
    expect(new Set(wire.arrivals.map((a) => a.connection)).size).toBe(1);
    expect(wire.arrivals.every((a) => a.reads === 1)).toBe(true);
    expect(wire.arrivals[0]!.requestLine).toBe("POST /indexes/postings/search HTTP/1.1");
  });

  it("turns a Meilisearch error answer into the client's error with the engine's code", async () => {
    const wire = wireServer(() => ({
      status: 404,
      body: JSON.stringify({ message: "Index `gone` not found.", code: "index_not_found", type: "invalid_request" }),
    }));
    const host = await wire.listen();
    const transport = createMeiliTransport();
    cleanups.push(() => transport.close(), wire.close);
    const client = new Meilisearch({ host, apiKey: "key", httpClient: transport.request });

    const error = await client
      .index("gone")
      .getStats()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    expect((error as { cause: { cause: { code: string } } }).cause.cause.code).toBe("index_not_found");
  });

  it("gives up after the client's timeout instead of waiting on a silent server", async () => {
    // Reads (so it notices the client hanging up) but never answers.
    const silent = net.createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const transport = createMeiliTransport();
    cleanups.push(
      () => transport.close(),
      () => new Promise((resolve) => silent.close(resolve)),
    );
    const host = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const client = new Meilisearch({ host, apiKey: "key", timeout: 100, httpClient: transport.request });

    const error = await client.health().catch((e: unknown) => e);
    expect((error as Error).cause).toMatchObject({ name: "MeilisearchRequestTimeOutError" });
  });
});
