import { redirect } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { refuse } from "../../app/errors";
import { done, formAction } from "../../app/forms/action.server";
import { repeated } from "../../app/forms/fields";
import { callRoute, errorKeys } from "../support/remix";

/** A page with three forms: a note (text), tags (a repeated field) and an upload; a refusal from the domain. */
const PageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("note"), note: z.string().trim().min(2, "form.required"), password: z.string() }),
  z.object({
    intent: z.literal("tags"),
    tags: repeated(z.enum(["a", "b", "c"], { error: "form.invalid" })).refine(
      (tags) => tags.length <= 2,
      "form.tooLong",
    ),
  }),
  z.object({ intent: z.literal("upload"), file: z.instanceof(File), title: z.string() }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("leave") }),
]);

const seen: unknown[] = [];
const action = ({ request }: { request: Request }) =>
  formAction(request, PageForm, {
    note: (input) => {
      seen.push(input);
      if (input.note === "taken") refuse("support.plan.exists", { field: "note", params: { n: 1 } });
      return done("support.done.goal", { n: 2 });
    },
    tags: (input) => {
      seen.push(input);
      return done("support.done.goal");
    },
    upload: async (input) => ({ size: input.file.size, name: input.file.name }),
    close: () => refuse("support.plan.closed"),
    leave: () => redirect("/elsewhere"),
  });
const post = (form: Record<string, string | File | string[]>) => callRoute(action, { path: "/page", form });

describe("formAction", () => {
  it("hands each intent's input, parsed, to its handler and answers with the form's id", async () => {
    const answer = await post({ _formId: "note-1", intent: "note", note: "  下周回访  ", password: "s3cret-pass" });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ ok: true, form: "note-1", done: { key: "support.done.goal", params: { n: 2 } } });
    expect(seen.at(-1)).toEqual({ intent: "note", note: "下周回访", password: "s3cret-pass" });
  });

  it("answers bad input with 400, each field's message keys and what was typed, never a password", async () => {
    const answer = await post({ _formId: "note-1", intent: "note", note: "x", password: "s3cret-pass" });
    expect(answer.status).toBe(400);
    expect(answer.data).toEqual({
      ok: false,
      form: "note-1",
      errors: { note: [{ key: "form.required" }] },
      values: { intent: "note", note: "x" },
    });
  });

  it("reads a repeated field as a list, however many times it came, and echoes it back as one", async () => {
    expect((await post({ intent: "tags", tags: ["a", "c"] })).status).toBe(200);
    expect(seen.at(-1)).toEqual({ intent: "tags", tags: ["a", "c"] });
    await post({ intent: "tags", tags: "b" });
    expect(seen.at(-1)).toEqual({ intent: "tags", tags: ["b"] });
    await post({ intent: "tags" });
    expect(seen.at(-1)).toEqual({ intent: "tags", tags: [] });
    const bad = await post({ _formId: "tags", intent: "tags", tags: ["a", "x"] });
    expect(bad.status).toBe(400);
    expect(errorKeys(bad)).toEqual({ "tags.1": ["form.invalid"] });
    expect((bad.data as { values: unknown }).values).toEqual({ intent: "tags", tags: ["a", "x"] });
  });

  it("passes files to the schema and leaves them out of the echoed values", async () => {
    const file = new File([new Uint8Array([37, 80, 68, 70])], "合同.pdf", { type: "application/pdf" });
    const saved = await post({ intent: "upload", file, title: "劳动合同" });
    expect(saved.data).toEqual({ ok: true, form: "", size: 4, name: "合同.pdf" });
    const missing = await post({ _formId: "upload", intent: "upload", title: "劳动合同" });
    expect(missing.status).toBe(400);
    expect(Object.keys(errorKeys(missing))).toEqual(["file"]);
    expect((missing.data as { values: unknown }).values).toEqual({ intent: "upload", title: "劳动合同" });
  });

  it("turns a refusal into the form's failure with its status, field and params", async () => {
    const taken = await post({ _formId: "note-1", intent: "note", note: "taken", password: "x" });
    expect(taken.status).toBe(400);
    expect((taken.data as { errors: unknown }).errors).toEqual({
      note: [{ key: "support.plan.exists", params: { n: 1 } }],
    });
    const closed = await post({ _formId: "plan", intent: "close" });
    expect(closed.status).toBe(409);
    expect(closed.data).toMatchObject({ ok: false, form: "plan", errors: { _form: [{ key: "support.plan.closed" }] } });
  });

  it("answers an intent the page does not know with 400, without calling any handler", async () => {
    const count = seen.length;
    for (const intent of ["delete", "", "__proto__", "toString"]) {
      const answer = await post({ _formId: "x", intent });
      expect(answer.status, intent).toBe(400);
      expect(errorKeys(answer), intent).toEqual({ _form: ["form.unknownIntent"] });
    }
    expect(seen.length).toBe(count);
  });

  it("treats a field named __proto__ as a field like any other", async () => {
    const answer = await callRoute(action, {
      path: "/page",
      // fromEntries makes __proto__ an own field, as a browser's form would send it.
      form: Object.fromEntries([
        ["intent", "tags"],
        ["tags", ["a"]],
        ["__proto__", ["x", "y"]],
      ]),
    });
    expect(answer.status).toBe(200);
    expect(seen.at(-1)).toEqual({ intent: "tags", tags: ["a"] });
    expect(Object.getPrototypeOf(seen.at(-1))).toBe(Object.prototype);
  });

  it("lets a handler answer with a redirect, and ignores a form id that is not an id", async () => {
    const left = await post({ intent: "leave" });
    expect(left.status).toBe(302);
    expect(left.location).toBe("/elsewhere");
    const odd = await post({ _formId: '"><script>', intent: "close" });
    expect(odd.data).toMatchObject({ form: "" });
  });
});
