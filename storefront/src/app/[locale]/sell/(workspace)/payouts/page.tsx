import { notFound } from "next/navigation"

import { listPayouts, PAYOUTS_PAGE_SIZE } from "@/lib/data/seller-reads"
import { requireSeller } from "@/lib/data/vendor"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { sellerMetadata } from "@/lib/seller/metadata"
import { STORE_CURRENCY } from "@/lib/seller/money"
import { formatMoney } from "@/lib/util/money"
import { pageCount, parsePage } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import LedgerTable from "@/modules/seller/components/ledger-table"
import PayoutList from "@/modules/seller/components/payout-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export function generateMetadata({ params }: Props) {
  return sellerMetadata(params, (t) => t.payouts.title)
}

/** The balance per currency, what is not paid out yet, and the payouts so far (paged). */
export default async function PayoutsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  const dictionary = getDictionary(locale)
  const t = dictionary.seller.payouts
  const page = parsePage((await searchParams).page)
  const { payouts, count, open_lines, balance } = await listPayouts(page)
  if (page > 1 && payouts.length === 0) notFound()
  const balances = balance.length > 0 ? balance : [{ currency_code: STORE_CURRENCY, payable: 0, pending: 0 }]

  return (
    <>
      <h1>{t.title}</h1>

      <section className="seller-section" aria-labelledby="payouts-balance">
        <h2 id="payouts-balance">{t.balance}</h2>
        <dl className="seller-balance">
          {(["payable", "pending"] as const).map((key) => (
            <div key={key}>
              <dt>{t[key]}</dt>
              {balances.map((entry) => (
                <dd key={entry.currency_code}>{formatMoney(entry[key], entry.currency_code, locale)}</dd>
              ))}
            </div>
          ))}
        </dl>
      </section>

      <section className="seller-section" aria-labelledby="payouts-open">
        <h2 id="payouts-open">{t.open}</h2>
        <p className="seller-muted">{t.openIntro}</p>
        {open_lines.length > 0 ? (
          <LedgerTable lines={open_lines} caption={t.open} locale={locale} t={t} />
        ) : (
          <p>{t.openEmpty}</p>
        )}
      </section>

      <section className="seller-section" aria-labelledby="payouts-history">
        <h2 id="payouts-history">{t.history}</h2>
        {payouts.length > 0 ? <PayoutList payouts={payouts} locale={locale} t={t} /> : <p>{t.empty}</p>}
        <Pagination
          page={page}
          pages={pageCount(count, PAYOUTS_PAGE_SIZE)}
          href={(target) => `/${locale}/sell/payouts${target > 1 ? `?page=${target}` : ""}`}
          t={dictionary.pagination}
        />
      </section>
    </>
  )
}
