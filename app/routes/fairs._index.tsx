import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "../db.server";
import { fairHeadline, listPublicFairs } from "../fairs/fairs.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { FairStateAndDates } from "../components/fair-facts";

export const meta = pageTitle("fair.list.title");

/** Public: every fair after its draft, upcoming and live first. */
export async function loader() {
  const rows = await listPublicFairs(await getDb());
  return {
    fairs: rows.map(({ fair, booths }) => ({
      ...fairHeadline(fair),
      liveFrom: fair.liveFrom,
      liveUntil: fair.liveUntil,
      booths,
    })),
  };
}

export default function FairsPage() {
  const { fairs } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <main id="main">
      <h1>{t("fair.list.title")}</h1>
      <p>{t("fair.list.lead")}</p>
      {fairs.length === 0 ? <p>{t("fair.list.none")}</p> : null}
      <ul className="cards">
        {fairs.map((fair) => (
          <li key={fair.id} className="card">
            <h2>
              <Link to={`/fairs/${fair.id}`}>{fair.title}</Link>
            </h2>
            <FairStateAndDates fair={fair} />
            <p>{t("fair.booths.count", { count: fair.booths })}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
