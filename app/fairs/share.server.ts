/**
 * Sharing a fair or a booth like a posting (issue 13: "public pages, share cards and QR like
 * postings"): texts for WeChat/QQ groups and Weibo in the reader's language, the Open Graph tags'
 * texts, and the QR codes of the public pages. Only what is public is shared: a draft fair or an
 * unapproved booth is 404 here as on its page.
 */
import { z } from "zod";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { translate, type Locale } from "../i18n/messages";
import { qrResponse } from "../seo/qr.server";
import { getPublicBooth, getPublicFair } from "./fairs.server";
import { notFound, orDeny } from "../http.server";

export interface ShareTexts {
  wechat: string;
  weibo: string;
  ogTitle: string;
  ogDescription: string;
}

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function fairShareTexts(
  locale: Locale,
  fair: {
    title: string;
    theme: string;
    description: string;
    startsOn: string;
    endsOn: string;
    liveFrom: string;
    liveUntil: string;
  },
  booths: number,
  url: string,
): ShareTexts {
  const when = translate(locale, "fair.share.when", {
    from: fair.startsOn,
    to: fair.endsOn,
    hours: `${fair.liveFrom}–${fair.liveUntil}`,
  });
  const params = { fair: fair.title, when, booths, url, theme: fair.theme || fair.title };
  return {
    wechat: translate(locale, "fair.share.wechat", params),
    weibo: translate(locale, "fair.share.weibo", params),
    ogTitle: oneLine(fair.title, 80),
    ogDescription: oneLine(`${when} ${translate(locale, "fair.share.booths", { booths })} ${fair.description}`, 160),
  };
}

export function boothShareTexts(
  locale: Locale,
  booth: { employerName: string; intro: string; fairTitle: string; postings: string[] },
  url: string,
): ShareTexts {
  const params = {
    employer: booth.employerName,
    fair: booth.fairTitle,
    postings: booth.postings.slice(0, 5).join("、") || "—",
    url,
  };
  return {
    wechat: translate(locale, "fairBooth.share.wechat", params),
    weibo: translate(locale, "fairBooth.share.weibo", params),
    ogTitle: oneLine(`${booth.employerName}｜${booth.fairTitle}`, 80),
    ogDescription: oneLine(`${translate(locale, "fairBooth.share.og", params)} ${booth.intro}`, 160),
  };
}

export async function fairQr(params: { id?: string }, format: "png" | "svg") {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const page = await orDeny(getPublicFair(await getDb(), id.data));
  return qrResponse(`${getEnv().publicUrl}/fairs/${page.fair.id}`, format);
}

export async function boothQr(params: { id?: string; boothId?: string }, format: "png" | "svg") {
  const ids = z.object({ id: z.uuid(), boothId: z.uuid() }).safeParse(params);
  if (!ids.success) notFound();
  const page = await orDeny(getPublicBooth(await getDb(), { fairId: ids.data.id, boothId: ids.data.boothId }));
  return qrResponse(`${getEnv().publicUrl}/fairs/${page.fair.id}/booths/${page.booth.id}`, format);
}
