import { LexofficeClient, LexofficeVoucherType } from "../../lib/client"

type Search = {
  voucherType: LexofficeVoucherType
  contactId?: string | null
  /** When the first attempt began: a voucher of this record cannot be older. */
  since: Date | string
  /** Whether the voucher with this id is the one sought (read it and compare its reference). */
  isIt: (id: string) => Promise<boolean>
}

const PAGE_SIZE = 100
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A voucher an earlier attempt created although it did not learn so (a create that timed out or
 * failed with a 5xx may have happened: Lexoffice has no idempotency keys). Null when there is none.
 */
export async function findVoucher(client: LexofficeClient, { voucherType, contactId, since, isIt }: Search): Promise<string | null> {
  // The day before, in case Lexoffice counts days in Berlin time.
  const createdDateFrom = new Date(new Date(since).getTime() - DAY_MS).toISOString().slice(0, 10)
  for (let page = 0; ; page++) {
    const list = await client.voucherList({
      voucherType,
      voucherStatus: ["open", "paid", "paidoff", "voided"],
      ...(contactId ? { contactId } : {}),
      createdDateFrom,
      page,
      size: PAGE_SIZE,
    })
    for (const voucher of list.content) if (await isIt(voucher.id)) return voucher.id
    if (list.last || list.content.length === 0) return null
  }
}
