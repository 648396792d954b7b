"use client"

import { useActionState, useRef } from "react"

import { addTracking, markDelivered } from "@/lib/data/vendor-order-actions"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import type { FulfilmentStage } from "@/lib/workspace/fulfilment"
import { InputField } from "@/modules/common/components/form-field"
import FormStatus from "@/modules/common/components/form-status"
import { useFormAction } from "@/modules/common/use-form-action"

import { useRefocus } from "./use-refocus"

type Props = {
  locale: Locale
  orderId: string
  fulfilmentId: string
  stage: FulfilmentStage
  t: Pick<WorkspaceMessages, "order" | "errors" | "messages">
}

/**
 * What a parcel needs next: its tracking while packed ("Add tracking"), then "Mark as delivered". One status
 * region tells the result of both; delivery comes after tracking, so its result is the newer one once there.
 */
export default function ParcelActions({ locale, orderId, fulfilmentId, stage, t }: Props) {
  const tracking = useFormAction(addTracking, t)
  const [delivered, deliver, delivering] = useActionState(markDelivered, idle)
  const status = useRef<HTMLDivElement>(null)
  useRefocus(status, stage)
  const id = (field: string) => `${fulfilmentId}-${field}`
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="fulfillment_id" value={fulfilmentId} />
    </>
  )
  return (
    <div className="parcel-actions">
      {stage === "packed" && (
        <form ref={tracking.form} className="form workspace-form" action={tracking.action} noValidate>
          {hidden}
          <div className="workspace-form__pair">
            <InputField
              id={id("carrier")}
              name="carrier"
              label={t.order.carrier}
              error={tracking.error("carrier")}
              maxLength={60}
              required
              defaultValue={tracking.value("carrier")}
            />
            <InputField
              id={id("tracking-number")}
              name="tracking_number"
              label={t.order.trackingNumber}
              error={tracking.error("tracking_number")}
              maxLength={100}
              autoComplete="off"
              required
              defaultValue={tracking.value("tracking_number")}
            />
          </div>
          <InputField
            id={id("tracking-url")}
            name="tracking_url"
            label={t.order.trackingUrl}
            hint={t.order.trackingUrlHint}
            error={tracking.error("tracking_url")}
            type="url"
            inputMode="url"
            autoComplete="off"
            defaultValue={tracking.value("tracking_url")}
          />
          <button type="submit" className="button button--primary" disabled={tracking.pending}>
            {tracking.pending ? t.order.adding : t.order.addTracking}
          </button>
        </form>
      )}
      {stage === "shipped" && (
        <form action={deliver}>
          {hidden}
          <button type="submit" className="button" disabled={delivering}>
            {delivering ? t.order.marking : t.order.markDelivered}
          </button>
        </form>
      )}
      <div ref={status} tabIndex={-1} className="workspace-section__status">
        <FormStatus state={delivered.status !== "idle" ? delivered : tracking.state} messages={t.messages} />
      </div>
    </div>
  )
}
