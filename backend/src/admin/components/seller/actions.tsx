import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { SellerAction, useSellerAction } from "../../hooks/sellers"
import { SellerDetail, SellerStatus } from "../../lib/types"
import { TextPrompt } from "../text-prompt"

// The transitions the seller workflows allow (backend/src/workflows/seller).
const allowed: Record<SellerStatus, SellerAction[]> = {
  pending: ["approve", "reject"],
  rejected: ["approve"],
  approved: ["suspend"],
  suspended: ["reinstate"],
}

const labels: Record<SellerAction, string> = { approve: "Approve", reject: "Reject", suspend: "Suspend", reinstate: "Reinstate" }
const done: Record<SellerAction, string> = { approve: "approved", reject: "rejected", suspend: "suspended", reinstate: "reinstated" }

// Rejecting and suspending need a reason, which the seller sees.
const prompts = {
  reject: { title: "Reject seller", description: "The seller sees this reason and cannot sell." },
  suspend: {
    title: "Suspend seller",
    description: "The seller's products leave the store until you reinstate them. The seller sees this reason.",
  },
}

/** The status changes valid for the seller's current status. */
export function SellerActions({ seller }: { seller: SellerDetail }) {
  const { mutate, isPending, variables } = useSellerAction(seller.id)
  const [asking, setAsking] = useState<keyof typeof prompts>()

  const run = (action: SellerAction, reason?: string) =>
    mutate(
      { action, reason },
      {
        onSuccess: () => {
          setAsking(undefined)
          toast.success(`${seller.name} is ${done[action]}`)
        },
      }
    )

  return (
    <>
      {allowed[seller.status].map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === "approve" || action === "reinstate" ? "primary" : "danger"}
          disabled={isPending}
          isLoading={isPending && variables?.action === action && !asking}
          onClick={() => (action === "reject" || action === "suspend" ? setAsking(action) : run(action))}
        >
          {labels[action]}
        </Button>
      ))}
      {asking && (
        <TextPrompt
          {...prompts[asking]}
          label="Reason"
          confirm={labels[asking]}
          required
          danger
          pending={isPending}
          onConfirm={(reason) => run(asking, reason)}
          onClose={() => setAsking(undefined)}
        />
      )}
    </>
  )
}
