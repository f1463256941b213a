import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noteRequestError } from "../../app/db-outage.server";
import { answerDatabaseOutagesWith503 } from "../../scripts/database-outage";

// The error page a Remix build streams when a loader could not reach PostgreSQL: status 500, body
// written in chunks without a Content-Length, as writeReadableStreamToWritable does.
const ERROR_PAGE = "<!doctype html><p>服务器出错了</p>".repeat(40);

let server: http.Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(answerDatabaseOutagesWith503);
  app.get("/streamed-error", (_req, res) => {
    noteRequestError(Object.assign(new Error("connect refused"), { code: "ECONNREFUSED" }));
    res.status(500);
    res.write(ERROR_PAGE.slice(0, 300));
    res.write(ERROR_PAGE.slice(300));
    res.end();
  });
  app.get("/sent-error", (_req, res) => {
    noteRequestError(Object.assign(new Error("connect refused"), { code: "ECONNREFUSED" }));
    res.status(500).send(ERROR_PAGE);
  });
  app.get("/fine", (_req, res) => void res.type("text/plain").send("好的"));
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Requests one after another on a single kept-alive connection, as a browser does. */
async function onOneConnection(paths: string[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const answers: { status: number; body: string }[] = [];
  try {
    for (const path of paths)
      answers.push(
        await new Promise((resolve, reject) => {
          http
            .get(`${base}${path}`, { agent }, (res) => {
              let body = "";
              res.setEncoding("utf8");
              res.on("data", (chunk: string) => (body += chunk));
              res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
            })
            .on("error", reject);
        }),
      );
  } finally {
    agent.destroy();
  }
  return answers;
}

describe("a page that failed because PostgreSQL is down", () => {
  for (const path of ["/streamed-error", "/sent-error"])
    it(`answers ${path} with the 503 page alone, and the next request on the connection is read cleanly`, async () => {
      const [outage, next] = await onOneConnection([path, "/fine"]);
      expect(outage!.status).toBe(503);
      expect(outage!.body).not.toContain("服务器出错了");
      expect(next).toEqual({ status: 200, body: "好的" });
    });
});
