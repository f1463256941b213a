import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "../db.server";
import { getPublicBooth } from "../fairs/fairs.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { cityName, industryName } from "../school/region-names";

export const meta = pageTitle("fair.booths.title");

/** Public: an approved booth of a public fair; anything else is 404. */
export async function loader({ params }: LoaderFunctionArgs) {
  const ids = z.object({ id: z.uuid(), boothId: z.uuid() }).safeParse(params);
  if (!ids.success) notFound();
  const page = await orDeny(getPublicBooth(await getDb(), { fairId: ids.data.id, boothId: ids.data.boothId }));
  return {
    fair: { id: page.fair.id, title: page.fair.title },
    booth: { id: page.booth.id, intro: page.booth.intro, chatMinutes: page.booth.chatMinutes },
    employer: page.employer,
    featured: page.featured,
    representatives: page.representatives,
  };
}

export default function BoothPage() {
  const { fair, booth, employer, featured, representatives } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <main id="main">
      <p>
        <Link to={`/fairs/${fair.id}`}>
          {t("fair.back")}: {fair.title}
        </Link>
      </p>
      <h1>{employer.name}</h1>
      <p>
        {industryName(locale, employer.industry)} · {cityName(locale, employer.city)}
      </p>
      {booth.intro ? <p>{booth.intro}</p> : null}
      <p>{t("fair.booth.chatLength", { minutes: booth.chatMinutes })}</p>
      <h2>{t("fair.booth.postings")}</h2>
      <ul>
        {featured.map((posting) => (
          <li key={posting.id}>
            <Link to={`/jobs/${posting.id}`}>{posting.title}</Link>
          </li>
        ))}
      </ul>
      <h2>{t("fair.booth.representatives")}</h2>
      <ul>
        {representatives.map((rep) => (
          <li key={rep.name}>
            {rep.name} · {rep.online ? t("fair.booth.online") : t("fair.booth.offline")}
          </li>
        ))}
      </ul>
    </main>
  );
}
