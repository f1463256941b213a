import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import type { Role } from "../../vocabulary";
import { LOCALES, translate, type Locale } from "../i18n/messages";
import { menuFor, type NavEntry, type TodoCountName } from "../navigation";

/**
 * A menu entry (`NavLink`) to an absolute path of plain characters. On the server it is the anchor
 * `NavLink` writes for it, active (`aria-current="page"`, class `active`) by `NavLink`'s own rule:
 * the page is the entry's path, or below it unless `end`, case aside, without the router hooks each
 * `NavLink` runs to get there: the header has about 20 entries on a staff page (decision 035).
 * In the browser it is the `NavLink` itself, which hydrates onto the same anchor, navigates without
 * a document load and follows pending navigations. tests/unit/plain-links.test.tsx compares the two.
 */
export function MenuLink({ to, end = false, children }: { to: `/${string}`; end?: boolean; children: ReactNode }) {
  const { pathname } = useLocation();
  if (typeof document !== "undefined") {
    return (
      <NavLink to={to} end={end}>
        {children}
      </NavLink>
    );
  }
  const here = pathname.toLowerCase();
  const target = to.toLowerCase();
  const endSlash = target !== "/" && target.endsWith("/") ? target.length - 1 : target.length;
  const active = here === target || (!end && here.startsWith(target) && here.charAt(endSlash) === "/");
  return (
    <a data-discover="true" aria-current={active ? "page" : undefined} className={active ? "active" : ""} href={to}>
      {children}
    </a>
  );
}

export interface HeaderUser {
  displayName: string;
  role: Role;
  schoolWide: boolean;
}

/**
 * One compact header for every width. The grouped menu sits in a <details> disclosure, so the
 * "菜单" button opens it without JavaScript; on wide screens the entries marked `primary` also show
 * in the bar. With JavaScript a client-side navigation closes the disclosure (a reload does so anyway).
 */
export function SiteHeader(props: {
  locale: Locale;
  user: HeaderUser | null;
  counts: Partial<Record<TodoCountName, number>>;
}) {
  const { locale, user, counts } = props;
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const location = useLocation();
  const here = location.pathname + location.search;
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.pathname, location.search]);
  const groups = menuFor(user);
  const primary = groups.flatMap((group) => group.entries.filter((entry) => entry.primary));
  const primaryUnique = primary.filter((entry, i) => primary.findIndex((other) => other.to === entry.to) === i);
  // The language switch offers the one language the page is not in.
  const otherLocale = LOCALES.find((other) => other !== locale)!;
  const unread = counts.notifications ?? 0;

  const entryLink = (entry: NavEntry) => {
    const count = entry.count ? (counts[entry.count] ?? 0) : 0;
    return (
      <MenuLink to={entry.to} end={entry.to === "/" || entry.count !== undefined}>
        {t(entry.key)}
        {count > 0 ? (
          <>
            {" "}
            <span className="count" aria-hidden="true">
              {count}
            </span>
            <span className="visually-hidden">{t("nav.count", { count })}</span>
          </>
        ) : null}
      </MenuLink>
    );
  };

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            就
          </span>
          <span className="brand__text">
            <span className="brand__name">{t("app.name")}</span>
            <span className="brand__tagline">{t("app.tagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("nav.menu")} className="site-nav">
          <ul className="site-nav__primary plain">
            {primaryUnique.map((entry) => (
              <li key={entry.to}>{entryLink(entry)}</li>
            ))}
          </ul>
          <details className="site-menu" ref={menu}>
            <summary className="button button--quiet site-menu__button">
              <span className="site-menu__icon" aria-hidden="true">
                ☰
              </span>{" "}
              {t("nav.open")}
            </summary>
            <div className="site-menu__panel">
              {groups.map((group) => (
                <div className="site-menu__group" key={group.key}>
                  <p className="site-menu__heading" id={`menu-${group.key}`}>
                    {t(group.key)}
                  </p>
                  <ul className="plain" aria-labelledby={`menu-${group.key}`}>
                    {group.entries.map((entry) => (
                      <li key={entry.to}>{entryLink(entry)}</li>
                    ))}
                  </ul>
                </div>
              ))}
              <div className="site-menu__group">
                <p className="site-menu__heading" id="menu-nav.group.account">
                  {t("nav.group.account")}
                </p>
                <ul className="plain" aria-labelledby="menu-nav.group.account">
                  {user ? (
                    <>
                      <li>
                        <MenuLink to="/account">{t("nav.account")}</MenuLink>
                      </li>
                      <li>
                        <Form method="post" action="/logout" className="inline-form">
                          <button type="submit" className="link-button">
                            {t("nav.logout")}
                          </button>
                        </Form>
                      </li>
                    </>
                  ) : (
                    <>
                      <li>
                        <MenuLink to="/login">{t("nav.login")}</MenuLink>
                      </li>
                      <li>
                        <MenuLink to="/register">{t("nav.register")}</MenuLink>
                      </li>
                    </>
                  )}
                </ul>
              </div>
            </div>
          </details>
        </nav>
        <div className="site-tools">
          {user ? (
            <Link to="/notifications" className="bell" data-testid="bell">
              {/* Drawn, not an emoji: a system without an emoji font showed an empty box. */}
              <svg
                className="bell__icon"
                viewBox="0 0 24 24"
                width="20"
                height="20"
                aria-hidden="true"
                focusable="false"
              >
                <path
                  fill="currentColor"
                  d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
                />
              </svg>
              {unread > 0 ? (
                <span className="count" aria-hidden="true">
                  {unread}
                </span>
              ) : null}
              <span className="visually-hidden">
                {t("notification.bell")}
                {unread > 0 ? ` ${t("notification.unread", { count: unread })}` : ""}
              </span>
            </Link>
          ) : null}
          <Form method="post" action="/language" className="inline-form">
            <input type="hidden" name="locale" value={otherLocale} />
            <input type="hidden" name="redirectTo" value={here} />
            {/* WCAG 2.5.3: the accessible name starts with the visible word ("English"), the hint follows. */}
            <button type="submit" className="button button--quiet">
              <span lang={otherLocale}>{t("lang.switch")}</span>
              <span className="visually-hidden">{t("lang.hint")}</span>
            </button>
          </Form>
          {user ? (
            <Link to="/account" className="button button--quiet site-tools__account">
              {user.displayName}
            </Link>
          ) : (
            <>
              <Link to="/login" className="button button--quiet">
                {t("nav.login")}
              </Link>
              <Link to="/register" className="button site-tools__register">
                {t("nav.register")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
