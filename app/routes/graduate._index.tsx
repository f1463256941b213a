import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { formatPay } from "../components/highlight";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { homeRecommendations } from "../graduates/home-recommendations.server";
import { loadMatchSubjectOfUser } from "../graduates/matching.server";
import { graduateContext, setNonPersonalised } from "../graduates/profile.server";
import { PersonalisationForm } from "../graduates/schema";
import { resolveLocale } from "../i18n/locale.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { cityList } from "../school/region-names";
import { log } from "../log.server";
import { PlainLink } from "../components/plain-link";
import { TodoList } from "../components/todo-list";
import { graduateTodo } from "../home/todo.server";

export const meta = pageTitle("graduate.home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  // One read of the graduate for the whole page: what matching needs carries the name and settings too.
  const subject = await loadMatchSubjectOfUser(db, user.id);
  if (!subject) throw redirect("/graduate/link");
  // The to-do list does not depend on the recommendations: both are asked for at once. The
  // recommendations are kept per graduate for a while (decision 028, home-recommendations.server.ts).
  let degraded = false;
  const [recommendations, todo] = await Promise.all([
    homeRecommendations(subject, { locale: resolveLocale(request, user.locale) }).catch((error: unknown) => {
      // Meilisearch down: the page still works, with no recommendations and a note.
      log.warn("recommendations.unavailable", { error });
      degraded = true;
      return [];
    }),
    graduateTodo(db, { userId: user.id }),
  ]);
  return {
    todo,
    name: subject.graduate.name,
    nonPersonalised: subject.settings.nonPersonalised,
    hasResume: Boolean(subject.settings.resumeFile),
    degraded,
    recommendations,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const ctx = await graduateContext(db, user.id);
  if (!ctx) throw redirect("/graduate/link");
  return formAction(request, PersonalisationForm, {
    personalisation: async ({ nonPersonalised }) => {
      await setNonPersonalised(
        db,
        { userId: user.id },
        { graduateId: ctx.graduate.id, value: nonPersonalised === "true" },
      );
      return redirect("/graduate");
    },
  });
}

export default function GraduateHome() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("todo.title")}</h1>
      <TodoList sections={data.todo} />
      <h2>{t(data.nonPersonalised ? "graduate.home.plain" : "graduate.home.title")}</h2>
      <p>
        <Link to="/graduate/profile">{t("graduate.home.profile")}</Link>
        {" · "}
        <Link to="/graduate/applications">{t("graduate.home.applications")}</Link>
      </p>
      <ErrorSummary result={result} />
      <ActionForm id="personalisation" intent="personalisation" result={result} className="inline-form">
        <input type="hidden" name="nonPersonalised" value={data.nonPersonalised ? "false" : "true"} />
        <button type="submit" className="button button--quiet" aria-pressed={!data.nonPersonalised}>
          {t(data.nonPersonalised ? "graduate.home.switchOn" : "graduate.home.switchOff")}
        </button>
      </ActionForm>
      {data.nonPersonalised ? <p className="muted">{t("graduate.home.plainNote")}</p> : null}
      {!data.hasResume ? (
        <p className="notice">
          {t("apply.needResume")} <Link to="/graduate/profile">{t("graduate.home.profile")}</Link>
        </p>
      ) : null}
      {data.degraded || data.recommendations.length === 0 ? <p>{t("graduate.home.empty")}</p> : null}
      <ul className="cards" data-testid="recommendations">
        {data.recommendations.map((r) => (
          <li key={r.postingId} className="card job-card">
            <h3>
              <PlainLink to={`/jobs/${r.postingId}`}>{r.title}</PlainLink>
            </h3>
            <p>
              {r.employerName} · {cityList(locale, r.cities)}
            </p>
            <p className="job-card__pay">{formatPay(r.salaryMin, r.salaryMax, locale)}</p>
            <p aria-label={t("recommend.reasons")} className="cluster">
              {r.reasons.map((reason) => (
                <span key={reason} className="badge badge--ok">
                  {reason}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
