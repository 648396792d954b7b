// A post being written or edited: its images in order, their product tags, which image is being tagged and
// which tag waits for its place. One reducer serves both the new post (images still uploading) and the edit.
import type { Position } from "./position"
import { IMAGES_MAX, TAGS_MAX } from "./limits"
import type { PublishInput, UpdateInput } from "./schema"

export type TagProduct = { id: string; title: string | null; thumbnail: string | null }
export type DraftTag = { product: TagProduct; x: number | null; y: number | null }
export type DraftImage = { key: string; tags: DraftTag[] }

export type Draft<I extends DraftImage> = {
  images: I[]
  /** The key of the image shown large, which new tags go on. */
  selected: string | null
  /** The selected image's tag that the next click on the image places. */
  placing: number | null
}

export type DraftAction<I extends DraftImage> =
  | { type: "add"; images: I[] }
  | { type: "remove"; key: string }
  | { type: "move"; key: string; by: -1 | 1 }
  | { type: "select"; key: string }
  | { type: "update"; key: string; patch: Partial<Omit<I, "key" | "tags">> }
  | { type: "tag"; product: TagProduct }
  | { type: "place"; position: Position }
  | { type: "reposition"; index: number }
  | { type: "untag"; index: number }

export function initialDraft<I extends DraftImage>(images: I[] = []): Draft<I> {
  return { images, selected: images[0]?.key ?? null, placing: null }
}

export function selectedImage<I extends DraftImage>(draft: Draft<I>): I | null {
  return draft.images.find((image) => image.key === draft.selected) ?? null
}

export type TagCheck = "ok" | "noImage" | "full" | "tagged"

/** Whether a product can be tagged on the image: there is one, it has room, and the product is not on it yet. */
export function canTag(image: DraftImage | null, productId: string): TagCheck {
  if (!image) return "noImage"
  if (image.tags.some((tag) => tag.product.id === productId)) return "tagged"
  return image.tags.length >= TAGS_MAX ? "full" : "ok"
}

/** The tag the next click on the selected image places: the one asked for, else the first without a place. */
export function placeTarget<I extends DraftImage>(draft: Draft<I>): number | null {
  const image = selectedImage(draft)
  if (!image) return null
  if (draft.placing !== null && image.tags[draft.placing]) return draft.placing
  const unplaced = image.tags.findIndex((tag) => tag.x === null || tag.y === null)
  return unplaced === -1 ? null : unplaced
}

function withTags<I extends DraftImage>(draft: Draft<I>, change: (tags: DraftTag[]) => DraftTag[]): I[] {
  return draft.images.map((image) => (image.key === draft.selected ? { ...image, tags: change(image.tags) } : image))
}

export function draftReducer<I extends DraftImage>(draft: Draft<I>, action: DraftAction<I>): Draft<I> {
  switch (action.type) {
    case "add": {
      const added = action.images.slice(0, Math.max(0, IMAGES_MAX - draft.images.length))
      if (!added.length) return draft
      return { ...draft, images: [...draft.images, ...added], selected: draft.selected ?? added[0].key }
    }
    case "remove": {
      const index = draft.images.findIndex((image) => image.key === action.key)
      if (index === -1) return draft
      const images = draft.images.filter((image) => image.key !== action.key)
      if (draft.selected !== action.key) return { ...draft, images }
      // The image after the removed one takes its place on the stage, else the one before.
      return { images, selected: (images[index] ?? images[index - 1])?.key ?? null, placing: null }
    }
    case "move": {
      const index = draft.images.findIndex((image) => image.key === action.key)
      const to = index + action.by
      if (index === -1 || to < 0 || to >= draft.images.length) return draft
      const images = [...draft.images]
      ;[images[index], images[to]] = [images[to], images[index]]
      return { ...draft, images }
    }
    case "select":
      if (action.key === draft.selected || !draft.images.some((image) => image.key === action.key)) return draft
      return { ...draft, selected: action.key, placing: null }
    case "update":
      return {
        ...draft,
        images: draft.images.map((image) => (image.key === action.key ? { ...image, ...action.patch } : image)),
      }
    case "tag": {
      const image = selectedImage(draft)
      if (!image || canTag(image, action.product.id) !== "ok") return draft
      return {
        ...draft,
        images: withTags(draft, (tags) => [...tags, { product: action.product, x: null, y: null }]),
        placing: image.tags.length,
      }
    }
    case "place": {
      const target = placeTarget(draft)
      if (target === null) return draft
      const { x, y } = action.position
      return {
        ...draft,
        images: withTags(draft, (tags) => tags.map((tag, i) => (i === target ? { ...tag, x, y } : tag))),
        placing: null,
      }
    }
    case "reposition":
      return selectedImage(draft)?.tags[action.index] ? { ...draft, placing: action.index } : draft
    case "untag": {
      const image = selectedImage(draft)
      if (!image?.tags[action.index]) return draft
      const { placing } = draft
      return {
        ...draft,
        images: withTags(draft, (tags) => tags.filter((_, i) => i !== action.index)),
        placing: placing === null || placing === action.index ? null : placing > action.index ? placing - 1 : placing,
      }
    }
  }
}

const tagsOf = (image: DraftImage) => image.tags.map((tag) => ({ product_id: tag.product.id, x: tag.x, y: tag.y }))

/** The body of POST /store/posts: the uploaded images in the draft's order, with their tags. */
export function publishInput(caption: string, images: (DraftImage & { fileId: string | null })[]): PublishInput {
  return { caption, images: images.map((image) => ({ file_id: image.fileId ?? "", tags: tagsOf(image) })) }
}

/**
 * The body of POST /store/posts/:id (images keyed by their `pimg_` id): the caption, and only the images whose
 * tags changed, so tags nobody touched are not checked again (a product tagged long ago may have left the shop).
 */
export function updateInput(caption: string, before: DraftImage[], after: DraftImage[]): UpdateInput {
  const original = new Map(before.map((image) => [image.key, JSON.stringify(tagsOf(image))]))
  const changed = after.filter((image) => original.get(image.key) !== JSON.stringify(tagsOf(image)))
  return { caption, images: changed.map((image) => ({ id: image.key, tags: tagsOf(image) })) }
}
