import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { partyOf } from "../auth/actor";
import { requireUser } from "../auth/session.server";
import { getDb } from "../db.server";
import { forbidden, notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { roomScreen } from "../talks/talks.server";

export const meta = pageTitle("talk.screen.title");

/** Half the code's 60-second window (app/talks/check-in.server.ts), so the screen is never stale. */
const REFRESH_MS = 30_000;

/**
 * The room screen (projector) for school staff and the talk's employer: the current check-in code
 * as a QR code. The code changes every minute, so the page reloads itself (a meta refresh without
 * JavaScript); the domain refuses anyone else.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  // A staff account without a scope is misconfigured and denied (app/auth/session.server.ts).
  const screen = await orDeny(roomScreen(await getDb(), partyOf(user) ?? forbidden(), { talkId: id.data }));
  return { title: screen.talk.title, svg: screen.svg, open: screen.open };
}

export default function RoomScreen() {
  const { title, svg, open } = useLoaderData<typeof loader>();
  const t = useT();
  const revalidator = useRevalidator();
  useEffect(() => {
    const timer = window.setInterval(() => revalidator.revalidate(), REFRESH_MS);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the revalidator changes on every render
  }, []);
  return (
    <main id="main">
      <noscript>
        <meta httpEquiv="refresh" content="30" />
      </noscript>
      <h1>{title}</h1>
      <p>{open ? t("talk.screen.scan") : t("talk.checkIn.closed")}</p>
      <div
        role="img"
        aria-label={t("talk.screen.qr")}
        style={{ maxWidth: "min(90vw, 70vh)", margin: "0 auto" }}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </main>
  );
}
