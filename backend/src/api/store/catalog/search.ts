import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CatalogQueryType } from "./validators"

type Sql = (text: string, ...bindings: Knex.RawBinding[]) => Knex.Raw
type Rows<T> = { rows: T[] }

/** What the search runs in: the publishable key's sales channels. */
export type CatalogScope = { salesChannelIds: string[] }

/**
 * One page of the store's catalog as product ids, in order, and the number of matches. Plain parameterised SQL
 * over Medusa's and the seller link's tables, because Medusa's store list can neither filter on price or stock
 * nor sort by price, nor search a seller's name. The database filters, sorts and pages: only ids leave it.
 *
 * Visible are the products `GET /store/products` lists: published, in one of the key's sales channels, and, for
 * a product linked to a seller, only while that seller is approved (suspension drafts its products anyway).
 */
export async function searchCatalog(
  container: MedusaContainer,
  query: CatalogQueryType,
  scope: CatalogScope
): Promise<{ ids: string[]; count: number }> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sql: Sql = (text, ...bindings) => pg.raw(text, bindings)
  const all = (parts: Knex.Raw[], glue: string) => sql(parts.map(() => "?").join(glue), ...parts)
  const currency = query.region_id ? await regionCurrency(sql, query.region_id) : undefined

  const where: Knex.Raw[] = [
    sql("p.deleted_at is null and p.status = 'published'"),
    sql(
      `exists (select 1 from product_sales_channel psc
        where psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(?))`,
      scope.salesChannelIds
    ),
    sql(`not exists (select 1 from ${SELLER_PRODUCT} sp left join seller s on s.id = sp.seller_id and s.deleted_at is null
      where sp.product_id = p.id and sp.deleted_at is null and s.status is distinct from 'approved')`),
  ]
  if (query.seller_id) {
    where.push(
      sql(
        `exists (select 1 from ${SELLER_PRODUCT} sp where sp.product_id = p.id and sp.deleted_at is null and sp.seller_id = ?)`,
        query.seller_id
      )
    )
  }
  if (query.category_id) {
    // As Medusa's store list: the product is in the category itself, which is active and public.
    where.push(
      sql(
        `exists (select 1 from product_category_product pcp
          join product_category c on c.id = pcp.product_category_id and c.deleted_at is null and c.is_active and not c.is_internal
          where pcp.product_id = p.id and pcp.product_category_id = ?)`,
        query.category_id
      )
    )
  }
  // As Medusa's store list: the product's own collection; an unknown id matches nothing, like an unknown category.
  if (query.collection_id) where.push(sql("p.collection_id = ?", query.collection_id))
  for (const pattern of wordPatterns(query.q)) {
    where.push(
      sql(
        `(p.title ilike ? escape '\\' or p.description ilike ? escape '\\' or exists (
          select 1 from ${SELLER_PRODUCT} sp join seller s on s.id = sp.seller_id and s.deleted_at is null
          where sp.product_id = p.id and sp.deleted_at is null and s.name ilike ? escape '\\'))`,
        pattern,
        pattern,
        pattern
      )
    )
  }
  // Prices and stock are worked out for the whole catalog at once, set-wise, in named subqueries: correlated
  // per-variant subqueries get nested-loop plans over whole tables when statistics are missing (a fresh database).
  const ctes: Knex.Raw[] = []
  const byPrice = query.sort === "price_asc" || query.sort === "price_desc"
  const priced = byPrice || query.min_price !== undefined || query.max_price !== undefined
  if (priced && query.region_id && currency) {
    ctes.push(sql("region_price as materialized (?)", regionPrices(sql, query.region_id, currency)))
  }
  // One variant has to meet every variant condition: in the price range and in stock.
  const variantConditions: Knex.Raw[] = []
  if (query.min_price !== undefined) variantConditions.push(sql("vp.amount >= ?", query.min_price))
  if (query.max_price !== undefined) variantConditions.push(sql("vp.amount <= ?", query.max_price))
  if (query.in_stock) {
    ctes.push(sql("stock as materialized (?)", stockByVariant(sql, scope.salesChannelIds)))
    variantConditions.push(sql("(not v.manage_inventory or v.allow_backorder or coalesce(st.enough, false))"))
  }
  if (variantConditions.length) {
    ctes.push(
      sql(
        `matching as materialized (select distinct v.product_id from product_variant v
          ${priced ? "left join region_price vp on vp.variant_id = v.id" : ""}
          ${query.in_stock ? "left join stock st on st.variant_id = v.id" : ""}
          where v.deleted_at is null and ?)`,
        all(variantConditions, " and ")
      )
    )
    where.push(sql("p.id in (select product_id from matching)"))
  }
  // A product's price is its cheapest variant's, the "from" price its card shows; unpriced ones go last.
  if (byPrice) ctes.push(sql("product_price as materialized (select product_id, min(amount) as price from region_price group by 1)"))

  const prefix = ctes.length ? `with ${ctes.map(() => "?").join(", ")}` : ""
  const filter = all(where, " and ")
  const [page, total]: [Rows<{ id: string }>, Rows<{ count: number }>] = await Promise.all([
    sql(
      `${prefix} select id from (select p.id, p.created_at, p.title, ${byPrice ? "pp.price" : "null::numeric as price"} from product p
        ${byPrice ? "left join product_price pp on pp.product_id = p.id" : ""} where ?) listed
       order by ${ORDER[query.sort]} limit ? offset ?`,
      ...ctes,
      filter,
      query.limit,
      query.offset
    ),
    sql(`${prefix} select count(*)::int as count from product p where ?`, ...ctes, filter),
  ])
  return { ids: page.rows.map((row) => row.id), count: total.rows[0].count }
}

// The link table defineLink(seller, product) creates.
const SELLER_PRODUCT = "seller_seller_product_product"

const ORDER: Record<CatalogQueryType["sort"], string> = {
  newest: "created_at desc, id desc",
  oldest: "created_at asc, id asc",
  title: "title asc, id asc",
  price_asc: "price asc nulls last, created_at desc, id desc",
  price_desc: "price desc nulls last, created_at desc, id desc",
}

/**
 * The search's words as ILIKE patterns: each word must occur in the title, the description or the seller's name.
 * `%`, `_` and the escape character itself match literally.
 */
export function wordPatterns(q: string | undefined): string[] {
  const words = [...new Set((q ?? "").split(/\s+/).filter(Boolean))]
  return words.map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
}

async function regionCurrency(sql: Sql, regionId: string): Promise<string> {
  const { rows }: Rows<{ currency_code: string }> = await sql(
    "select currency_code from region where id = ? and deleted_at is null",
    regionId
  )
  if (!rows.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region ${regionId}`)
  return rows[0].currency_code
}

/**
 * Each variant's price (`variant_id`, `product_id`, `amount`) for a shopper without a customer group, as Medusa's
 * pricing module calculates `calculated_price` with the region as context: among prices in the currency for
 * quantity 1 whose rules all match the region, the default price with the most rules (then the lowest); the price
 * of an active price list whose rules match (most rules, then lowest) replaces it when the list overrides, and
 * wins when lower when it is a sale.
 */
function regionPrices(sql: Sql, regionId: string, currency: string): Knex.Raw {
  const candidates = (join: Knex.Raw | null, condition: Knex.Raw) =>
    sql(
      `from product_variant_price_set vps join price pr on pr.price_set_id = vps.price_set_id ${join ? "?" : ""}
        left join (select price_id, count(*) as matched from price_rule
          where deleted_at is null and attribute = 'region_id' and value = ? group by 1) rules on rules.price_id = pr.id
      where vps.deleted_at is null and pr.deleted_at is null and pr.currency_code = ?
        and (pr.min_quantity is null or pr.min_quantity <= 1) and pr.rules_count = coalesce(rules.matched, 0) and ?`,
      ...(join ? [join] : []),
      regionId,
      currency,
      condition
    )
  // A list's rule holds a JSON array of values; Medusa matches it with `@>` too.
  const lists = sql(
    `join price_list pl on pl.id = pr.price_list_id and pl.deleted_at is null and pl.status = 'active'
      and (pl.starts_at is null or pl.starts_at <= now()) and (pl.ends_at is null or pl.ends_at >= now())
    left join (select price_list_id, count(*) as matched from price_list_rule
      where deleted_at is null and attribute = 'region_id' and value @> ?::jsonb group by 1) list_rules on list_rules.price_list_id = pl.id`,
    JSON.stringify(regionId)
  )
  return sql(
    `select v.id as variant_id, v.product_id, case when lp.type = 'override' then lp.amount
        when lp.type = 'sale' then least(lp.amount, dp.amount) else dp.amount end as amount
      from product_variant v
      left join (select distinct on (vps.variant_id) vps.variant_id, pr.amount ?
        order by vps.variant_id, pr.rules_count desc, pr.amount asc) dp on dp.variant_id = v.id
      left join (select distinct on (vps.variant_id) vps.variant_id, pr.amount, pl.type ?
        order by vps.variant_id, pr.rules_count + pl.rules_count desc, pr.amount asc) lp on lp.variant_id = v.id
      where v.deleted_at is null`,
    candidates(null, sql("pr.price_list_id is null")),
    candidates(lists, sql("pl.rules_count = coalesce(list_rules.matched, 0)"))
  )
}

/**
 * Per variant with inventory items, whether `enough` of each can be had for one unit (`variant_id`, `enough`), the
 * way Medusa's store computes `inventory_quantity` for a sales channel: stocked minus reserved, summed over the
 * stock locations of the key's sales channels, of at least the quantity one unit needs. (A managed variant without
 * inventory items has no availability; variants without managed inventory or with backorders need none.)
 */
function stockByVariant(sql: Sql, salesChannelIds: string[]): Knex.Raw {
  return sql(
    `select vi.variant_id, bool_and(coalesce(levels.available, 0) >= vi.required_quantity) as enough
      from product_variant_inventory_item vi
      left join (select il.inventory_item_id, sum(il.stocked_quantity - il.reserved_quantity) as available
        from inventory_level il
        where il.deleted_at is null and il.location_id in (select scl.stock_location_id from sales_channel_stock_location scl
          where scl.deleted_at is null and scl.sales_channel_id = any(?))
        group by 1) levels on levels.inventory_item_id = vi.inventory_item_id
      where vi.deleted_at is null
      group by 1`,
    salesChannelIds
  )
}
