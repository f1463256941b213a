import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { listFairsForEmployer } from "../fairs/fairs.server";
import { orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";

export const meta = pageTitle("nav.employer.fairs");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "fair:exhibit");
  const { rows } = await orDeny(listFairsForEmployer(await getDb(), { userId: user.id }));
  return {
    fairs: rows.map(({ fair, booth }) => ({
      id: fair.id,
      title: fair.title,
      status: fair.status,
      startsOn: fair.startsOn,
      windowCloses: fair.employerWindowCloses,
      booth: booth ? booth.status : null,
    })),
  };
}

export default function EmployerFairsPage() {
  const { fairs } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <main id="main">
      <h1>{t("nav.employer.fairs")}</h1>
      {fairs.length === 0 ? <p>{t("fair.list.none")}</p> : null}
      <ul className="cards">
        {fairs.map((fair) => (
          <li key={fair.id} className="card">
            <h2>
              <Link to={`/employer/fairs/${fair.id}`}>{fair.title}</Link>
            </h2>
            <p>
              {t(`fair.state.${fair.status}`)} · {formatSchoolDate(fair.startsOn, locale)}
              {fair.booth ? ` · ${t(`fairBooth.state.${fair.booth}`)}` : null}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
