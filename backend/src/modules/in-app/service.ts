import { ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"

/**
 * The `in_app` channel. The notification module stores every notification it sends, so the stored row is the
 * in-app notification (read by `GET /store/notifications`); there is nothing to deliver.
 */
export class InAppNotificationService extends AbstractNotificationProviderService {
  static identifier = "in-app"

  async send(): Promise<ProviderSendNotificationResultsDTO> {
    return {}
  }
}
