import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { getCurrentUser, requirePermission } from "../auth/session.server";
import { OneButtonForm } from "../components/one-button-form";
import { ActionForm } from "../components/form";
import { FairStateAndDates } from "../components/fair-facts";
import { FormOutcome } from "../components/list-page";
import { ShareCard } from "../components/share-card";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { cancelRegistration, getPublicFair, registerForFair, registrationFor } from "../fairs/fairs.server";
import { joinQueue, leaveQueue, queueStatusFor } from "../fairs/queue.server";
import { GraduateFairForm } from "../fairs/schema";
import { fairShareTexts } from "../fairs/share.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { titleWithAppName } from "../i18n/title";
import { shareCardMeta } from "../seo/share-meta";
import { useLocale, useT } from "../i18n/use-t";
import { cityName, industryName } from "../school/region-names";

/** The fair's share texts and QR code stand in for the page in group chats (like a posting's). */
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data?.share) return [{ title: titleWithAppName(matches) }];
  return [{ title: titleWithAppName(matches, data.fair.title) }, ...shareCardMeta(data)];
};

/** How often the page asks for the queue while the graduate waits, where the event stream is unavailable. */
const POLL_MS = 2000;
/** How often the page refreshes a chat's soft timer. */
const CHAT_TICK_MS = 30_000;

/** `/fairs/<id>`; the fair's calendar `/fairs/<id>.ics` is the resource route fairs.$id[.]ics.tsx. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const { fair, booths, registered } = await orDeny(getPublicFair(db, id.data));
  return pageData(request, fair, booths, registered);
}

type PublicFair = Awaited<ReturnType<typeof getPublicFair>>;

async function pageData(request: Request, fair: PublicFair["fair"], booths: PublicFair["booths"], registered: number) {
  const db = await getDb();
  const user = await getCurrentUser(request);
  const actor = user ? { userId: user.id } : null;
  const registration = await registrationFor(db, actor, fair);
  const lines =
    actor && registration.state === "registered" ? await queueStatusFor(db, actor, { fairId: fair.id }) : [];
  const url = `${getEnv().publicUrl}/fairs/${fair.id}`;
  return {
    url,
    share: fairShareTexts(resolveLocale(request, user?.locale), fair, booths.length, url),
    fair: {
      id: fair.id,
      title: fair.title,
      theme: fair.theme,
      description: fair.description,
      status: fair.status,
      startsOn: fair.startsOn,
      endsOn: fair.endsOn,
      liveFrom: fair.liveFrom,
      liveUntil: fair.liveUntil,
      graduateCapacity: fair.graduateCapacity,
    },
    booths,
    registered,
    registration,
    lines,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "fair:register");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const actor = { userId: user.id };
  const fairId = id.data;
  return formAction(request, GraduateFairForm, {
    register: async () => {
      const result = await registerForFair(db, actor, { fairId });
      return done(result.status === "registered" ? "fair.done.registered" : "fair.done.waitlisted");
    },
    cancel: async () => {
      await cancelRegistration(db, actor, { fairId });
      return done("fair.done.cancelled");
    },
    join: async ({ boothId, interviewConsent }) => {
      await joinQueue(db, actor, { boothId, interviewConsent });
      return done("fair.done.joined");
    },
    leave: async ({ boothId }) => {
      await leaveQueue(db, actor, { boothId });
      return done("fair.done.left");
    },
  });
}

export default function FairPage() {
  const { fair, booths, registered, registration, lines, share } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const waiting = lines.length > 0;
  const chatting = lines.some((line) => line.status === "chatting");

  // While the graduate stands in a line, a call must show up at once: the server pushes queue
  // changes (server-sent events fed by PostgreSQL LISTEN/NOTIFY); where that stream is not
  // available the page asks every two seconds; without JavaScript the refresh link does it.
  const revalidator = useRevalidator();
  // One reload at a time: a second revalidate() while one is in flight aborts the first, and the
  // aborted request surfaced as an uncaught "signal is aborted" page error when two queue changes
  // came close together. A change during a reload asks for one more once it has finished (or after
  // 10 s, should the finish never be seen).
  const reload = useRef({ revalidator, since: 0, sawLoading: false, again: false });
  useEffect(() => {
    const r = reload.current;
    r.revalidator = revalidator;
    if (revalidator.state !== "idle") {
      r.sawLoading = true;
      return;
    }
    if (!r.sawLoading) return;
    r.sawLoading = false;
    r.since = 0;
    if (r.again) {
      r.again = false;
      r.since = Date.now();
      revalidator.revalidate();
    }
  }, [revalidator]);
  const runReload = () => {
    const r = reload.current;
    if (r.since && Date.now() - r.since < 10_000) {
      r.again = true;
      return;
    }
    r.since = Date.now();
    r.revalidator.revalidate();
  };
  useEffect(() => {
    if (!waiting) return;
    let timer: number | undefined;
    const poll = () => {
      timer ??= window.setInterval(() => {
        if (document.visibilityState === "visible") runReload();
      }, POLL_MS);
    };
    if (typeof EventSource === "undefined") {
      poll();
      return () => window.clearInterval(timer);
    }
    const events = new EventSource(`/fairs/${fair.id}/events`);
    events.addEventListener("queue", () => runReload());
    events.onerror = () => {
      events.close();
      poll();
    };
    return () => {
      events.close();
      window.clearInterval(timer);
    };
  }, [waiting, fair.id]);

  // The soft timer moves with the clock, not with queue events: during a chat the page reloads its
  // lines twice a minute, so the warning a minute before the booth's length shows without a push.
  useEffect(() => {
    if (!chatting) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") runReload();
    }, CHAT_TICK_MS);
    return () => window.clearInterval(timer);
  }, [chatting]);

  const inLine = new Set(lines.map((line) => line.boothId));
  return (
    <main id="main">
      <p>
        <Link to="/fairs">{t("fair.list.title")}</Link>
      </p>
      <h1>{fair.title}</h1>
      <FairStateAndDates fair={fair}>
        {" "}
        <a href={`/fairs/${fair.id}.ics`}>{t("fair.calendar")}</a>
      </FairStateAndDates>
      {fair.description ? <p>{fair.description}</p> : null}
      <p>
        {t("fair.registered.count", { count: registered })}
        {fair.graduateCapacity ? ` · ${t("fair.capacity", { capacity: fair.graduateCapacity })}` : null}
      </p>

      <FormOutcome result={result} />

      <section aria-labelledby="register-title">
        <h2 id="register-title">{t("fair.register.title")}</h2>
        {registration.state === "anonymous" ? (
          <p>
            <Link to={`/login?redirectTo=/fairs/${fair.id}`}>{t("fair.register.anonymous")}</Link>
          </p>
        ) : registration.state === "not_graduate" ? (
          <p>{t("fair.register.notGraduate")}</p>
        ) : registration.state === "closed" ? (
          <p>{t("fair.register.closed")}</p>
        ) : registration.state === "ineligible" ? (
          <>
            <p>{t("fair.register.ineligible")}</p>
            <ul>
              {registration.reasons.map((reason) => (
                <li key={reason.key}>{t(reason)}</li>
              ))}
            </ul>
          </>
        ) : registration.state === "open" ? (
          <ActionForm id="register" intent="register" result={result}>
            <button type="submit" className="button">
              {t("fair.register.submit")}
            </button>
          </ActionForm>
        ) : (
          <>
            <p>
              {registration.state === "registered"
                ? t("fair.register.registered")
                : t("fair.register.waitlisted", {
                    position: "position" in registration ? registration.position : 0,
                  })}
            </p>
            <ActionForm id="cancel" intent="cancel" result={result}>
              <button type="submit">{t("fairRegistration.event.cancel")}</button>
            </ActionForm>
          </>
        )}
      </section>

      {registration.state === "registered" && fair.status === "live" ? (
        <section aria-labelledby="queue-title" aria-live="polite">
          <h2 id="queue-title">{t("fair.queue.title")}</h2>
          {lines.length === 0 ? <p>{t("fair.queue.none")}</p> : null}
          <ul>
            {lines.map((line) => (
              <li key={line.entryId}>
                <strong>{line.employerName}</strong> · {t(`fairQueue.state.${line.status}`)}
                {line.status === "waiting" ? (
                  <>
                    {" · "}
                    {t("fairQueue.position", { ahead: line.ahead })}
                    {" · "}
                    {line.estimate?.known
                      ? t("fairQueue.wait.minutes", { minutes: line.estimate.minutes })
                      : t("fairQueue.wait.unknown")}
                  </>
                ) : null}
                {line.missedCalls > 0 && line.status === "waiting" ? <p>{t("fair.queue.missedOnce")}</p> : null}
                {line.status === "called" && line.meetingLink ? (
                  <p role="alert">
                    {t("fair.queue.called")}{" "}
                    <a
                      href={`/fairs/${fair.id}/meeting/${line.entryId}`}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="button"
                    >
                      {t("fair.queue.openLink")}
                    </a>
                  </p>
                ) : null}
                {line.status === "chatting" && line.timer ? (
                  <p role={line.timer.phase === "running" ? undefined : "alert"}>
                    {t(`fair.queue.timer.${line.timer.phase}`, {
                      minutes: Math.floor(line.timer.elapsedSeconds / 60),
                      length: Math.round(line.timer.lengthSeconds / 60),
                    })}
                  </p>
                ) : null}
                {line.status === "chatting" && line.meetingLink ? (
                  <p>
                    <a href={`/fairs/${fair.id}/meeting/${line.entryId}`} target="_blank" rel="noopener noreferrer">
                      {t("fair.queue.backToMeeting")}
                    </a>
                  </p>
                ) : null}
                <OneButtonForm
                  intent="leave"
                  result={result}
                  name="boothId"
                  value={line.boothId}
                  label={t("fairQueue.event.leave")}
                />
              </li>
            ))}
          </ul>
          <p>
            <a href={`/fairs/${fair.id}`}>{t("fair.queue.refresh")}</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="booths-title">
        <h2 id="booths-title">{t("fair.booths.title")}</h2>
        {booths.length === 0 ? <p>{t("fair.booths.none")}</p> : null}
        <ul className="cards">
          {booths.map((booth) => (
            <li key={booth.id} className="card">
              <h3>
                <Link to={`/fairs/${fair.id}/booths/${booth.id}`}>{booth.employerName}</Link>
              </h3>
              <p>
                {industryName(locale, booth.industry)} · {cityName(locale, booth.city)}
              </p>
              {fair.status === "live" ? (
                <p>
                  {booth.online > 0
                    ? t("fair.booth.load", { online: booth.online, waiting: booth.waiting })
                    : t("fair.booth.load.none", { waiting: booth.waiting })}
                </p>
              ) : null}
              {registration.state === "registered" && fair.status === "live" && !inLine.has(booth.id) ? (
                <OneButtonForm
                  intent="join"
                  result={result}
                  name="boothId"
                  value={booth.id}
                  label={t("fair.queue.join")}
                  buttonClassName="button"
                >
                  <label className="checkbox">
                    <input type="checkbox" name="interviewConsent" value="yes" />{" "}
                    {t("fair.queue.consent", { employer: booth.employerName })}
                  </label>
                </OneButtonForm>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <ShareCard
        qrPath={`/fairs/${fair.id}`}
        wechat={share.wechat}
        weibo={share.weibo}
        title="fair.share.title"
        qrAlt="fair.share.qr"
      />
    </main>
  );
}
