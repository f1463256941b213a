import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { OneButtonForm } from "../components/one-button-form";
import { ActionForm, FieldError, SelectField, TextAreaField, TextField } from "../components/form";
import { SessionTitleAndTime } from "../components/fair-facts";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { applyForBooth, getFairForEmployer, withdrawBooth } from "../fairs/fairs.server";
import {
  boothConsole,
  callNext,
  finishChat,
  markInterest,
  markMissed,
  setRepresentativeOnline,
  startChat,
} from "../fairs/queue.server";
import { EmployerFairPageForm } from "../fairs/schema";
import { cancelBoothSession, createBoothSession, listBoothSessions } from "../fairs/sessions.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { refuse } from "../errors";
import { slotFromForm } from "../interviews/schema";
import { QUEUE_INTERESTS } from "../../vocabulary";

export const meta = pageTitle("nav.employer.fairs");

/**
 * The representative's buttons for the graduate in front of them, each a one-button form on the entry:
 * a called graduate is started with or marked missed; a chat is finished.
 */
const WHEN_CALLED = [
  { id: "start", intent: "start_chat", label: "fairQueue.event.start_chat", className: "button" },
  { id: "miss", intent: "miss", label: "fair.console.missed", className: undefined },
] as const;
const WHEN_CHATTING = [
  { id: "finish", intent: "finish", label: "fairQueue.event.finish", className: "button" },
] as const;

function fairIdFrom(params: { id?: string }) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "fair:exhibit");
  const db = await getDb();
  const actor = { userId: user.id };
  const view = await orDeny(getFairForEmployer(db, actor, fairIdFrom(params)));
  const isRepresentative = view.representatives.some((rep) => rep.userId === user.id);
  const console =
    view.booth?.status === "approved" && isRepresentative && view.fair.status === "live"
      ? await boothConsole(db, actor, { boothId: view.booth.id })
      : null;
  const sessions = view.booth?.status === "approved" ? await listBoothSessions(db, view.booth.id) : [];
  return {
    fair: {
      id: view.fair.id,
      title: view.fair.title,
      status: view.fair.status,
      startsOn: view.fair.startsOn,
      endsOn: view.fair.endsOn,
      liveFrom: view.fair.liveFrom,
    },
    sessions: sessions.map((session) => ({ ...session, startsAt: session.startsAt.toISOString() })),
    booth: view.booth
      ? {
          id: view.booth.id,
          status: view.booth.status,
          reason: view.booth.decisionReason,
          intro: view.booth.intro,
          chatMinutes: view.booth.chatMinutes,
        }
      : null,
    windowOpen: view.windowOpen,
    ownPostings: view.ownPostings,
    colleagues: view.colleagues,
    featured: view.featured,
    links: Object.fromEntries(view.representatives.map((rep) => [rep.userId, rep.meetingLink])),
    console: console
      ? {
          me: console.me,
          current: console.current,
          waiting: console.waiting,
          load: console.load,
          toMark: console.toMark,
          featured: console.featured,
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "fair:exhibit");
  const db = await getDb();
  const actor = { userId: user.id };
  const fairId = fairIdFrom(params);
  const view = await orDeny(getFairForEmployer(db, actor, fairId));
  const boothId = () => view.booth?.id ?? refuse("error.notFound", { status: 404 });
  return formAction(request, EmployerFairPageForm, {
    apply: async ({ intent: _intent, ...application }) => {
      await applyForBooth(db, actor, { ...application, fairId });
      return done("fair.done.applied");
    },
    withdraw: async () => {
      await withdrawBooth(db, actor, { fairId });
      return done("fair.done.withdrawn");
    },
    online: async () => {
      await setRepresentativeOnline(db, actor, { boothId: boothId(), online: true });
      return done("fair.done.online");
    },
    offline: async () => {
      await setRepresentativeOnline(db, actor, { boothId: boothId(), online: false });
      return done("fair.done.offline");
    },
    call: async () => {
      await callNext(db, actor, { boothId: boothId() });
      return done("fair.done.called");
    },
    start_chat: async ({ entryId }) => {
      await startChat(db, actor, { entryId, as: "representative" });
      return done("fair.done.chatting");
    },
    finish: async ({ entryId }) => {
      await finishChat(db, actor, { entryId });
      return done("fair.done.finished");
    },
    miss: async ({ entryId }) => {
      await markMissed(db, actor, { entryId });
      return done("fair.done.missed");
    },
    session: async ({ intent: _intent, ...session }) => {
      await createBoothSession(db, actor, { ...session, boothId: boothId() });
      return done("fair.done.sessionCreated");
    },
    session_cancel: async ({ sessionId }) => {
      await cancelBoothSession(db, actor, { sessionId });
      return done("fair.done.sessionCancelled");
    },
    interest: async ({ entryId, interest, note, postingId, interviewAt, interviewMinutes }) => {
      const link = view.representatives.find((rep) => rep.userId === user.id)?.meetingLink ?? "";
      await markInterest(db, actor, {
        entryId,
        interest,
        note,
        invitation:
          interest === "invite_to_interview" && postingId && interviewAt
            ? {
                postingId,
                mode: "video",
                location: link,
                slots: [slotFromForm(interviewAt, interviewMinutes)],
              }
            : undefined,
      });
      return done("fair.done.marked");
    },
  });
}

export default function EmployerFairPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const live = data.console !== null;
  const current = data.console?.current;
  // The console refreshes its data every few seconds during the live hours (the line grows while
  // one talks). In place, never by reloading the page: a reload threw away an interest or posting
  // just chosen in a list (only typing in a text field held it off) and sent keyboard and
  // screen-reader users back to the top of the page every five seconds.
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const idle = revalidator.state === "idle" && navigation.state === "idle";
  useEffect(() => {
    // Every five seconds after the page last settled (a refresh, or the representative's own action).
    if (!live || !idle) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") revalidator.revalidate();
    }, 5000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the revalidator changes on every render; the timer must not
  }, [live, idle]);
  const canApply =
    data.windowOpen && (!data.booth || data.booth.status === "declined" || data.booth.status === "withdrawn");
  return (
    <main id="main">
      <p>
        <Link to="/employer/fairs">{t("nav.employer.fairs")}</Link>
      </p>
      <h1>{data.fair.title}</h1>
      <p>{t(`fair.state.${data.fair.status}`)}</p>
      <FormOutcome result={result} />
      {data.booth ? (
        <section aria-labelledby="booth-title">
          <h2 id="booth-title">
            {t("fair.employer.booth")}: {t(`fairBooth.state.${data.booth.status}`)}
          </h2>
          {data.booth.reason ? <p>{data.booth.reason}</p> : null}
          {data.booth.status === "approved" ? (
            <p>
              <Link to={`/fairs/${data.fair.id}/booths/${data.booth.id}`}>{t("fair.employer.boothPage")}</Link>
            </p>
          ) : null}
          {data.booth.status === "applied" || data.booth.status === "approved" ? (
            <ActionForm id="withdraw" intent="withdraw" result={result}>
              <button type="submit">{t("fairBooth.event.withdraw")}</button>
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {data.console ? (
        <section aria-labelledby="console-title" aria-live="polite">
          <h2 id="console-title">{t("fair.console.title")}</h2>
          <p>
            {t("fair.console.waiting", { count: data.console.waiting })} ·{" "}
            {t("fair.console.reps", { online: data.console.load.representativesOnline })}
          </p>
          <ActionForm id="presence" intent={data.console.me.online ? "offline" : "online"} result={result}>
            <button type="submit">
              {data.console.me.online ? t("fair.console.goOffline") : t("fair.console.goOnline")}
            </button>
          </ActionForm>
          {current ? (
            <div className="card">
              <h3>
                {current.name} · {t(`fairQueue.state.${current.status}`)}
              </h3>
              {current.timer ? (
                <p role={current.timer.phase === "running" ? undefined : "alert"}>
                  {t(`fair.console.timer.${current.timer.phase}`, {
                    minutes: Math.floor(current.timer.elapsedSeconds / 60),
                  })}
                </p>
              ) : null}
              {(current.status === "called" ? WHEN_CALLED : WHEN_CHATTING).map((button) => (
                <OneButtonForm
                  key={button.id}
                  id={button.id}
                  intent={button.intent}
                  result={result}
                  name="entryId"
                  value={current.entryId}
                  label={t(button.label)}
                  buttonClassName={button.className}
                />
              ))}
            </div>
          ) : (
            <ActionForm id="call" intent="call" result={result}>
              <button type="submit" className="button">
                {t("fairQueue.event.call")}
              </button>
            </ActionForm>
          )}
          {data.console.toMark.map((entry) => (
            <OneButtonForm
              key={entry.id}
              intent="interest"
              result={result}
              name="entryId"
              value={entry.id}
              label={t("fair.console.save")}
            >
              <SelectField
                name="interest"
                label={t("fair.console.interest", { name: entry.name })}
                options={QUEUE_INTERESTS.map((i) => ({ value: i, label: t(`fairQueue.interest.${i}`) }))}
              />
              <p>{t(entry.consented ? "fair.console.consent.yes" : "fair.console.consent.no")}</p>
              {entry.consented && data.console!.featured.length > 0 ? (
                <>
                  <SelectField
                    name="postingId"
                    label={t("fair.console.invitePosting")}
                    options={data.console!.featured.map((p) => ({ value: p.id, label: p.title }))}
                  />
                  <TextField name="interviewAt" type="datetime-local" label={t("fair.console.inviteAt")} />
                  <TextField name="interviewMinutes" label={t("fair.console.inviteMinutes")} defaultValue="30" />
                </>
              ) : null}
              <TextAreaField name="note" label={t("fair.console.note")} rows={2} />
            </OneButtonForm>
          ))}
        </section>
      ) : null}

      {data.booth?.status === "approved" ? (
        <section aria-labelledby="sessions-title">
          <h2 id="sessions-title">{t("fairSession.title")}</h2>
          <p className="muted">{t("fairSession.employer.hint")}</p>
          {data.sessions.length === 0 ? <p>{t("fairSession.none")}</p> : null}
          <ul className="cards">
            {data.sessions.map((session) => (
              <li key={session.id} className="card">
                <SessionTitleAndTime session={session} />
                <p>
                  {t("fairSession.counts", {
                    registered: session.registered,
                    capacity: session.capacity,
                    attended: session.attended,
                  })}
                </p>
                {data.fair.status !== "closed" ? (
                  <OneButtonForm
                    id={`session-cancel-${session.id}`}
                    intent="session_cancel"
                    result={result}
                    name="sessionId"
                    value={session.id}
                    label={t("fairSession.cancel")}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {data.fair.status !== "closed" ? (
            <ActionForm id="session" intent="session" result={result} key={data.sessions.length}>
              <TextField name="title" label={t("fairSession.field.title")} required />
              <TextField
                name="date"
                type="date"
                label={t("fairSession.field.date")}
                hint={t("fairSession.field.date.hint", { from: data.fair.startsOn, to: data.fair.endsOn })}
                defaultValue={data.fair.startsOn}
                required
              />
              <TextField
                name="time"
                type="time"
                label={t("fairSession.field.time")}
                defaultValue={data.fair.liveFrom}
                required
              />
              <TextField
                name="minutes"
                type="number"
                label={t("fairSession.field.minutes")}
                defaultValue="30"
                required
              />
              <TextField
                name="capacity"
                type="number"
                label={t("fairSession.field.capacity")}
                defaultValue="50"
                required
              />
              <TextField
                name="meetingLink"
                type="url"
                label={t("fairSession.field.link")}
                hint={t("fairSession.field.link.hint")}
                required
              />
              <button type="submit" className="button">
                {t("fairSession.create")}
              </button>
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {canApply ? (
        <section aria-labelledby="apply-title">
          <h2 id="apply-title">{t("fair.employer.apply")}</h2>
          <ActionForm id="apply" intent="apply" result={result}>
            <TextAreaField name="intro" label={t("fair.employer.intro")} rows={3} defaultValue={data.booth?.intro} />
            <TextField
              name="chatMinutes"
              label={t("fair.employer.chatMinutes")}
              defaultValue={String(data.booth?.chatMinutes ?? 15)}
            />
            <fieldset className="field">
              <legend>{t("fair.booth.postings")}</legend>
              {data.ownPostings.map((posting) => (
                <label key={posting.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="postingIds"
                    value={posting.id}
                    defaultChecked={data.featured.includes(posting.id)}
                  />{" "}
                  {posting.title}
                </label>
              ))}
              <FieldError name="postingIds" />
            </fieldset>
            <fieldset className="field">
              <legend>{t("fair.employer.representatives")}</legend>
              <p>{t("fair.employer.representatives.hint")}</p>
              {data.colleagues.map((colleague) => (
                <div key={colleague.userId}>
                  <input type="hidden" name="repUserIds" value={colleague.userId} />
                  <label>
                    {colleague.name} ({colleague.email})
                    <input
                      type="url"
                      name="repLinks"
                      defaultValue={data.links[colleague.userId] ?? ""}
                      placeholder="https://meeting.tencent.com/…"
                    />
                  </label>
                </div>
              ))}
              <FieldError name="repLinks" />
            </fieldset>
            <button type="submit" className="button">
              {t("fair.employer.submit")}
            </button>
          </ActionForm>
        </section>
      ) : null}
    </main>
  );
}
