import { serializeJsonLd } from "@/lib/cms/json-ld"

/** A schema.org block; serializeJsonLd escapes "<" so product text cannot end the script early. */
export default function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
