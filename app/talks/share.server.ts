/**
 * Sharing an approved talk like a posting: WeChat/QQ and Weibo texts in the reader's language, the
 * Open Graph texts, and the QR code of the public page (404 for a talk that is not public).
 */
import { z } from "zod";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { notFound, orDeny } from "../http.server";
import { translate, type Locale } from "../i18n/messages";
import { qrResponse } from "../seo/qr.server";
import type { TalkMode, TalkSlot } from "../../vocabulary";
import { getPublicTalk } from "./talks.server";

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function talkShareTexts(
  locale: Locale,
  talk: {
    title: string;
    employerName: string;
    talkDate: string;
    slot: TalkSlot;
    mode: TalkMode;
    place: string | null;
    brochure: string;
    postings: string[];
  },
  url: string,
) {
  const params = {
    employer: talk.employerName,
    talk: talk.title,
    when: `${talk.talkDate} ${translate(locale, `talk.slot.${talk.slot}`)}`,
    place: talk.place ?? translate(locale, `talk.mode.${talk.mode}`),
    postings: talk.postings.slice(0, 5).join("、") || "—",
    url,
  };
  return {
    wechat: translate(locale, "talk.share.wechat", params),
    weibo: translate(locale, "talk.share.weibo", params),
    ogTitle: oneLine(`${talk.employerName}｜${talk.title}`, 80),
    ogDescription: oneLine(`${translate(locale, "talk.share.og", params)} ${talk.brochure}`, 160),
  };
}

export async function talkQr(params: { id?: string }, format: "png" | "svg") {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  await orDeny(getPublicTalk(await getDb(), id.data));
  return qrResponse(`${getEnv().publicUrl}/talks/${id.data}`, format);
}
