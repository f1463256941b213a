import { renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface PostingTakedownProps {
  postingTitle: string;
  /** Staff's reason, shown to the employer and to reporters. */
  reason: string;
  /** "employer": your posting was taken down; "reporter": the posting you reported was taken down. */
  audience: "employer" | "reporter";
}

export function postingTakedownMail(props: PostingTakedownProps, locale: MailLocale): RenderedMail {
  const en = locale === "en";
  const subject =
    props.audience === "employer"
      ? en
        ? `Posting taken down: ${props.postingTitle}`
        : `岗位已被下架：${props.postingTitle}`
      : en
        ? `Your report was acted on: ${props.postingTitle}`
        : `您举报的岗位已被下架：${props.postingTitle}`;
  const body =
    props.audience === "employer"
      ? en
        ? "After reports from users, the career centre took this posting down. It no longer appears in search."
        : "根据用户举报，就业指导中心已将该岗位下架，它已不再出现在搜索结果中。"
      : en
        ? "Thank you for your report. The career centre reviewed it and took the posting down."
        : "感谢您的举报。就业指导中心已核实并将该岗位下架。";
  const reasonLine = `${en ? "Reason" : "原因"}：${props.reason}`;
  return renderMail({
    locale,
    subject,
    text: `${props.postingTitle}\n\n${body}\n\n${reasonLine}`,
    footer:
      props.audience === "employer"
        ? en
          ? "You receive this because your organisation published this posting."
          : "您收到此邮件是因为贵单位发布了该岗位。"
        : en
          ? "You receive this because you reported this posting while signed in."
          : "您收到此邮件是因为您登录后举报了该岗位。",
    body: (
      <>
        <p>
          <strong>{props.postingTitle}</strong>
        </p>
        <p>{body}</p>
        <p style={{ background: "#fdf0f0", padding: 12, borderLeft: "4px solid #9b1c1c" }}>{reasonLine}</p>
      </>
    ),
  });
}
