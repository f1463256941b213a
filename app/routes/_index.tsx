import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "../db.server";
import { useT } from "../i18n/use-t";
import { schoolStats } from "../school/school.server";
import { getEnv } from "../config/env.server";

export async function loader() {
  return { stats: await schoolStats(await getDb()), schoolName: getEnv().SCHOOL_NAME };
}

export default function Home() {
  const { stats, schoolName } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <section className="hero">
        <div className="hero__inner">
          <p>{schoolName}</p>
          <h1>{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <p>
            <Link to="/register" className="button button--quiet">
              {t("nav.register")}
            </Link>
          </p>
        </div>
      </section>
      <div className="page">
        <div className="cards">
          <section className="card" aria-labelledby="for-graduates">
            <h2 id="for-graduates">{t("home.graduates")}</h2>
            <p>{t("home.graduates.body")}</p>
          </section>
          <section className="card" aria-labelledby="for-employers">
            <h2 id="for-employers">{t("home.employers")}</h2>
            <p>{t("home.employers.body")}</p>
          </section>
          <section className="card" aria-labelledby="for-staff">
            <h2 id="for-staff">{t("home.staff")}</h2>
            <p>{t("home.staff.body")}</p>
          </section>
        </div>
        <h2>{t("home.stats")}</h2>
        <ul className="stats">
          <li>
            <strong>{stats.colleges}</strong>
            {t("home.stats.colleges")}
          </li>
          <li>
            <strong>{stats.majors}</strong>
            {t("home.stats.majors")}
          </li>
          <li>
            <strong>{stats.graduates}</strong>
            {t("home.stats.graduates")}
          </li>
        </ul>
      </div>
    </>
  );
}
