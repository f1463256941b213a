import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Countdown } from "../components/programme-bits";
import { getDb } from "../db.server";
import { nameFor, textFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { listProgrammes } from "../programmes/programmes.server";
import { schoolDate } from "../time";

export const meta = pageTitle("programme.title");

export async function loader(_args: LoaderFunctionArgs) {
  return { programmes: await listProgrammes(await getDb(), { today: schoolDate() }) };
}

export default function Programmes() {
  const { programmes } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("programme.title")}</h1>
      <p className="lead">{t("programme.lead")}</p>
      <ul className="card-list">
        {programmes.map((programme) => (
          <li key={programme.slug} className="card">
            <h2>
              <Link to={`/programmes/${programme.slug}`}>{nameFor(locale, programme)}</Link>
            </h2>
            <p>{textFor(locale, { zh: programme.summaryZh, en: programme.summaryEn })}</p>
            {programme.active ? <Countdown now={programme.now} /> : <p>{t("programme.inactive")}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
