import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { resetEnv } from "../../app/config/env.server";
import { getDb } from "../../app/db.server";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import { resetServices } from "../../app/services.server";
import { outbox, postings } from "../../db/schema";
import { startBundledMeilisearch, type LocalMeili } from "../../search/local-server";
import { signedIn } from "../support/people";
import { employerWithOrganisation, ensureIndex, postingContent, searchIndex } from "../support/vetting";
import { drainOutbox } from "../support/outbox";

// This file runs its own Meilisearch so that it can stop and restart it.
const dir = mkdtempSync(path.join(os.tmpdir(), "jiuye-outage-"));
let meili: LocalMeili | undefined;

function pointAt(server: LocalMeili) {
  process.env.MEILI_HOST = server.host;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  resetEnv();
  resetServices();
}

afterAll(async () => {
  await meili?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a Meilisearch outage", () => {
  it("delays indexing of an approval and loses nothing", async () => {
    meili = await startBundledMeilisearch({ dataDir: dir });
    pointAt(meili);
    await ensureIndex();
    const reviewer = (await signedIn("staff")).user.id;
    const { user } = await employerWithOrganisation({ staffUserId: reviewer });
    const db = await getDb();
    const id = await createPosting(
      db,
      { userId: user.id },
      { content: postingContent({ title: "化工工艺工程师" }), submit: true },
    );

    await meili.stop();
    await decidePosting(db, { userId: reviewer, scope: { kind: "school" } }, { postingId: id, decision: "approve" });
    const [row] = await db.select().from(postings).where(eq(postings.id, id));
    expect(row?.status).toBe("published");

    await drainOutbox();
    const [pending] = await db.select().from(outbox).where(eq(outbox.kind, "search.sync-postings")).orderBy(outbox.id);
    expect(pending?.doneAt).toBeNull();
    expect(pending?.lastError).toBeTruthy();

    // Back on a port of its own choosing (another process may hold the old one by now), with its data.
    meili = await startBundledMeilisearch({ dataDir: dir });
    pointAt(meili);
    await db.update(outbox).set({ runAfter: new Date() }).where(isNull(outbox.doneAt));
    await drainOutbox();
    expect((await searchIndex("化工工艺工程师")).map((d) => d.id)).toEqual([id]);
    const left = await db.select().from(outbox).where(isNull(outbox.doneAt));
    expect(left.filter((r) => r.kind === "search.sync-postings")).toEqual([]);
  });
});
