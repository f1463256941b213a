import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { getCurrentUser } from "./auth/session.server";
import { useNonce } from "./components/nonce";
import { useRequestId } from "./components/request-id";
import { SiteHeader } from "./components/site-header";
import { headerCounts } from "./home/counts.server";
import { getDb } from "./db.server";
import { resolveLocale } from "./i18n/locale.server";
import { isMessageKey, translate, type Locale } from "./i18n/messages";
import { pageTitle } from "./i18n/title";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta = pageTitle("app.tagline");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  const locale = resolveLocale(request, user?.locale);
  return {
    locale,
    counts: user ? await headerCounts(await getDb(), user) : {},
    user: user
      ? {
          displayName: user.displayName,
          role: user.role,
          schoolWide: user.role === "admin" || user.scope?.kind === "school",
        }
      : null,
  };
}

type RootData = Awaited<ReturnType<typeof loader>>;

const ZOD_JITLESS = "(globalThis.__zod_globalConfig=globalThis.__zod_globalConfig||{}).jitless=true;";

function Shell({ data, children }: { data: RootData | undefined; children: React.ReactNode }) {
  const nonce = useNonce();
  const locale: Locale = data?.locale ?? "zh-CN";
  const t = (key: string) => translate(locale, key);
  const user = data?.user ?? null;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Zod probes `new Function` when its first object schema is built (route modules build them
            on load, before entry.client runs); the CSP blocks eval and Chromium reports every probe as
            a violation. jitless skips the probe. This is the store z.config() writes to. */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skip")}
        </a>
        <SiteHeader locale={locale} user={user} counts={data?.counts ?? {}} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            {t("app.name")} · {t("app.tagline")}
          </p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <Shell data={data}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "zh-CN";
  // In the browser the id is read back from the server's page, so hydration sees the same text.
  const requestId =
    useRequestId() ||
    (typeof document === "undefined"
      ? ""
      : (document.querySelector("[data-request-id]")?.getAttribute("data-request-id") ?? ""));
  let key = "error.generic";
  if (isRouteErrorResponse(error)) {
    if (error.status === 403) key = "error.forbidden";
    else if (error.status === 404) key = "error.notFound";
    // A refusal that says why (a suspended employer): only ever a message key, never text.
    const said = (error.data as { message?: unknown } | null)?.message;
    if ((error.status === 403 || error.status === 404) && typeof said === "string" && isMessageKey(said)) key = said;
  }
  // Nothing of an unexpected error reaches the page, only the id under which it was logged.
  const unexpected = key === "error.generic";
  return (
    <Shell data={data}>
      <div className="page">
        <h1>{translate(locale, "error.title")}</h1>
        <p role="alert">{translate(locale, key)}</p>
        {unexpected && requestId ? (
          <p className="muted" data-request-id={requestId}>
            {translate(locale, "error.requestId", { id: requestId })}
          </p>
        ) : null}
        <p>
          <Link to="/">{translate(locale, "nav.home")}</Link>
        </p>
      </div>
    </Shell>
  );
}
