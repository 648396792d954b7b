import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** The notification module's e-mail channel: SMTP through nodemailer. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
