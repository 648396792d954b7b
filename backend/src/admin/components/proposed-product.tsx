import { Photo } from "@medusajs/icons"
import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useModerate } from "../hooks/moderation"
import { dateTime, money } from "../lib/format"
import { ProposedProduct as Product } from "../lib/types"
import { Status } from "./status"
import { TextPrompt } from "./text-prompt"

/** One product of the review queue: what the shopper would see, who sells it, and the decision. */
export function ProposedProduct({ product }: { product: Product }) {
  const { mutate, isPending, variables } = useModerate()
  const [rejecting, setRejecting] = useState(false)
  const images = product.images.length ? product.images.map((i) => i.url) : product.thumbnail ? [product.thumbnail] : []

  const decide = (decision: "approve" | "reject", reason?: string) =>
    mutate(
      { id: product.id, decision, reason },
      {
        onSuccess: () => {
          setRejecting(false)
          toast.success(decision === "approve" ? `"${product.title}" is published` : `"${product.title}" is rejected`)
        },
      }
    )

  return (
    <div className="flex flex-col gap-4 px-6 py-4 md:flex-row">
      <div className="bg-ui-bg-subtle flex h-32 w-32 shrink-0 items-center justify-center overflow-hidden rounded-lg border">
        {images[0] ? (
          <img src={product.thumbnail ?? images[0]} alt={product.title} className="h-full w-full object-cover" />
        ) : (
          <Photo className="text-ui-fg-muted" />
        )}
      </div>

      <div className="flex min-w-0 flex-1 flex-col gap-y-2">
        <div className="flex flex-wrap items-center gap-x-2">
          <Link to={`/products/${product.id}`} className="hover:underline">
            <Text weight="plus">{product.title}</Text>
          </Link>
          {product.categories.map((c) => (
            <Badge key={c.name} size="2xsmall">
              {c.name}
            </Badge>
          ))}
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {product.seller ? (
            <>
              by{" "}
              <Link to={`/sellers/${product.seller.id}`} className="text-ui-fg-interactive hover:underline">
                {product.seller.name}
              </Link>{" "}
              {/* A seller that is no longer approved cannot sell what gets published. */}
              {product.seller.status !== "approved" && <Status value={product.seller.status} />}
            </>
          ) : (
            "No seller"
          )}
          {" · proposed "}
          {dateTime(product.updated_at)}
        </Text>
        {product.subtitle && <Text size="small">{product.subtitle}</Text>}
        <Text size="small" className="whitespace-pre-line">
          {product.description || "No description."}
        </Text>
        {images.length > 1 && (
          <div className="flex flex-wrap gap-2">
            {images.map((url) => (
              <a key={url} href={url} target="_blank" rel="noreferrer">
                <img src={url} alt="" className="h-14 w-14 rounded-md border object-cover" />
              </a>
            ))}
          </div>
        )}
        <div className="overflow-hidden rounded-lg border">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Variant</Table.HeaderCell>
                <Table.HeaderCell>Prices</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {product.variants.map((variant) => (
                <Table.Row key={variant.id}>
                  <Table.Cell>{variant.title}</Table.Cell>
                  <Table.Cell>{variant.prices.map((p) => money(p.amount, p.currency_code)).join(", ") || "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>

      <div className="flex shrink-0 gap-x-2 md:flex-col md:gap-y-2">
        <Button size="small" disabled={isPending} isLoading={isPending && variables?.decision === "approve"} onClick={() => decide("approve")}>
          Approve
        </Button>
        <Button size="small" variant="danger" disabled={isPending} onClick={() => setRejecting(true)}>
          Reject
        </Button>
      </div>

      {rejecting && (
        <TextPrompt
          title="Reject product"
          description={`The seller sees this reason for "${product.title}" and can edit the product to send it back for review.`}
          label="Reason"
          confirm="Reject"
          required
          danger
          pending={isPending}
          onConfirm={(reason) => decide("reject", reason)}
          onClose={() => setRejecting(false)}
        />
      )}
    </div>
  )
}
