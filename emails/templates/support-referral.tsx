import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface SupportReferralProps {
  graduateName: string;
  postingTitle: string;
  employerName: string;
  /** The counsellor's words to the graduate; may be empty. */
  note: string;
  counsellorName: string;
  url: string;
}

/**
 * A posting recommended by the graduate's career counsellor (一人一策 重点推荐). Says nothing of
 * why the graduate receives support: the mail may be read by others.
 */
export function supportReferralMail(props: SupportReferralProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    const greeting = `Dear ${props.graduateName},`;
    const body = `${props.counsellorName} of the career centre recommends this posting to you. Have a look and apply if it suits you; reply to your counsellor with any questions.`;
    return renderMail({
      locale,
      subject: `Recommended for you: ${props.postingTitle}`,
      footer: "You receive this because you are a graduate on the school's roster.",
      body: (
        <>
          <p>{greeting}</p>
          <p>{body}</p>
          <p>
            <strong>{props.postingTitle}</strong> · {props.employerName}
          </p>
          {props.note ? <p>“{props.note}”</p> : null}
          <p>
            <a href={props.url} style={buttonStyle}>
              View the posting
            </a>
          </p>
        </>
      ),
      text: `${greeting}\n\n${body}\n\n${props.postingTitle} · ${props.employerName}\n${props.note ? `\n“${props.note}”\n` : ""}\nView the posting: ${props.url}`,
    });
  }
  const greeting = `${props.graduateName}同学：`;
  // A staff account may already be named after the centre ("就业指导中心"): name it once.
  const who = props.counsellorName.includes("就业指导中心")
    ? props.counsellorName
    : `就业指导中心${props.counsellorName}`;
  const body = `${who}向你推荐以下岗位。请查看，合适即可投递；如有疑问请联系你的就业指导老师。`;
  return renderMail({
    locale,
    subject: `为你推荐岗位：${props.postingTitle}`,
    footer: "您收到此邮件是因为您在本校毕业生名册中。",
    body: (
      <>
        <p>{greeting}</p>
        <p>{body}</p>
        <p>
          <strong>{props.postingTitle}</strong> · {props.employerName}
        </p>
        {props.note ? <p>“{props.note}”</p> : null}
        <p>
          <a href={props.url} style={buttonStyle}>
            查看岗位
          </a>
        </p>
      </>
    ),
    text: `${greeting}\n\n${body}\n\n${props.postingTitle} · ${props.employerName}\n${props.note ? `\n“${props.note}”\n` : ""}\n查看岗位：${props.url}`,
  });
}
