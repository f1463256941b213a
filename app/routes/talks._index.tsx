import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "../db.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { listPublicTalks } from "../talks/talks.server";
import { talkListFacts } from "../talks/list-facts";
import { formatSchoolDate } from "../time";

export const meta = pageTitle("talk.list.title");

/** Feed readers find the talks' Atom feed from the list page. */
export const links = () => [
  { rel: "alternate", type: "application/atom+xml", href: "/talks/feed.atom", title: "宣讲会 Campus talks (Atom)" },
];

/** Public: approved talks from today on. */
export async function loader() {
  const rows = await listPublicTalks(await getDb());
  return {
    talks: rows.map((t) => ({
      ...talkListFacts(t),
      place: t.venueName ? `${t.building ?? ""} ${t.venueName}`.trim() : null,
    })),
  };
}

export default function TalksPage() {
  const { talks } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <main id="main">
      <h1>{t("talk.list.title")}</h1>
      <p>{t("talk.list.lead")}</p>
      {talks.length === 0 ? <p>{t("talk.list.none")}</p> : null}
      <ul className="cards">
        {talks.map((talk) => (
          <li key={talk.id} className="card">
            <h2>
              <Link to={`/talks/${talk.id}`}>{talk.employerName}</Link>
            </h2>
            <p>{talk.title}</p>
            <p>
              <span className="badge">{t(`talk.mode.${talk.mode}`)}</span>{" "}
              {formatSchoolDate(`${talk.talkDate}T12:00:00Z`, locale)} · {t(`talk.slot.${talk.slot}`)}
              {talk.place ? ` · ${talk.place}` : null}
            </p>
          </li>
        ))}
      </ul>
      <p>
        {t("talk.list.feed")}: <a href="/talks/feed.atom">Atom</a>
      </p>
    </main>
  );
}
