import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getCurrentUser, requirePermission } from "../auth/session.server";
import { OneButtonForm } from "../components/one-button-form";
import { SessionTitleAndTime } from "../components/fair-facts";
import { FormOutcome } from "../components/list-page";
import { ShareCard } from "../components/share-card";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { getPublicBooth, registrationFor } from "../fairs/fairs.server";
import { BoothPageForm } from "../fairs/schema";
import {
  listBoothSessions,
  registerForSession,
  sessionPlacesOf,
  unregisterFromSession,
} from "../fairs/sessions.server";
import { boothShareTexts } from "../fairs/share.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { titleWithAppName } from "../i18n/title";
import { shareCardMeta } from "../seo/share-meta";
import { useLocale, useT } from "../i18n/use-t";
import { cityName, industryName } from "../school/region-names";

/** The booth's share texts and QR code stand in for the page in group chats (like a posting's). */
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [{ title: titleWithAppName(matches) }];
  return [{ title: titleWithAppName(matches, `${data.employer.name} · ${data.fair.title}`) }, ...shareCardMeta(data)];
};

/** Whatever a session's join link refused, said on the booth page it came back to. */
const JOIN_REFUSALS = ["notYet", "over", "cancelled", "noPlace"] as const;

/** Public: an approved booth of a public fair (anything else is 404), its group sessions and share card. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const ids = z.object({ id: z.uuid(), boothId: z.uuid() }).safeParse(params);
  if (!ids.success) notFound();
  const db = await getDb();
  const page = await orDeny(getPublicBooth(db, { fairId: ids.data.id, boothId: ids.data.boothId }));
  const user = await getCurrentUser(request);
  const actor = user ? { userId: user.id } : null;
  const [sessions, places, registration] = await Promise.all([
    listBoothSessions(db, page.booth.id),
    sessionPlacesOf(db, actor, page.booth.id),
    registrationFor(db, actor, page.fair),
  ]);
  const url = `${getEnv().publicUrl}/fairs/${page.fair.id}/booths/${page.booth.id}`;
  const locale = resolveLocale(request, user?.locale);
  const joinRefusal = new URL(request.url).searchParams.get("join");
  return {
    url,
    share: boothShareTexts(
      locale,
      {
        employerName: page.employer.name,
        intro: page.booth.intro,
        fairTitle: page.fair.title,
        postings: page.featured.map((p) => p.title),
      },
      url,
    ),
    fair: { id: page.fair.id, title: page.fair.title, status: page.fair.status },
    booth: { id: page.booth.id, intro: page.booth.intro, chatMinutes: page.booth.chatMinutes },
    employer: page.employer,
    featured: page.featured,
    representatives: page.representatives,
    sessions: sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), mine: places.includes(s.id) })),
    registered: registration.state === "registered",
    signedIn: Boolean(user),
    joinRefusal: (JOIN_REFUSALS as readonly string[]).includes(joinRefusal ?? "") ? joinRefusal : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "fair:register");
  const ids = z.object({ id: z.uuid(), boothId: z.uuid() }).safeParse(params);
  if (!ids.success) notFound();
  const db = await getDb();
  const actor = { userId: user.id };
  await orDeny(getPublicBooth(db, { fairId: ids.data.id, boothId: ids.data.boothId }));
  return formAction(request, BoothPageForm, {
    session_register: async ({ sessionId }) => {
      await registerForSession(db, actor, { sessionId });
      return done("fair.done.sessionRegistered");
    },
    session_unregister: async ({ sessionId }) => {
      await unregisterFromSession(db, actor, { sessionId });
      return done("fair.done.sessionUnregistered");
    },
  });
}

export default function BoothPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { fair, booth, employer, featured, representatives, sessions } = data;
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

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("fairSession.title")}</h2>
        <FormOutcome result={result} />
        {data.joinRefusal ? <p role="alert">{t(`fairSession.${data.joinRefusal}`)}</p> : null}
        {sessions.length === 0 ? <p>{t("fairSession.none")}</p> : null}
        {sessions.length > 0 && !data.registered && fair.status !== "closed" ? (
          <p className="muted">
            {data.signedIn ? (
              t("fairSession.registerFirst")
            ) : (
              <Link to={`/login?redirectTo=/fairs/${fair.id}/booths/${booth.id}`}>{t("fairSession.signIn")}</Link>
            )}
          </p>
        ) : null}
        <ul className="cards">
          {sessions.map((session) => (
            <li key={session.id} className="card">
              <SessionTitleAndTime session={session} />
              <p>{t("fairSession.places", { left: Math.max(0, session.capacity - session.registered) })}</p>
              {session.mine ? (
                <>
                  <p>
                    <strong>{t("fairSession.yours")}</strong>{" "}
                    <a href={`/fairs/${fair.id}/sessions/${session.id}/join`} className="button">
                      {t("fairSession.join")}
                    </a>
                  </p>
                  <OneButtonForm
                    id={`unregister-${session.id}`}
                    intent="session_unregister"
                    result={result}
                    name="sessionId"
                    value={session.id}
                    label={t("fairSession.unregister")}
                  />
                </>
              ) : data.registered && session.registered < session.capacity ? (
                <OneButtonForm
                  id={`register-${session.id}`}
                  intent="session_register"
                  result={result}
                  name="sessionId"
                  value={session.id}
                  label={t("fairSession.register")}
                  buttonClassName="button"
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <ShareCard
        qrPath={`/fairs/${fair.id}/booths/${booth.id}`}
        wechat={data.share.wechat}
        weibo={data.share.weibo}
        title="fairBooth.share.title"
        qrAlt="fairBooth.share.qr"
      />
    </main>
  );
}
