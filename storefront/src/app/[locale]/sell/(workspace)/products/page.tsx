import Link from "next/link"
import { notFound } from "next/navigation"

import { mediaUrl } from "@/lib/data/social"
import { requireSeller } from "@/lib/data/vendor"
import { listVendorProducts, PRODUCTS_PAGE_SIZE } from "@/lib/data/vendor-products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { pageCount, parsePage } from "@/lib/util/pagination"
import { parseFilter } from "@/lib/workspace/filters"
import { PRODUCT_STATUSES } from "@/lib/workspace/types"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"
import ProductTable from "@/modules/workspace/components/product-table"
import StatusList from "@/modules/workspace/components/status-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return workspaceMetadata(params, (t) => t.products.title)
}

/** The seller's products, newest first, by status, with their review state. */
export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  const dictionary = getDictionary(locale)
  const t = dictionary.workspace
  const query = await searchParams
  const status = parseFilter(query.status, PRODUCT_STATUSES)
  const page = parsePage(query.page)
  const { products, count } = await listVendorProducts({ status, page })
  if (page > 1 && products.length === 0) notFound()
  const base = `/${locale}/sell/products`

  return (
    <>
      <div className="workspace-head">
        <h1>{t.products.title}</h1>
        <Link className="button button--primary" href={`${base}/new`}>
          {t.products.new}
        </Link>
      </div>
      {query.deleted === "1" && <p className="workspace-notice">{t.products.deleted}</p>}
      <StatusList
        base={base}
        statuses={PRODUCT_STATUSES}
        status={status}
        labels={t.productStatus}
        page={page}
        pages={pageCount(count, PRODUCTS_PAGE_SIZE)}
        rows={products.length}
        empty={t.products}
        t={{ filter: t.filter, pagination: dictionary.pagination }}
      >
        <ProductTable
          products={products.map((product) => ({
            ...product,
            thumbnailSrc: mediaUrl(product.thumbnail ?? product.images[0]?.url ?? null),
          }))}
          locale={locale}
          t={t}
        />
      </StatusList>
    </>
  )
}
