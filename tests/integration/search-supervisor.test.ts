import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import { outbox } from "../../db/schema";
import { freePort, MeiliUnavailableError, startBundledMeilisearch, type LocalMeili } from "../../search/local-server";
import { signedIn } from "../support/people";
import { startSite, type RunningSite } from "../support/server";
import { employerWithOrganisation, postingContent } from "../support/vetting";
import { waitFor } from "../support/wait";

const dirs: string[] = [];
const running: (LocalMeili | RunningSite)[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "jiuye-supervisor-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const server of running) await server.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function healthy(host: string) {
  return (await fetch(`${host}/health`).catch(() => null))?.ok ?? false;
}

describe("the bundled Meilisearch under its supervisor", () => {
  it("is started again after kill -9, keeps its data, and the restart hook runs once it answers", async () => {
    const events: string[] = [];
    let recovered = 0;
    const meili = await startBundledMeilisearch({
      dataDir: tempDir(),
      restartDelayMs: () => 200,
      log: (_level, event) => events.push(event),
      onRestart: async () => {
        recovered += 1;
      },
    });
    running.push(meili);
    const headers = { Authorization: `Bearer ${meili.masterKey}`, "Content-Type": "application/json" };
    const created = await fetch(`${meili.host}/indexes/kept/documents`, {
      method: "POST",
      headers,
      body: JSON.stringify([{ id: "1", title: "数据分析师" }]),
    });
    const { taskUid } = (await created.json()) as { taskUid: number };
    await waitFor("the document to be indexed", async () => {
      const task = (await (await fetch(`${meili.host}/tasks/${taskUid}`, { headers })).json()) as { status: string };
      return task.status === "succeeded";
    });

    const firstPid = meili.pid!;
    process.kill(firstPid, "SIGKILL");
    await waitFor("the supervisor to notice the exit", () => meili.status().restarts === 1);
    const restarted = await waitFor("Meilisearch to answer again", async () =>
      meili.status().state === "running" && recovered === 1 && (await healthy(meili.host)) ? meili.status() : false,
    );
    expect(meili.pid).not.toBe(firstPid);
    expect(restarted.lastExit).toMatchObject({ signal: "SIGKILL" });
    expect(events).toEqual(["search.bundled_exited", "search.bundled_restarted"]);
    const doc = await fetch(`${meili.host}/indexes/kept/documents/1`, { headers });
    expect(await doc.json()).toMatchObject({ title: "数据分析师" });

    await meili.stop();
    expect(meili.status().state).toBe("stopped");
    expect(await healthy(meili.host)).toBe(false);
  });

  it("gives up at start-up after a few tries, quoting Meilisearch's reason and naming its log", async () => {
    // Something else holds the port, so every start fails the way a misconfigured server would.
    const sockets = new Set<net.Socket>();
    const squatter = net.createServer((socket) => sockets.add(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    const events: string[] = [];
    const dataDir = tempDir();
    try {
      const failure = await startBundledMeilisearch({
        dataDir,
        port,
        startAttempts: 3,
        restartDelayMs: () => 50,
        log: (_level, event) => events.push(event),
      }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MeiliUnavailableError);
      expect((failure as Error).message).toMatch(/did not start after 3 tries/);
      expect((failure as Error).message).toContain(path.join(dataDir, "meilisearch", "meilisearch.log"));
      expect((failure as Error).message).toContain("Error: Address already in use");
      expect(events).toEqual(["search.bundled_start_retry", "search.bundled_start_retry"]);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it("on the site: /health shows the restart, and the drift check puts back a posting the index never had", async () => {
    const db = await getDb();
    const reviewer = (await signedIn("staff")).user.id;
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const id = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "水文监测工程师" }), submit: true },
    );
    await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    // The index is never told: only the check after the restart can bring this posting in.
    await db.delete(outbox);

    const dataDir = tempDir();
    const site = await startSite({ MEILI_HOST: "", MEILI_MASTER_KEY: "", DATA_DIR: dataDir, LOG_LEVEL: "info" });
    running.push(site);
    const search = async () =>
      (await (await fetch(`${site.url}/api/v1/postings?q=${encodeURIComponent("水文监测")}`)).json()) as {
        hits: { id: string }[];
        degraded: boolean;
      };
    // Before the crash the index does not have it: the search answers from Meilisearch, empty.
    expect(await search()).toMatchObject({ hits: [], degraded: false });
    const pid = Number(readFileSync(path.join(dataDir, "meilisearch", "meilisearch.pid"), "utf8"));
    process.kill(pid, "SIGKILL");

    const during = await waitFor("/health to report search down", async () => {
      const response = await fetch(`${site.url}/health`);
      const body = (await response.json()) as { search: { status: string; supervisor?: { restarts: number } } };
      // The probe can fail before the process has handled the child's exit; wait until the supervisor has noticed.
      return body.search.status === "down" && (body.search.supervisor?.restarts ?? 0) >= 1
        ? { status: response.status, body }
        : false;
    });
    expect(during.status).toBe(503);
    expect(during.body.search.supervisor?.restarts).toBe(1);

    const after = await waitFor(
      "/health to report search up after the restart",
      async () => {
        const response = await fetch(`${site.url}/health`);
        const body = (await response.json()) as {
          search: { status: string; supervisor?: { state: string; restarts: number } };
        };
        return body.search.status === "up" && body.search.supervisor?.state === "running" ? body : false;
      },
      { timeoutMs: 30_000 },
    );
    expect(after.search.supervisor).toMatchObject({ state: "running", restarts: 1 });
    await waitFor("search.recovered in the log", () => site.output().includes('"search.recovered"'));
    expect(site.output()).toContain('"search.bundled_exited"');
    expect(site.output()).toContain('"search.bundled_restarted"');
    const found = await search();
    expect(found.degraded).toBe(false);
    expect(found.hits.map((p) => p.id)).toEqual([id]);
  });
});
