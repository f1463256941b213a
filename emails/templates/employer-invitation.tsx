import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface EmployerInvitationProps {
  employerName: string;
  inviterName: string;
  acceptUrl: string;
  expiresOn: string;
}

export function employerInvitationMail(props: EmployerInvitationProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    const body = `${props.inviterName} invites you to recruit for ${props.employerName} on jiuye. The link works until ${props.expiresOn}.`;
    return renderMail({
      locale,
      subject: `Join ${props.employerName} on jiuye`,
      footer: "If you do not know this organisation, ignore this mail.",
      body: (
        <>
          <p>{body}</p>
          <p>
            <a href={props.acceptUrl} style={buttonStyle}>
              Accept the invitation
            </a>
          </p>
        </>
      ),
      text: `${body}\n\nAccept: ${props.acceptUrl}`,
    });
  }
  const body = `${props.inviterName} 邀请您加入“${props.employerName}”，在本平台共同开展校园招聘。链接有效期至 ${props.expiresOn}。`;
  return renderMail({
    locale,
    subject: `邀请您加入 ${props.employerName}`,
    footer: "如您不认识该单位，请忽略本邮件。",
    body: (
      <>
        <p>{body}</p>
        <p>
          <a href={props.acceptUrl} style={buttonStyle}>
            接受邀请
          </a>
        </p>
      </>
    ),
    text: `${body}\n\n接受邀请：${props.acceptUrl}`,
  });
}
