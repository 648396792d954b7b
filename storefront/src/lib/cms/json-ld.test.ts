import { describe, expect, it } from "vitest"

import { faqJsonLd, serializeJsonLd } from "./json-ld"

describe("faqJsonLd", () => {
  it("builds a schema.org FAQPage from the questions and answers", () => {
    expect(
      faqJsonLd([
        { question: " How do I pay? ", answer: "By card or PayPal." },
        { question: "Empty answer", answer: " " },
      ])
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: [{ "@type": "Question", name: "How do I pay?", acceptedAnswer: { "@type": "Answer", text: "By card or PayPal." } }],
    })
  })

  it("gives null without usable items", () => {
    expect(faqJsonLd([])).toBeNull()
  })
})

describe("serializeJsonLd", () => {
  it("escapes '<' so text cannot close the script element", () => {
    const json = serializeJsonLd({ text: "</script><script>alert(1)</script>" })
    expect(json).not.toContain("<")
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>" })
  })
})
