import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getCurrentUser, requirePermission } from "../auth/session.server";
import { ActionForm } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { ShareCard } from "../components/share-card";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { titleWithAppName } from "../i18n/title";
import { shareCardMeta } from "../seo/share-meta";
import { talkShareTexts } from "../talks/share.server";
import { useLocale, useT } from "../i18n/use-t";
import { GraduateTalkForm } from "../talks/schema";
import { cancelTalkSignup, getPublicTalk, signUpForTalk, signupFor } from "../talks/talks.server";
import { formatSchoolDate } from "../time";

/** The talk's share texts and QR code stand in for the page in group chats (like a posting's). */
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data?.share) return [{ title: titleWithAppName(matches) }];
  return [{ title: titleWithAppName(matches, `${data.employerName} · ${data.talk.title}`) }, ...shareCardMeta(data)];
};

/** `/talks/<id>`; the talk's calendar `/talks/<id>.ics` is the resource route talks.$id[.]ics.tsx. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const page = await orDeny(getPublicTalk(db, id.data));
  const user = await getCurrentUser(request);
  const url = `${getEnv().publicUrl}/talks/${page.talk.id}`;
  const place = page.venue ? `${page.venue.building} ${page.venue.name}` : null;
  return {
    url,
    share: talkShareTexts(
      resolveLocale(request, user?.locale),
      { ...page.talk, employerName: page.employerName, place, postings: page.featured.map((p) => p.title) },
      url,
    ),
    talk: {
      id: page.talk.id,
      title: page.talk.title,
      brochure: page.talk.brochure,
      mode: page.talk.mode,
      talkDate: page.talk.talkDate,
      slot: page.talk.slot,
      capacity: page.talk.capacity,
    },
    employerName: page.employerName,
    place,
    featured: page.featured,
    signedUp: page.signedUp,
    placesLeft: page.placesLeft,
    signedIn: Boolean(user),
    isGraduate: user?.role === "graduate",
    mine: user ? await signupFor(db, { userId: user.id }, page.talk.id) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "talk:attend");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const talkId = id.data;
  return formAction(request, GraduateTalkForm, {
    signup: async () => {
      await signUpForTalk(db, { userId: user.id }, { talkId });
      return done("talk.done.signedUp");
    },
    cancel: async () => {
      await cancelTalkSignup(db, { userId: user.id }, { talkId });
      return done("talk.done.cancelled");
    },
  });
}

export default function TalkPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const { talk } = data;
  return (
    <main id="main">
      <p>
        <Link to="/talks">{t("talk.list.title")}</Link>
      </p>
      <h1>{data.employerName}</h1>
      <p>{talk.title}</p>
      <p>
        <span className="badge">{t(`talk.mode.${talk.mode}`)}</span>{" "}
        {formatSchoolDate(`${talk.talkDate}T12:00:00Z`, locale)} · {t(`talk.slot.${talk.slot}`)}
        {data.place ? ` · ${data.place}` : null} <a href={`/talks/${talk.id}.ics`}>{t("talk.calendar")}</a>
      </p>
      <p>{t("talk.places", { signedUp: data.signedUp, left: data.placesLeft })}</p>

      <FormOutcome result={result} />

      <section aria-labelledby="signup-title">
        <h2 id="signup-title">{t("talk.signup.title")}</h2>
        {!data.signedIn ? (
          <p>
            <Link to={`/login?redirectTo=/talks/${talk.id}`}>{t("talk.signup.anonymous")}</Link>
          </p>
        ) : !data.isGraduate ? (
          <p>{t("talkSignup.noGraduate")}</p>
        ) : data.mine === "signed_up" ? (
          <>
            <p>{t("talk.signup.yours")}</p>
            {talk.mode === "online" ? (
              <p>
                <a className="button" href={`/talks/${talk.id}/join`}>
                  {t("talk.join")}
                </a>
              </p>
            ) : null}
            <ActionForm id="cancel" intent="cancel" result={result}>
              <button type="submit" className="button button--secondary">
                {t("talkSignup.event.cancel")}
              </button>
            </ActionForm>
          </>
        ) : data.placesLeft > 0 ? (
          <ActionForm id="signup" intent="signup" result={result}>
            <button type="submit" className="button">
              {t("talk.signup.submit")}
            </button>
          </ActionForm>
        ) : (
          <p>{t("talkSignup.full")}</p>
        )}
      </section>

      <section aria-labelledby="brochure-title">
        <h2 id="brochure-title">{t("talk.brochure")}</h2>
        <p className="prewrap">{talk.brochure}</p>
      </section>
      {data.featured.length > 0 ? (
        <section aria-labelledby="postings-title">
          <h2 id="postings-title">{t("talk.postings")}</h2>
          <ul>
            {data.featured.map((p) => (
              <li key={p.id}>
                <Link to={`/jobs/${p.id}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ShareCard
        qrPath={`/talks/${talk.id}`}
        wechat={data.share.wechat}
        weibo={data.share.weibo}
        title="talk.share.title"
        qrAlt="talk.share.qr"
      />
    </main>
  );
}
