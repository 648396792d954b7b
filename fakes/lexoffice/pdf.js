"use strict"

const TITLES = { invoice: "Rechnung", creditnote: "Gutschrift" }

/**
 * The rendered document of a finalized voucher: one A4 page with its number, date, recipient, lines and totals.
 * @param {"invoice" | "creditnote"} kind
 * @param {any} voucher the voucher as the API returns it
 * @returns {Buffer}
 */
function voucherPdf(kind, voucher) {
  const money = (amount) => `${amount.toFixed(2)} ${voucher.totalPrice.currency}`
  const { totalNetAmount, totalTaxAmount, totalGrossAmount } = voucher.totalPrice
  return pdf([
    `${TITLES[kind]} ${voucher.voucherNumber}`,
    `Datum: ${voucher.voucherDate.slice(0, 10)}`,
    voucher.address.name ?? "",
    "",
    ...voucher.lineItems.map((line) =>
      line.type === "text" ? line.name : `${line.quantity} ${line.unitName} ${line.name}: ${money(line.lineItemAmount)}`
    ),
    "",
    `Netto: ${money(totalNetAmount)}`,
    `USt: ${money(totalTaxAmount)}`,
    `Gesamt: ${money(totalGrossAmount)}`,
  ])
}

/**
 * A one-page PDF 1.4 showing lines of Helvetica text. Small, but valid: the xref table holds the exact byte
 * offsets, so readers and parsers open it. Text outside Latin-1 is shown as "?".
 * @param {string[]} lines
 */
function pdf(lines) {
  const escape = (line) => line.replace(/[^\x20-\x7e\xa0-\xff]/g, "?").replace(/[\\()]/g, "\\$&")
  const content = ["BT", "/F1 11 Tf", "14 TL", "56 800 Td", ...lines.map((line) => `(${escape(line)}) '`), "ET"].join("\n")
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]
  // Latin-1 throughout, so a string's length is its size in bytes.
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
  const offsets = objects.map((object, index) => {
    const offset = out.length
    out += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, "latin1")
}

module.exports = { voucherPdf }
