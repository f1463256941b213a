import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { translate } from "../i18n/messages";
import { nameFor, textFor } from "../i18n/names";
import { resolveLocale } from "../i18n/locale.server";
import { buildProgrammeFeed } from "../programmes/ical";
import { listProgrammeWindows } from "../programmes/programmes.server";

/** /programmes/<slug>.ics: the programme's confirmed windows, public, in the reader's language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request);
  const { programme, windows } = await orDeny(listProgrammeWindows(await getDb(), { slug: params.slug }));
  const name = translate(locale, { key: "app.name" });
  const programmeName = nameFor(locale, programme);
  const origin = new URL(request.url).origin;
  const body = buildProgrammeFeed({
    name: `${programmeName} · ${name}`,
    dtstamp: new Date(),
    events: windows.map((window) => ({
      uid: `programme-window-${window.id}@jiuye`,
      opensOn: window.opensOn,
      closesOn: window.closesOn,
      summary: `${programmeName}：${translate(locale, `programme.window.${window.kind}`)}${window.province ? `（${window.province}）` : ""}`,
      description: [
        textFor(locale, { zh: window.noteZh, en: window.noteEn }),
        `${translate(locale, "programme.source")}: ${window.source}`,
      ]
        .filter(Boolean)
        .join("\n"),
      url: `${origin}/programmes/${programme.slug}`,
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${programme.slug}.ics"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
