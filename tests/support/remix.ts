import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

export interface RouteResult {
  status: number;
  headers: Headers;
  data: unknown;
  location: string | null;
}

type RouteFunction = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;

function isDataWithInit(
  value: unknown,
): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return Boolean(value && typeof value === "object" && "type" in value && value.type === "DataWithResponseInit");
}

async function normalise(value: unknown): Promise<RouteResult> {
  if (value instanceof Response) {
    const text = await value.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // HTML or plain text stays as text
    }
    return { status: value.status, headers: value.headers, data, location: value.headers.get("Location") };
  }
  if (isDataWithInit(value)) {
    const headers = new Headers(value.init?.headers);
    return { status: value.init?.status ?? 200, headers, data: value.data, location: headers.get("Location") };
  }
  if (value instanceof Error) throw value;
  return { status: 200, headers: new Headers(), data: value, location: null };
}

/** A form's fields: a repeated field (checkboxes, several slots) as a list; a File sends the form as multipart. */
export type FormFields = Record<string, string | File | (string | File)[]>;

/** The body a browser would send for these fields: urlencoded, or multipart when a file is among them. */
function formBody(form: FormFields): URLSearchParams | FormData {
  const entries = Object.entries(form).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => [name, item] as const),
  );
  if (entries.some(([, value]) => typeof value !== "string")) {
    const body = new FormData();
    for (const [name, value] of entries) body.append(name, value);
    return body;
  }
  return new URLSearchParams(entries as [string, string][]);
}

/**
 * Calls a loader or action the way Remix would, with a real Request, and folds returned and
 * thrown answers (redirects, 403s, data() with a status) into one shape.
 */
export async function callRoute(
  fn: unknown,
  options: {
    path: string;
    method?: string;
    form?: FormFields;
    cookie?: string;
    ip?: string;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  },
): Promise<RouteResult> {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("Cookie", options.cookie);
  const method = options.method ?? (options.form ? "POST" : "GET");
  // FormData sets its own multipart Content-Type with the boundary; Request derives it from the body.
  const body = options.form ? formBody(options.form) : undefined;
  const request = new Request(`http://localhost${options.path}`, { method, headers, body });
  const route = fn as RouteFunction;
  try {
    return await normalise(
      await route({
        request,
        params: options.params ?? {},
        context: { clientAddress: options.ip ?? "127.0.0.1", cspNonce: "" },
      }),
    );
  } catch (thrown) {
    return normalise(thrown);
  }
}

/** "name=value" from a Set-Cookie header, ready to send back as a Cookie header. */
export function cookieFrom(result: RouteResult): string {
  const setCookie = result.headers.get("Set-Cookie");
  if (!setCookie) throw new Error(`no Set-Cookie in a ${result.status} answer`);
  return setCookie.split(";")[0] ?? "";
}

/**
 * A failed submission's errors as message keys per field, whichever shape the action answered
 * with: `formAction`'s messages (`{ key, params }`) or the plain keys of the helpers phase 2 retires.
 */
export function errorKeys(result: RouteResult): Record<string, string[]> {
  const errors = (result.data as { errors?: Record<string, (string | { key: string })[]> } | null)?.errors ?? {};
  return Object.fromEntries(
    Object.entries(errors).map(([field, list]) => [field, list.map((m) => (typeof m === "string" ? m : m.key))]),
  );
}
