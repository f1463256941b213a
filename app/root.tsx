import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { getCurrentUser } from "./auth/session.server";
import { roleCan, type Permission } from "./auth/permissions";
import { useNonce } from "./components/nonce";
import { useRequestId } from "./components/request-id";
import { resolveLocale } from "./i18n/locale.server";
import { isMessageKey, translate, type Locale } from "./i18n/messages";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "就业 · jiuye" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  const locale = resolveLocale(request, user?.locale);
  return {
    locale,
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

const NAV: { to: string; key: string; permission?: Permission; schoolWide?: true }[] = [
  { to: "/", key: "nav.home" },
  { to: "/jobs", key: "nav.jobs" },
  { to: "/programmes", key: "nav.programmes" },
  { to: "/fairs", key: "nav.fairs" },
  { to: "/graduate", key: "nav.graduate", permission: "profile:own" },
  { to: "/graduate/destination", key: "nav.graduate.destination", permission: "destination:report" },
  { to: "/graduate/interviews", key: "nav.interviews", permission: "application:create" },
  { to: "/graduate/counselling", key: "nav.counselling", permission: "counselling:book" },
  { to: "/graduate/searches", key: "savedSearch.title", permission: "profile:own" },
  { to: "/graduate/programmes", key: "programme.mine.title", permission: "profile:own" },
  { to: "/graduate/agreements", key: "nav.agreements", permission: "agreement:sign" },
  { to: "/employer", key: "nav.employer", permission: "employer:manage-own" },
  { to: "/employer/interviews", key: "nav.interviews", permission: "employer:manage-own" },
  { to: "/employer/agreements", key: "nav.agreements", permission: "agreement:manage-own" },
  { to: "/employer/fairs", key: "nav.employer.fairs", permission: "fair:exhibit" },
  { to: "/staff/vetting", key: "nav.staff.vetting", permission: "vetting:read" },
  { to: "/staff/employers", key: "nav.staff.employers", permission: "vetting:read" },
  { to: "/staff/bulletin", key: "search.bulletin.title", permission: "vetting:read" },
  { to: "/staff/graduates", key: "nav.staff.graduates", permission: "graduate:read-scoped" },
  { to: "/staff/destinations", key: "nav.staff.destinations", permission: "destination:verify" },
  { to: "/staff/support", key: "nav.staff.support", permission: "support:manage" },
  { to: "/staff/agreements", key: "nav.staff.agreements", permission: "agreement:review" },
  { to: "/staff/counselling", key: "nav.counselling", permission: "counselling:manage" },
  { to: "/staff/fairs", key: "nav.staff.fairs", permission: "fair:manage" },
  { to: "/staff/reports", key: "nav.staff.reports", permission: "report:read" },
  { to: "/staff/programmes/enlistment", key: "funnel.staff.title", permission: "programme:funnel" },
  { to: "/staff/mail", key: "nav.staff.mail", permission: "mail:read-local", schoolWide: true },
  { to: "/admin/users", key: "nav.admin.users", permission: "user:manage" },
  { to: "/admin/audit", key: "nav.admin.audit", permission: "audit:read" },
  { to: "/admin/programmes", key: "programme.admin.title", permission: "programme:manage" },
];

const ZOD_JITLESS = "(globalThis.__zod_globalConfig=globalThis.__zod_globalConfig||{}).jitless=true;";

function Shell({ data, children }: { data: RootData | undefined; children: React.ReactNode }) {
  const nonce = useNonce();
  const location = useLocation();
  const locale: Locale = data?.locale ?? "zh-CN";
  const t = (key: string) => translate(locale, key);
  const user = data?.user ?? null;
  const here = location.pathname + location.search;
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
        <header className="site-header">
          <div className="site-header__inner">
            <Link to="/" className="brand">
              <span className="brand__mark" aria-hidden="true">
                就
              </span>
              <span>
                <span className="brand__name">{t("app.name")}</span>
                <span className="brand__tagline">{t("app.tagline")}</span>
              </span>
            </Link>
            <nav aria-label={t("nav.menu")} className="site-nav">
              <ul>
                {NAV.filter(
                  (item) =>
                    (!item.permission || (user && roleCan(user.role, item.permission))) &&
                    (!item.schoolWide || user?.schoolWide),
                ).map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.to === "/"}>
                      {t(item.key)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="site-tools">
              <Form method="post" action="/language" className="inline-form">
                <input type="hidden" name="locale" value={locale === "en" ? "zh-CN" : "en"} />
                <input type="hidden" name="redirectTo" value={here} />
                <button
                  type="submit"
                  className="button button--quiet"
                  aria-label={t("lang.label")}
                  lang={locale === "en" ? "zh-CN" : "en"}
                >
                  {t("lang.switch")}
                </button>
              </Form>
              {user ? (
                <>
                  <Link to="/account" className="button button--quiet">
                    {user.displayName}
                  </Link>
                  <Form method="post" action="/logout" className="inline-form">
                    <button type="submit" className="button button--quiet">
                      {t("nav.logout")}
                    </button>
                  </Form>
                </>
              ) : (
                <>
                  <Link to="/login" className="button button--quiet">
                    {t("nav.login")}
                  </Link>
                  <Link to="/register" className="button">
                    {t("nav.register")}
                  </Link>
                </>
              )}
            </div>
          </div>
        </header>
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
