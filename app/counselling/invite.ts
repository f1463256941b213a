/**
 * The iCalendar invite of a counselling booking, built with the interviews' RFC 5545 writer.
 * UID is stable per booking; SEQUENCE is the booking's `sequence`, raised by every change.
 * Pure module apart from DTSTAMP defaulting to now.
 */
import { buildInvite, type CalendarPerson } from "../interviews/ical";
import type { CounsellingMode } from "../../vocabulary";
import { translate } from "../i18n/messages";

export const counsellingUid = (bookingId: string) => `counselling-${bookingId}@jiuye`;

export type CounsellingInviteInput = {
  bookingId: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  startsAt: Date;
  endsAt: Date;
  mode: CounsellingMode;
  location: string;
  topic: { nameZh: string; nameEn: string };
  question: string;
  counsellor: CalendarPerson;
  graduate: CalendarPerson;
  dtstamp?: Date;
};

export function counsellingInvite(input: CounsellingInviteInput): string {
  // One calendar file for both sides: the topic and the mode in both languages.
  const mode = {
    zh: translate("zh-CN", `counselling.mode.${input.mode}`),
    en: translate("en", `counselling.mode.${input.mode}`),
  };
  const isLink = input.mode === "video" && /^https?:\/\//.test(input.location.trim());
  return buildInvite({
    uid: counsellingUid(input.bookingId),
    sequence: input.sequence,
    method: input.method,
    start: input.startsAt,
    end: input.endsAt,
    summary: `就业咨询 Career counselling：${input.topic.nameZh} · ${input.counsellor.name} · ${input.graduate.name}`,
    description: [
      `${input.topic.nameZh} / ${input.topic.nameEn}`,
      `${mode.zh} / ${mode.en}: ${input.location}`,
      input.question.trim() ? `问题 Question: ${input.question.trim()}` : null,
    ]
      .filter(Boolean)
      .join("\n"),
    location: input.location,
    url: isLink ? input.location.trim() : undefined,
    organizer: input.counsellor,
    attendees: [input.graduate],
    dtstamp: input.dtstamp,
  });
}
