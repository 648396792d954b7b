import { expect } from "@playwright/test"

// The fake SMTP server's mailbox that `npm start` runs (fakes/smtp).
const MAILBOX_URL = process.env.MAILBOX_URL ?? "http://127.0.0.1:8025"

type Message = { to: string[]; text: string | null; headers: Record<string, string> }

/** The link starting with `prefix` in the newest e-mail of a type (`X-Agora-Notification`) sent to `to`, once it is there. */
export async function mailedLink(to: string, type: string, prefix: string): Promise<string> {
  let link: string | undefined
  await expect
    .poll(
      async () => {
        const response = await fetch(`${MAILBOX_URL}/api/messages?to=${encodeURIComponent(to)}`)
        const { messages } = (await response.json()) as { messages: Message[] }
        const text = messages.find((m) => m.headers["x-agora-notification"] === type)?.text ?? ""
        link = text.split(/\s+/).find((word) => word.startsWith(prefix))
        return Boolean(link)
      },
      { message: `a ${type} e-mail to ${to} with a link to ${prefix}`, timeout: 20_000 }
    )
    .toBe(true)
  return link!
}
