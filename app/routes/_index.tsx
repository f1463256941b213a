import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import type { Role } from "../../vocabulary";
import { FrontSearch } from "../components/front-search";
import { formatPay } from "../components/highlight";
import { useLocale, useT } from "../i18n/use-t";
import { homeFor } from "../navigation";
import { formatSchoolDate } from "../time";
import { frontDoor } from "../home/front-door.server";
import { nameFor } from "../i18n/names";
import { cityList } from "../school/region-names";

/**
 * The front door: a search box (with suggestions as you type, from the public API), the latest postings and those closing soonest (one Meilisearch
 * multi-search), the school's figures (one query), a way in for each audience, the coming online
 * fairs and campus talks (one query) and the programme windows closing soonest (one query); the
 * same for every visitor, so shared for a second (app/home/front-door.server.ts).
 */
export function loader() {
  return frontDoor();
}

type Brief = ReturnType<typeof useLoaderData<typeof loader>>["latest"][number];

function PostingList({ postings, testId }: { postings: Brief[]; testId: string }) {
  const t = useT();
  const locale = useLocale();
  if (postings.length === 0) return <p className="empty">{t("front.noPostings")}</p>;
  return (
    <ul className="plain stack" data-testid={testId}>
      {postings.map((p) => (
        <li key={p.id} className="card job-card">
          <h3>
            <Link to={`/jobs/${p.id}`}>{p.title}</Link>
          </h3>
          <p className="muted">
            {p.employerName}
            {p.cities.length ? ` · ${cityList(locale, p.cities)}` : ""}
          </p>
          <p className="cluster">
            <span className="job-card__pay">{formatPay(p.salaryMin, p.salaryMax, locale)}</span>
            <span className="muted">
              {t("jobs.deadline")} <time dateTime={p.deadline}>{formatSchoolDate(p.deadline, locale)}</time>
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function Home() {
  const { stats, schoolName, latest, closing, events, deadlines } = useLoaderData<typeof loader>();
  // The root loader already knows who is signed in; asking again would cost a query.
  const role = useRouteLoaderData<{ user: { role: Role } | null }>("root")?.user?.role;
  const home = role ? homeFor(role) : null;
  const t = useT();
  const locale = useLocale();
  const day = (date: string) => formatSchoolDate(`${date}T12:00:00Z`, locale);
  return (
    <>
      <section className="hero">
        <div className="hero__inner">
          <p>{schoolName}</p>
          <h1>{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <FrontSearch />
          <p className="cluster">
            {home ? (
              <Link to={home} className="button button--light">
                {t("front.toMyHome")}
              </Link>
            ) : (
              <>
                <Link to="/register" className="button button--light">
                  {t("nav.register")}
                </Link>
                <Link to="/login" className="button button--on-dark">
                  {t("nav.login")}
                </Link>
              </>
            )}
          </p>
        </div>
      </section>
      <div className="page">
        <div className="split split--even">
          <section aria-labelledby="latest">
            <h2 id="latest">{t("front.latest")}</h2>
            <PostingList postings={latest} testId="latest" />
            <p>
              <Link to="/jobs?sort=newest">{t("front.allPostings")}</Link>
            </p>
          </section>
          <section aria-labelledby="closing">
            <h2 id="closing">{t("front.closing")}</h2>
            <PostingList postings={closing} testId="closing" />
            <p>
              <Link to="/jobs?sort=deadline">{t("front.allClosing")}</Link>
            </p>
          </section>
        </div>
        <div className="cards">
          <section className="card" aria-labelledby="fairs">
            <h2 id="fairs">{t("front.fairs")}</h2>
            {events.length === 0 ? (
              <p className="empty">{t("front.fairs.empty")}</p>
            ) : (
              <ul className="plain stack" data-testid="events">
                {events.map((event) =>
                  event.kind === "fair" ? (
                    <li key={event.id}>
                      <Link to={`/fairs/${event.id}`}>{event.title}</Link>
                      <br />
                      <span className="muted">
                        {t("front.event.fair")} ·{" "}
                        {event.from === event.to ? day(event.from) : `${day(event.from)}–${day(event.to)}`}
                        {event.status === "live" ? ` · ${t("fair.state.live")}` : ""}
                      </span>
                    </li>
                  ) : (
                    <li key={event.id}>
                      <Link to={`/talks/${event.id}`}>
                        {event.employerName} · {event.title}
                      </Link>
                      <br />
                      <span className="muted">
                        {t(`talk.mode.${event.mode}`)} · {day(event.from)} {t(`talk.slot.${event.slot}`)}
                      </span>
                    </li>
                  ),
                )}
              </ul>
            )}
            <p className="cluster">
              <Link to="/fairs">{t("front.allFairs")}</Link>
              <Link to="/talks">{t("front.allTalks")}</Link>
            </p>
          </section>
          <section className="card" aria-labelledby="programmes">
            <h2 id="programmes">{t("front.programmes")}</h2>
            {deadlines.length === 0 ? (
              <p className="empty">{t("front.programmes.empty")}</p>
            ) : (
              <ul className="plain stack" data-testid="front-deadlines">
                {deadlines.map((d) => (
                  <li key={`${d.slug}-${d.year}-${d.kind}`}>
                    <Link to={`/programmes/${d.slug}`}>{nameFor(locale, d)}</Link>
                    <p className="muted">
                      {t(`programme.window.${d.kind}`)}（{d.year}）{" "}
                      {!d.open
                        ? t("programme.countdown.opensIn", { days: d.daysToOpen })
                        : d.daysLeft === 0
                          ? t("programme.countdown.lastDay")
                          : t("programme.countdown.closesIn", { days: d.daysLeft })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <p className="cluster">
              <Link to="/programmes">{t("front.allProgrammes")}</Link>
            </p>
          </section>
        </div>
        <h2>{t("front.ways")}</h2>
        <div className="cards">
          <section className="card" aria-labelledby="for-graduates">
            <h3 id="for-graduates">{t("home.graduates")}</h3>
            <p>{t("home.graduates.body")}</p>
            <p className="cluster">
              <Link to="/jobs">{t("nav.jobs")}</Link>
              <Link to="/graduate">{t("front.graduateHome")}</Link>
            </p>
          </section>
          <section className="card" aria-labelledby="for-employers">
            <h3 id="for-employers">{t("home.employers")}</h3>
            <p>{t("home.employers.body")}</p>
            <p className="cluster">
              <Link to="/employer">{t("front.employerHome")}</Link>
            </p>
          </section>
          <section className="card" aria-labelledby="for-staff">
            <h3 id="for-staff">{t("home.staff")}</h3>
            <p>{t("home.staff.body")}</p>
            <p className="cluster">
              <Link to="/staff">{t("front.staffHome")}</Link>
            </p>
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
