import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { Transporter } from "nodemailer"

export type SmtpOptions = {
  /** smtp://user:pass@host:port or smtps://…; without it the e-mail is logged, not sent. */
  url?: string
  from: string
}

/**
 * Sends e-mail notifications over SMTP. The workflows render each e-mail (subject, text and HTML) and pass it
 * as the notification's `content`, so this provider only delivers.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  private readonly transport: Transporter | null

  constructor(
    private readonly deps: { logger: Logger },
    private readonly options: SmtpOptions
  ) {
    super()
    this.transport = options.url ? nodemailer.createTransport(options.url, { from: options.from }) : null
  }

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "smtp notification provider: option `from` is required")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { subject, text, html } = notification.content ?? {}
    if (!subject || !text) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `e-mail ${notification.template} to ${notification.to} has no rendered content`)
    }
    if (!this.transport) {
      this.deps.logger.info(`e-mail not sent (no SMTP_URL): "${subject}" to ${notification.to}`)
      return {}
    }
    const locale = (notification.data as { locale?: unknown } | null)?.locale
    const sent = await this.transport.sendMail({
      from: notification.from || this.options.from,
      to: notification.to,
      subject,
      text,
      html,
      // The type lets mail rules and tests tell e-mails apart; the language is the recipient's.
      headers: { "X-Agora-Notification": notification.template, ...(typeof locale === "string" ? { "Content-Language": locale } : {}) },
    })
    return { id: sent.messageId }
  }
}
