"use strict"

const { randomUUID } = require("node:crypto")
const { voucherPdf } = require("./pdf")
const { LexofficeError, violations, lexDate, page } = require("./shapes")
const { scaled, counterpart, voucherTotals } = require("./totals")

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const COUNTRY = /^[A-Z]{2}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const LINE_TYPES = ["custom", "material", "service", "text"]
// Every type but gross and net is vat-free (all lines at 0 %); all of those but "vatfree" need a referenced contact.
const TAX_TYPES = [
  "gross",
  "net",
  "vatfree",
  "intraCommunitySupply",
  "constructionService13b",
  "externalService13b",
  "thirdPartyCountryService",
  "thirdPartyCountryDelivery",
  "photovoltaicEquipment",
]
const SHIPPING_TYPES = ["service", "serviceperiod", "delivery", "deliveryperiod", "none"]
const LIST_TYPES = [
  "invoice",
  "creditnote",
  "salesinvoice",
  "salescreditnote",
  "purchaseinvoice",
  "purchasecreditnote",
  "orderconfirmation",
  "quotation",
  "deliverynote",
  "downpaymentinvoice",
  "any",
]
const LIST_STATUSES = [
  ...["draft", "open", "overdue", "paid", "paidoff", "voided", "transferred", "sepadebit"],
  ...["accepted", "rejected", "unchecked", "any"],
]
const ADDRESS_FIELDS = ["name", "supplement", "street", "city", "zip", "countryCode"]
const MAX_RATE = 3000 // 30 %, ×10^2
const ALPHA_2 = "must be an ISO 3166 alpha-2 country code"

const KINDS = /** @type {const} */ ({
  invoice: { prefix: "RE", event: "invoice", open: "openRevenue" },
  creditnote: { prefix: "GS", event: "credit-note", open: "openExpense" },
})

/**
 * The organisation's books: contacts, invoices, credit notes and the payments booked on them, with Lexoffice's
 * validation. Vouchers are stored as the API returns them; their money is also kept in cents in `ledger`.
 * @param {{ organizationId: string, onEvent: (eventType: string, resourceId: string) => void }} options
 *   onEvent is called for every change Lexoffice announces by webhook.
 */
function createBooks({ organizationId, onEvent }) {
  const contacts = new Map()
  const invoices = new Map()
  const creditNotes = new Map()
  /**
   * @type {Map<string, { kind: "invoice" | "creditnote", seq: number, voucher: any, gross: number, paid: number,
   *   items: object[] }>}
   */
  const ledger = new Map()
  const counters = { customer: 0, vendor: 0, invoice: 0, creditnote: 0 }

  function createContact(body) {
    const { roles, ...fields } = contactFields(body)
    const numbered = {}
    if (roles.includes("customer")) numbered.customer = { number: 10_000 + ++counters.customer }
    if (roles.includes("vendor")) numbered.vendor = { number: 70_000 + ++counters.vendor }
    const contact = { id: randomUUID(), organizationId, version: 1, roles: numbered, ...fields, archived: false }
    contacts.set(contact.id, contact)
    onEvent("contact.created", contact.id)
    return contact
  }

  function contact(id) {
    const found = contacts.get(id)
    if (!found) throw new LexofficeError(404, `No contact with id ${id}`)
    return found
  }

  /** Filters email (any of the contact's addresses, case-insensitive), name (part of it), number, customer, vendor. */
  function findContacts(query) {
    const email = query.get("email")?.toLowerCase()
    const name = query.get("name")?.toLowerCase()
    const number = query.get("number")
    const found = [...contacts.values()].filter(
      (candidate) =>
        (!email || emailsOf(candidate).includes(email)) &&
        (!name || contactName(candidate).toLowerCase().includes(name)) &&
        (!number || [candidate.roles.customer?.number, candidate.roles.vendor?.number].includes(Number(number))) &&
        hasRole(candidate, "customer", query.get("customer")) &&
        hasRole(candidate, "vendor", query.get("vendor"))
    )
    return page(found, query)
  }

  /**
   * @param {"invoice" | "creditnote"} kind
   * @param {{ finalize: boolean, precedingSalesVoucherId?: string | null }} options
   */
  function createVoucher(kind, body, options) {
    const { finalize, precedingSalesVoucherId } = options
    requireObject(body)
    const problems = violations()
    const { lines, gross, totalDiscount, ...fields } = voucherFields(kind, body, problems)
    const preceding = precedingSalesVoucherId ? invoices.get(precedingSalesVoucherId) : undefined
    if (precedingSalesVoucherId && !preceding) problems.add("precedingSalesVoucherId", "INVALID", "no invoice with this id")
    if (preceding?.voucherStatus === "draft") problems.add("precedingSalesVoucherId", "INVALID", "must be a finalized invoice")
    problems.check()

    const priced = lines.filter((line) => line.money)
    const totals = voucherTotals(priced.map((line) => line.money), { gross, totalDiscount })
    if (totals.gross < 0) {
      const negative = violations()
      negative.add("totalPrice.totalGrossAmount", "MIN", "must not be negative")
      negative.check()
    }
    const amounts = new Map(priced.map((line, index) => [line, totals.amounts[index]]))
    const now = lexDate(new Date())
    const voucher = {
      id: randomUUID(),
      organizationId,
      createdDate: now,
      updatedDate: now,
      version: 1,
      language: "de",
      archived: false,
      voucherStatus: finalize ? "open" : "draft",
      ...(finalize && { voucherNumber: `${KINDS[kind].prefix}${String(++counters[kind]).padStart(4, "0")}` }),
      voucherDate: body.voucherDate,
      address: fields.address,
      lineItems: lines.map((line) => lineItem(line, gross, amounts.get(line))),
      totalPrice: {
        currency: "EUR",
        totalNetAmount: totals.net / 100,
        totalGrossAmount: totals.gross / 100,
        totalTaxAmount: totals.tax / 100,
        ...(totalDiscount > 0 && {
          totalDiscountPercentage: totalDiscount / 100,
          totalDiscountAbsolute: totals.discountAbsolute / 100,
        }),
      },
      taxAmounts: totals.taxAmounts.map(({ rate, net, tax }) => ({
        taxRatePercentage: rate / 100,
        taxAmount: tax / 100,
        netAmount: net / 100,
      })),
      ...fields.rest,
      relatedVouchers: preceding ? [{ id: preceding.id, voucherNumber: preceding.voucherNumber, voucherType: "invoice" }] : [],
      ...(preceding && { precedingSalesVoucherId: preceding.id }),
    }
    preceding?.relatedVouchers.push({ id: voucher.id, voucherNumber: voucher.voucherNumber, voucherType: "creditnote" })
    ledger.set(voucher.id, { kind, seq: ledger.size, voucher, gross: totals.gross, paid: 0, items: [] })
    ;(kind === "invoice" ? invoices : creditNotes).set(voucher.id, voucher)
    onEvent(`${KINDS[kind].event}.created`, voucher.id)
    return voucher
  }

  /** @param {"invoice" | "creditnote"} kind */
  function voucherOf(kind, id) {
    const found = (kind === "invoice" ? invoices : creditNotes).get(id)
    if (!found) throw new LexofficeError(404, `No ${kind === "invoice" ? "invoice" : "credit note"} with id ${id}`)
    return found
  }

  /** The rendered PDF; a draft has none yet. */
  function document(kind, id) {
    const found = voucherOf(kind, id)
    if (found.voucherStatus === "draft") throw new LexofficeError(406, "A draft voucher has no document")
    return voucherPdf(kind, found)
  }

  /** The ledger entry of a finalized invoice or credit note. */
  function booked(voucherId) {
    const entry = ledger.get(voucherId)
    if (!entry) throw new LexofficeError(404, `No voucher with id ${voucherId}`)
    if (entry.voucher.voucherStatus === "draft") throw new LexofficeError(406, "A draft voucher has no payments")
    return entry
  }

  /** @returns {import("./index").FakeLexofficePayment} */
  function payment(voucherId) {
    const { kind, voucher, gross, paid, items } = booked(voucherId)
    const open = gross - paid
    return {
      openAmount: open / 100,
      currency: "EUR",
      paymentStatus: open === 0 ? "balanced" : KINDS[kind].open,
      voucherType: kind,
      voucherStatus: voucher.voucherStatus,
      ...(open === 0 && items.length > 0 && { paidDate: items.at(-1).postingDate }),
      paymentItems: items.map((item) => ({ ...item })),
    }
  }

  /**
   * Books a manual payment (major units). At an open amount of 0 the voucher becomes "paid".
   * @returns the payments view after it
   */
  function pay(voucherId, amount) {
    const entry = booked(voucherId)
    const cents = scaled(amount, 2)
    const open = entry.gross - entry.paid
    if (cents === null || cents <= 0) throw new LexofficeError(400, "amount must be a positive number with at most 2 decimals")
    if (cents > open) throw new LexofficeError(400, `amount ${amount} exceeds the open amount ${open / 100}`)
    const now = lexDate(new Date())
    entry.paid += cents
    entry.items.push({ paymentItemType: "manualPayment", postingDate: now, amount: cents / 100, currency: "EUR" })
    const { voucher } = entry
    const before = voucher.voucherStatus
    if (entry.paid === entry.gross) voucher.voucherStatus = "paid"
    voucher.updatedDate = now
    voucher.version += 1
    onEvent("payment.changed", voucherId)
    if (voucher.voucherStatus !== before) onEvent(`${KINDS[entry.kind].event}.status.changed`, voucherId)
    return payment(voucherId)
  }

  /** voucherType and voucherStatus are mandatory; newest first. */
  function voucherList(query) {
    const problems = violations()
    const types = listParam(problems, query, "voucherType", LIST_TYPES)
    const statuses = listParam(problems, query, "voucherStatus", LIST_STATUSES)
    if (statuses.has("overdue") && statuses.size > 1) {
      problems.add("voucherStatus", "INVALID", "overdue cannot be combined with other statuses")
    }
    const days = {}
    for (const name of ["createdDateFrom", "createdDateTo", "voucherDateFrom", "voucherDateTo"]) {
      days[name] = query.get(name) || null
      if (days[name] && !DAY.test(days[name])) problems.add(name, "PATTERN", "must be a date yyyy-MM-dd")
    }
    problems.check()
    const contactId = query.get("contactId")
    const within = (date, from, to) => (!from || date.slice(0, 10) >= from) && (!to || date.slice(0, 10) <= to)
    const found = [...ledger.values()]
      .filter(
        ({ kind, voucher }) =>
          (types.has("any") || types.has(kind)) &&
          (statuses.has("any") || statuses.has(voucher.voucherStatus)) &&
          (!contactId || voucher.address.contactId === contactId) &&
          within(voucher.createdDate, days.createdDateFrom, days.createdDateTo) &&
          within(voucher.voucherDate, days.voucherDateFrom, days.voucherDateTo)
      )
      .sort((a, b) => b.seq - a.seq)
      .map(({ kind, voucher, gross, paid }) => ({
        id: voucher.id,
        voucherType: kind,
        voucherStatus: voucher.voucherStatus,
        voucherNumber: voucher.voucherNumber,
        voucherDate: voucher.voucherDate,
        createdDate: voucher.createdDate,
        updatedDate: voucher.updatedDate,
        dueDate: null,
        contactId: voucher.address.contactId ?? null,
        contactName: voucher.address.name,
        totalAmount: gross / 100,
        openAmount: (gross - paid) / 100,
        currency: "EUR",
        archived: false,
      }))
    return page(found, query)
  }

  /** Validates an invoice or credit note body; what it returns is only meaningful once `problems` passes. */
  function voucherFields(kind, body, problems) {
    checkDateTime(problems, body.voucherDate, "voucherDate")
    const taxType = body.taxConditions?.taxType
    if (taxType == null) problems.missing("taxConditions.taxType")
    else if (!TAX_TYPES.includes(taxType)) problems.add("taxConditions.taxType", "INVALID", oneOf(TAX_TYPES))
    const gross = taxType === "gross"
    const vatFree = !gross && taxType !== "net"
    const address = addressOf(problems, body.address, vatFree && taxType !== "vatfree")

    const currency = body.totalPrice?.currency
    if (currency == null) problems.missing("totalPrice.currency")
    else if (currency !== "EUR") problems.add("totalPrice.currency", "INVALID", "must be EUR")
    const totalDiscount = percentage(problems, body.totalPrice?.totalDiscountPercentage, "totalPrice.totalDiscountPercentage")

    /** @type {Array<{ fields: object, money?: { price: number, quantity: number, discount: number, rate: number } }>} */
    const lines = []
    if (!Array.isArray(body.lineItems) || body.lineItems.length === 0) problems.add("lineItems", "NOTEMPTY", "must not be empty")
    else body.lineItems.forEach((item, index) => lines.push(lineOf(problems, item, `lineItems[${index}]`, gross, vatFree)))

    if (kind === "invoice") checkShipping(problems, body.shippingConditions)
    for (const key of ["title", "introduction", "remark"]) {
      if (body[key] != null && typeof body[key] !== "string") problems.add(key, "INVALID", "must be a string")
    }
    const rest = {
      taxConditions: { taxType, ...(body.taxConditions?.taxTypeNote != null && { taxTypeNote: body.taxConditions.taxTypeNote }) },
      ...(kind === "invoice" && pick(body, ["paymentConditions", "shippingConditions"])),
      ...pick(body, ["title", "introduction", "remark"]),
    }
    return { address, lines, gross, totalDiscount, rest }
  }

  /** A voucher's recipient: a referenced contact (its name and billing address) or an inline address. */
  function addressOf(problems, address, needsContact) {
    if (!isObject(address)) {
      problems.missing("address")
      return null
    }
    const given = pick(address, ADDRESS_FIELDS)
    if (address.contactId != null) {
      const referenced = contacts.get(address.contactId)
      if (!referenced) {
        problems.add("address.contactId", "INVALID", "no contact with this id")
        return null
      }
      const billing = pick(referenced.addresses?.billing?.[0] ?? {}, ADDRESS_FIELDS)
      return { contactId: referenced.id, name: contactName(referenced), ...billing, ...given }
    }
    if (needsContact) problems.add("address.contactId", "NOTNULL", "this tax type needs a referenced contact")
    if (!isText(address.name)) problems.missing("address.name")
    if (address.countryCode == null) problems.missing("address.countryCode")
    else if (!COUNTRY.test(address.countryCode)) problems.add("address.countryCode", "PATTERN", ALPHA_2)
    return given
  }

  return {
    contacts,
    invoices,
    creditNotes,
    createContact,
    contact,
    findContacts,
    createVoucher,
    voucherOf,
    document,
    payment,
    pay,
    voucherList,
    /** Every finalized voucher's payments view, for the state endpoint. */
    payments: () =>
      [...ledger.values()]
        .filter(({ voucher }) => voucher.voucherStatus !== "draft")
        .map(({ voucher }) => ({ voucherId: voucher.id, ...payment(voucher.id) })),
  }
}

/** Validates one line item; a priced line also returns its money as integers for the totals. */
function lineOf(problems, item, at, gross, vatFree) {
  if (!isObject(item)) {
    problems.missing(at)
    return { fields: {} }
  }
  if (!LINE_TYPES.includes(item.type)) problems.add(`${at}.type`, "INVALID", oneOf(LINE_TYPES))
  if (!isText(item.name)) problems.missing(`${at}.name`)
  const fields = { type: item.type, name: item.name, ...pick(item, ["description"]) }
  if (item.type === "text") return { fields }

  const quantity = scaled(item.quantity, 4)
  if (item.quantity == null) problems.missing(`${at}.quantity`)
  else if (quantity === null || quantity <= 0) {
    problems.add(`${at}.quantity`, "INVALID", "must be a positive number with at most 4 decimals")
  }
  if (!isText(item.unitName)) problems.missing(`${at}.unitName`)
  const discount = percentage(problems, item.discountPercentage, `${at}.discountPercentage`)

  const unitPrice = item.unitPrice
  if (!isObject(unitPrice)) {
    problems.missing(`${at}.unitPrice`)
    return { fields }
  }
  if (unitPrice.currency == null) problems.missing(`${at}.unitPrice.currency`)
  else if (unitPrice.currency !== "EUR") problems.add(`${at}.unitPrice.currency`, "INVALID", "must be EUR")
  const rate = scaled(unitPrice.taxRatePercentage, 2)
  if (unitPrice.taxRatePercentage == null) problems.missing(`${at}.unitPrice.taxRatePercentage`)
  else if (rate === null || rate < 0 || rate > MAX_RATE) {
    problems.add(`${at}.unitPrice.taxRatePercentage`, "INVALID", "must be a percentage from 0 to 30 with at most 2 decimals")
  } else if (vatFree && rate !== 0) {
    problems.add(`${at}.unitPrice.taxRatePercentage`, "INVALID", "must be 0 for a vat-free tax type")
  }
  // The tax type decides which amount counts: grossAmount for gross, netAmount for all others.
  const key = gross ? "grossAmount" : "netAmount"
  const price = scaled(unitPrice[key], 4)
  if (unitPrice[key] == null) problems.missing(`${at}.unitPrice.${key}`)
  else if (price === null) problems.add(`${at}.unitPrice.${key}`, "INVALID", "must be a number with at most 4 decimals")
  return {
    fields: { ...fields, quantity: item.quantity, unitName: item.unitName },
    money: { price: price ?? 0, quantity: quantity ?? 0, discount, rate: rate ?? 0 },
  }
}

/**
 * A line item as the API returns it: both unit prices (the other one derived) and the line's amount.
 * @param {{ fields: object, money?: { price: number, rate: number, discount: number } }} line
 * @param {boolean} gross
 * @param {number} amount lineItemAmount in cents
 */
function lineItem({ fields, money }, gross, amount) {
  if (!money) return fields
  const other = counterpart(money.price, money.rate, gross) / 10_000
  const given = money.price / 10_000
  return {
    ...fields,
    unitPrice: {
      currency: "EUR",
      netAmount: gross ? other : given,
      grossAmount: gross ? given : other,
      taxRatePercentage: money.rate / 100,
    },
    discountPercentage: money.discount / 100,
    lineItemAmount: amount / 100,
  }
}

function contactFields(body) {
  requireObject(body)
  const problems = violations()
  if (body.version !== 0) problems.add("version", "INVALID", "must be 0 for a new contact")
  const roles = isObject(body.roles) ? ["customer", "vendor"].filter((role) => isObject(body.roles[role])) : []
  if (roles.length === 0) problems.add("roles", "NOTNULL", "must contain customer or vendor")
  const { person, company } = body
  if ((person == null) === (company == null)) problems.add("person", "INVALID", "exactly one of person and company must be given")
  else if (person != null && !isText(person.lastName)) problems.missing("person.lastName")
  else if (company != null && !isText(company.name)) problems.missing("company.name")
  const lists = (name, keys, valid, message) => singleEntries(problems, body[name], name, keys, valid, message)
  const isAddress = (address) => isObject(address) && COUNTRY.test(address.countryCode ?? "")
  lists("addresses", ["billing", "shipping"], isAddress, "needs an ISO 3166 alpha-2 countryCode")
  const isEmail = (email) => typeof email === "string" && EMAIL.test(email)
  lists("emailAddresses", ["business", "office", "private", "other"], isEmail, "must be an email address")
  lists("phoneNumbers", ["business", "office", "mobile", "private", "fax", "other"], isText, "must be a phone number")
  if (body.note != null && typeof body.note !== "string") problems.add("note", "INVALID", "must be a string")
  problems.check()
  return { roles, ...pick(body, ["person", "company", "addresses", "emailAddresses", "phoneNumbers", "note"]) }
}

/** The API writes at most one entry per list of a contact (it can read more). */
function singleEntries(problems, group, name, keys, valid, message) {
  if (group == null) return
  if (!isObject(group)) return problems.add(name, "INVALID", "must be an object")
  for (const key of keys) {
    const list = group[key]
    if (list == null) continue
    if (!Array.isArray(list) || list.length > 1) problems.add(`${name}.${key}`, "SIZE", "must be a list of at most one entry")
    else if (list.length === 1 && !valid(list[0])) problems.add(`${name}.${key}[0]`, "INVALID", message)
  }
}

function checkShipping(problems, shipping) {
  const type = shipping?.shippingType
  if (type == null) return problems.missing("shippingConditions.shippingType")
  if (!SHIPPING_TYPES.includes(type)) {
    return problems.add("shippingConditions.shippingType", "INVALID", oneOf(SHIPPING_TYPES))
  }
  if (type !== "none") checkDateTime(problems, shipping.shippingDate, "shippingConditions.shippingDate")
  if (type.endsWith("period")) checkDateTime(problems, shipping.shippingEndDate, "shippingConditions.shippingEndDate")
}

function checkDateTime(problems, value, field) {
  if (value == null) problems.missing(field)
  else if (typeof value !== "string" || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    problems.add(field, "PATTERN", "must be a date-time yyyy-MM-ddTHH:mm:ss.SSSXXX")
  }
}

/** An optional percentage with at most 2 decimals, ×10^2 (0 when absent). */
function percentage(problems, value, field) {
  if (value == null) return 0
  const units = scaled(value, 2)
  if (units === null || units < 0 || units > 10_000) {
    problems.add(field, "INVALID", "must be a percentage from 0 to 100 with at most 2 decimals")
    return 0
  }
  return units
}

/** A comma-separated, mandatory query parameter. */
function listParam(problems, query, name, allowed) {
  const raw = query.get(name)
  if (!raw) {
    problems.missing(name)
    return new Set()
  }
  const values = raw.split(",").map((value) => value.trim())
  const unknown = values.filter((value) => !allowed.includes(value))
  if (unknown.length > 0) problems.add(name, "INVALID", `unknown ${unknown.join(", ")}; one or more of ${allowed.join(", ")}`)
  return new Set(values)
}

function oneOf(values) {
  return `must be one of ${values.join(", ")}`
}

function contactName(contact) {
  return contact.company?.name ?? [contact.person?.firstName, contact.person?.lastName].filter(Boolean).join(" ")
}

function emailsOf(contact) {
  return Object.values(contact.emailAddresses ?? {})
    .flat()
    .map((email) => String(email).toLowerCase())
}

/** The customer=true|false and vendor=true|false filters. */
function hasRole(contact, role, wanted) {
  return !wanted || Object.hasOwn(contact.roles, role) === (wanted === "true")
}

function requireObject(body) {
  if (!isObject(body)) throw new LexofficeError(400, "The request body must be a JSON object")
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value)
}

function isText(value) {
  return typeof value === "string" && value.trim() !== ""
}

/** The keys of `source` that are set. */
function pick(source, keys) {
  return Object.fromEntries(keys.filter((key) => source[key] != null).map((key) => [key, source[key]]))
}

module.exports = { createBooks }
