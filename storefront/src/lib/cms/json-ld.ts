import type { FaqItem } from "./types"

/** schema.org FAQPage for the FAQ block, so search engines can show the answers; null without items. */
export function faqJsonLd(items: FaqItem[]): Record<string, unknown> | null {
  const entries = items.filter((item) => item.question?.trim() && item.answer?.trim())
  if (entries.length === 0) return null
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map((item) => ({
      "@type": "Question",
      name: item.question.trim(),
      acceptedAnswer: { "@type": "Answer", text: item.answer.trim() },
    })),
  }
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so CMS text such as "</script>"
 * cannot end the script element early.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
