import { afterAll } from "vitest";

/**
 * Every structured log line written during an integration test file is checked for personal data
 * and query text (issue 10): the file fails if one holds an e-mail address, a phone number, an
 * 18-digit ID number, a student number, a password hash, or a driver's "Failed query … params:".
 * The real server's lines (tests/support/server.ts) are checked by tests/integration/edge.test.ts.
 */
const FORBIDDEN: [string, RegExp][] = [
  ["e-mail address", /[\w.+-]+@[\w-]+\.[\w.-]+/],
  ["phone number", /(?<!\d)1[3-9]\d{9}(?!\d)/],
  ["ID number", /(?<!\d)\d{17}[\dXx](?!\d)/],
  ["student number", /(?<!\d)20\d{8}(?!\d)/],
  ["password_hash", /password_hash/i],
  ["$argon2", /\$argon2/],
  ["Failed query", /Failed query/],
  ["params:", /params:/],
];

const violations: string[] = [];

function watch(stream: NodeJS.WriteStream) {
  const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : "";
    for (const line of text.split("\n")) {
      if (!line.startsWith('{"time"')) continue;
      for (const [what, pattern] of FORBIDDEN)
        if (pattern.test(line)) violations.push(`${what}: ${line.slice(0, 300)}`);
    }
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

watch(process.stdout);
watch(process.stderr);

afterAll(() => {
  if (violations.length) throw new Error(`log lines with personal data or query text:\n${violations.join("\n")}`);
});
