import Link from "next/link"
import { notFound } from "next/navigation"

import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import ProductForm from "@/modules/workspace/components/product-form"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"

type Props = { params: Promise<{ locale: string }> }

export function generateMetadata({ params }: Props) {
  return workspaceMetadata(params, (t) => t.form.title)
}

/** Lists a new product: details, images, and a price and stock per variant; it goes to review. */
export default async function NewProductPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  const { form, images, errors, messages, product } = getDictionary(locale).workspace
  return (
    <>
      <p className="workspace-back">
        <Link href={`/${locale}/sell/products`}>{product.back}</Link>
      </p>
      <h1>{form.title}</h1>
      <p className="workspace-intro">{form.intro}</p>
      <ProductForm locale={locale} t={{ form, images, errors, messages }} />
    </>
  )
}
