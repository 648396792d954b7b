import {
  canTag,
  placeTarget,
  selectedImage,
  type Draft,
  type DraftAction,
  type DraftImage,
  type TagProduct,
} from "@/lib/compose/draft"
import type { Position } from "@/lib/compose/position"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import ProductSearch from "./product-search"
import TagList from "./tag-list"
import TagStage from "./tag-stage"

/** What the stage shows of an image: its URL (null while a new one is prepared) and size when known. */
export type StageImage = { src: string | null; width?: number; height?: number }

type Props<I extends DraftImage> = {
  id: string
  locale: Locale
  draft: Draft<I>
  dispatch: (action: DraftAction<I>) => void
  stageOf: (image: I) => StageImage
  announce: (message: string) => void
  t: ComposeMessages["tags"]
}

/** Product tags on the selected image: search and pick a product, then click the image where it is. */
export default function TagEditor<I extends DraftImage>({
  id,
  locale,
  draft,
  dispatch,
  stageOf,
  announce,
  t,
}: Props<I>) {
  const image = selectedImage(draft)
  const n = draft.images.findIndex((candidate) => candidate === image) + 1
  const target = placeTarget(draft)
  const titleOf = (product: TagProduct) => product.title ?? t.unavailable

  const pick = (product: TagProduct) => {
    if (!image || canTag(image, product.id) !== "ok") return
    dispatch({ type: "tag", product })
    announce(fill(t.added, { title: titleOf(product), n }))
  }

  const place = (position: Position) => {
    if (!image || target === null) {
      announce(t.nothingToPlace)
      return
    }
    dispatch({ type: "place", position })
    announce(fill(t.placedOn, { title: titleOf(image.tags[target].product), n }))
  }

  const remove = (index: number) => {
    if (!image) return
    dispatch({ type: "untag", index })
    announce(fill(t.removed, { title: titleOf(image.tags[index].product) }))
    // The removed tag's buttons are gone; the search is where the next tag comes from.
    document.getElementById(`${id}-search`)?.focus()
  }

  const stage = image ? stageOf(image) : null
  return (
    <section className="tag-editor">
      <h2>{t.heading}</h2>
      <p className="compose__muted">{t.intro}</p>
      {!image || !stage ? (
        <p className="tag-editor__empty">{t.noImage}</p>
      ) : (
        <>
          {stage.src ? (
            <TagStage
              key={image.key}
              src={stage.src}
              width={stage.width}
              height={stage.height}
              label={fill(t.stage, { n })}
              tags={image.tags}
              onPlace={place}
            />
          ) : (
            <p className="tag-editor__empty">{t.preparing}</p>
          )}
          {target !== null && (
            <p className="tag-editor__instruction">
              <strong>{t.place}</strong> <span className="compose__muted">{t.placeKeyboard}</span>
            </p>
          )}
          <TagList
            tags={image.tags}
            n={n}
            placing={target}
            t={t}
            onMove={(index) => {
              dispatch({ type: "reposition", index })
              announce(t.place)
            }}
            onRemove={remove}
          />
        </>
      )}
      <ProductSearch
        id={`${id}-search`}
        locale={locale}
        t={t}
        check={(productId) => canTag(image, productId)}
        onPick={pick}
      />
    </section>
  )
}
