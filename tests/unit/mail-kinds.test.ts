import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAIL_KEY_CATEGORIES } from "../../app/notifications/categories";

/**
 * "Every event that mails someone also lands in their notification list" (issue 15). enqueueMail posts
 * the notice itself and files it by the first segment of the mail's idempotency key; a segment missing
 * from MAIL_KEY_CATEGORIES would silently be filed under "outreach" (wrong page, and muted by an outreach
 * preference). This test starts from the list of mails, every template in emails/templates, follows each
 * template to the outbox write that queues it (also through the helpers that mail all members of an
 * employer, whose keys their callers write), and asks that each key's kind has a category.
 */

const ROOT = path.join(__dirname, "../..");
const TEMPLATES = path.join(ROOT, "emails/templates");

/** Mails that go to an address no account has yet: a notice would have nobody to go to. */
const TO_ADDRESSES_WITHOUT_ACCOUNT: Record<string, string> = {
  graduateActivationMail: "a roster graduate's activation link: the account is created by following it",
};

/** The functions that put a mail in the outbox, and where their idempotency key is. */
const SENDERS: Record<string, { arg: number } | { prop: string }> = {
  enqueueMail: { arg: 1 },
  mailMembers: { arg: 2 },
  mailEmployerMembers: { prop: "key" },
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Blanks comments and string contents (keeping their length) so brackets inside them do not count. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`])\/\/[^\n]*/g, (m, lead: string) => lead + " ".repeat(m.length - lead.length))
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) => `${m[0]}${" ".repeat(m.length - 2)}${m[0]}`);
}

/** The index just after the bracket that closes the one at `open`. */
function closing(masked: string, open: number): number {
  let depth = 0;
  let inTemplate = false;
  for (let i = open; i < masked.length; i++) {
    const c = masked[i];
    if (c === "`") inTemplate = !inTemplate;
    if (inTemplate) continue;
    if (c === "(" || c === "{" || c === "[") depth++;
    if (c === ")" || c === "}" || c === "]") depth--;
    if (depth === 0) return i + 1;
  }
  return masked.length;
}

/** Top-level comma-separated arguments of the call whose "(" is at `open`. */
function args(text: string, masked: string, open: number): string[] {
  const end = closing(masked, open) - 1;
  const out: string[] = [];
  let depth = 0;
  let inTemplate = false;
  let start = open + 1;
  for (let i = open + 1; i < end; i++) {
    const c = masked[i];
    if (c === "`") inTemplate = !inTemplate;
    if (inTemplate) continue;
    if (c === "(" || c === "{" || c === "[") depth++;
    if (c === ")" || c === "}" || c === "]") depth--;
    if (c === "," && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start, end).trim());
  return out.filter(Boolean);
}

interface Call {
  file: string;
  sender: string;
  start: number;
  end: number;
  key: string;
}

const FILES = sources(path.join(ROOT, "app")).map((file) => {
  const text = readFileSync(file, "utf8");
  return { file: path.relative(ROOT, file), text, masked: code(text) };
});

function callsOf(name: string): (Call & { text: string; masked: string })[] {
  const out: (Call & { text: string; masked: string })[] = [];
  for (const { file, text, masked } of FILES)
    for (const m of masked.matchAll(new RegExp(`(?<![\\w$])(?<![\\w$]\\.)${name}\\(`, "g"))) {
      const before = masked.slice(Math.max(0, m.index - 20), m.index);
      if (/function\s+$/.test(before)) continue;
      const open = m.index + name.length;
      const where = SENDERS[name];
      let key = "";
      if (where && "arg" in where) key = args(text, masked, open)[where.arg] ?? "";
      if (where && "prop" in where) {
        const body = text.slice(open, closing(masked, open));
        key = /\bkey:\s*(`[^`]*`)/.exec(body)?.[1] ?? "";
      }
      out.push({ file, sender: name, start: m.index, end: closing(masked, open), key, text, masked });
    }
  return out;
}

/** The kinds (first key segments) a sender call can queue; recurses into the callers of a pass-through helper. */
function kindsOf(call: Call & { text: string; masked: string }, seen = new Set<string>()): string[] {
  const key = call.key.trim();
  const literal = /^`([a-z-]+):/.exec(key);
  if (literal) return [literal[1]!];
  const enclosing = [...call.masked.slice(0, call.start).matchAll(/function\s+(\w+)\s*\(/g)].at(-1);
  // `key` (or `${key}:…`) declared above the call in the same function.
  const variable = /^(\w+)$/.exec(key)?.[1] ?? /^`\$\{(\w+)\}/.exec(key)?.[1];
  if (variable) {
    const declared = [
      ...call.text
        .slice(enclosing?.index ?? 0, call.start)
        .matchAll(new RegExp(`const ${variable} = \`([a-z-]+):`, "g")),
    ];
    if (declared.length > 0) return [declared.at(-1)![1]!];
  }
  // A helper that passes its caller's key on (`${key}:…` or `${input.key}:…`): its callers write the key.
  const passed = /^`\$\{(?:input\.)?key\}/.test(key);
  if (passed) {
    const fn = enclosing?.[1];
    if (!fn || seen.has(fn) || !(fn in SENDERS)) return [`<unresolved helper ${fn ?? "?"} in ${call.file}>`];
    seen.add(fn);
    return callsOf(fn).flatMap((c) => kindsOf(c, seen));
  }
  return [`<unresolved key ${key.slice(0, 40)} in ${call.file}>`];
}

const SENDER_CALLS = Object.keys(SENDERS).flatMap(callsOf);

/** The outbox write that queues the mail rendered at `index`: the call around it, or the next one after it. */
function senderFor(file: string, index: number) {
  const inFile = SENDER_CALLS.filter((c) => c.file === file);
  const around = inFile.filter((c) => c.start < index && index < c.end).sort((a, b) => b.start - a.start)[0];
  return around ?? inFile.filter((c) => c.start > index).sort((a, b) => a.start - b.start)[0];
}

async function templates(): Promise<string[]> {
  const names: string[] = [];
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith(".tsx"))) {
    const mod = (await import(path.join(TEMPLATES, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function" && /Mail$/.test(name)) names.push(name);
  }
  return names.sort();
}

describe("every kind of mail", () => {
  it("is queued through enqueueMail, so its notice is posted in the same transaction", () => {
    // A direct outbox write of a mail skips the notice: only enqueueMail itself and the exempt mails may.
    const direct = FILES.filter(
      ({ masked, text }) => /kind:\s*"mail\.send"/.test(text) && /\.insert\(outbox\)/.test(masked),
    )
      .map((f) => f.file)
      .sort();
    expect(direct).toEqual(["app/graduates/activation.server.ts", "app/outbox/outbox.server.ts"]);
    expect(readFileSync(path.join(ROOT, "app/graduates/activation.server.ts"), "utf8")).toContain(
      "graduateActivationMail(",
    );
  });

  it("has a notice category for the kind of every key it is queued with, template by template", async () => {
    const names = await templates();
    expect(names.length).toBeGreaterThanOrEqual(25);
    const kindsByTemplate: Record<string, string[]> = {};
    const problems: string[] = [];
    for (const name of names) {
      if (name in TO_ADDRESSES_WITHOUT_ACCOUNT) continue;
      const kinds = new Set<string>();
      for (const { file, masked } of FILES)
        for (const m of masked.matchAll(new RegExp(`(?<![\\w$])(?<![\\w$]\\.)${name}\\(`, "g"))) {
          if (/function\s+$/.test(masked.slice(Math.max(0, m.index - 20), m.index))) continue;
          const sender = senderFor(file, m.index);
          if (!sender) problems.push(`${name} in ${file}: no enqueueMail after it`);
          else for (const kind of kindsOf(sender)) kinds.add(kind);
        }
      if (kinds.size === 0) problems.push(`${name}: never queued`);
      for (const kind of kinds)
        if (!(kind in MAIL_KEY_CATEGORIES)) problems.push(`${name}: kind "${kind}" has no category`);
      kindsByTemplate[name] = [...kinds].sort();
    }
    expect(problems).toEqual([]);
    // The shared fair/talk template reaches employers through mailEmployerMembers, whose callers write the keys.
    expect(kindsByTemplate.fairUpdateMail).toEqual(
      expect.arrayContaining(["fair-booth", "talk-decision", "talk-called-off"]),
    );
    expect(kindsByTemplate.agreementUpdateMail).toEqual(["agreement"]);
    expect(kindsByTemplate.passwordResetMail).toEqual(["password-reset"]);
  });

  it("lists no category for a kind nothing queues any more", () => {
    const queued = new Set(SENDER_CALLS.flatMap((c) => kindsOf(c)));
    expect(Object.keys(MAIL_KEY_CATEGORIES).filter((kind) => !queued.has(kind))).toEqual([]);
  });
});
