import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface PasswordResetProps {
  displayName: string;
  resetUrl: string;
  minutes: number;
  forgotUrl: string;
}

/** The one-time link asked for on "forgot your password". */
export function passwordResetMail(props: PasswordResetProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      subject: "Reset your jiuye password",
      footer: "If you did not ask for this, ignore this mail: your password stays as it is.",
      body: (
        <>
          <p>Dear {props.displayName},</p>
          <p>
            Someone, hopefully you, asked to reset the password of your jiuye account. Open the link below within{" "}
            {props.minutes} minutes to choose a new password. It works once; choosing a new password signs you out on
            every device.
          </p>
          <p>
            <a href={props.resetUrl} style={buttonStyle}>
              Choose a new password
            </a>
          </p>
          <p>If the link has expired, ask for a new one: {props.forgotUrl}</p>
        </>
      ),
      text: `Dear ${props.displayName},\n\nSomeone, hopefully you, asked to reset the password of your jiuye account. Open this link within ${props.minutes} minutes to choose a new password. It works once; choosing a new password signs you out on every device:\n${props.resetUrl}\n\nIf the link has expired, ask for a new one: ${props.forgotUrl}\n\nIf you did not ask for this, ignore this mail: your password stays as it is.`,
    });
  }
  return renderMail({
    locale,
    subject: "重置“就业”平台账户密码",
    footer: "如非本人操作，请忽略本邮件：您的密码不会改变。",
    body: (
      <>
        <p>{props.displayName}，您好：</p>
        <p>
          有人（希望是您本人）申请重置您在“就业”平台的账户密码。请在 {props.minutes}{" "}
          分钟内打开下面的链接设置新密码。链接只能使用一次；设置新密码后，所有设备上的登录都将退出。
        </p>
        <p>
          <a href={props.resetUrl} style={buttonStyle}>
            设置新密码
          </a>
        </p>
        <p>如链接已过期，请重新申请：{props.forgotUrl}</p>
      </>
    ),
    text: `${props.displayName}，您好：\n\n有人（希望是您本人）申请重置您在“就业”平台的账户密码。请在 ${props.minutes} 分钟内打开此链接设置新密码。链接只能使用一次；设置新密码后，所有设备上的登录都将退出：\n${props.resetUrl}\n\n如链接已过期，请重新申请：${props.forgotUrl}\n\n如非本人操作，请忽略本邮件：您的密码不会改变。`,
  });
}

export interface PasswordChangedProps {
  displayName: string;
  forgotUrl: string;
}

/** Sent once the password was reset from a link: the owner hears of it even if it was not them. */
export function passwordChangedMail(props: PasswordChangedProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      subject: "Your jiuye password was changed",
      footer: "You receive this because the password of your jiuye account was changed.",
      body: (
        <>
          <p>Dear {props.displayName},</p>
          <p>The password of your jiuye account was just changed from a reset link, and every device was signed out.</p>
          <p>
            If this was not you, reset it again at once ({props.forgotUrl}) and tell the career centre (就业指导中心).
          </p>
        </>
      ),
      text: `Dear ${props.displayName},\n\nThe password of your jiuye account was just changed from a reset link, and every device was signed out.\n\nIf this was not you, reset it again at once (${props.forgotUrl}) and tell the career centre (就业指导中心).`,
    });
  }
  return renderMail({
    locale,
    subject: "您的“就业”平台账户密码已更改",
    footer: "您收到此邮件是因为您在“就业”平台的账户密码已更改。",
    body: (
      <>
        <p>{props.displayName}，您好：</p>
        <p>您的账户密码刚刚通过重置链接完成更改，所有设备上的登录均已退出。</p>
        <p>如非本人操作，请立即重新重置密码（{props.forgotUrl}）并联系就业指导中心。</p>
      </>
    ),
    text: `${props.displayName}，您好：\n\n您的账户密码刚刚通过重置链接完成更改，所有设备上的登录均已退出。\n\n如非本人操作，请立即重新重置密码（${props.forgotUrl}）并联系就业指导中心。`,
  });
}
