import { Link } from "@remix-run/react";
import { useT } from "../i18n/use-t";

/** Previous / "page N of M" / next, as links (pages stay shareable and work without JavaScript). */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t("pager.label")}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t("pager.prev")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pager.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next">
          {t("pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}
