import { useEffect, useRef, type Dispatch } from "react"

import type { DraftAction, DraftImage } from "@/lib/compose/draft"
import { sendImage } from "@/modules/common/send-image"

import { failureOf, prepareImage, type UploadFailure } from "./image-upload"

export type UploadStatus = "preparing" | "uploading" | "uploaded" | "failed"

/** An image of a new post: its file's name, the resized preview, and how far its upload got. */
export type UploadImage = DraftImage & {
  name: string
  status: UploadStatus
  /** 0–1 while sending; null while the image is prepared. */
  progress: number | null
  /** An object URL of the resized image; null until it is ready. */
  preview: string | null
  width: number
  height: number
  /** The backend's file id, for POST /store/posts. */
  fileId: string | null
  failure: UploadFailure | null
}

type Source = { file: File; prepared?: Blob; abort?: () => void; preview?: string }

/**
 * Prepares and sends the picked images: each is resized as soon as the one before it is (decoding several large
 * photos at once would strain a phone's memory) and sent as soon as it is resized, all transfers in parallel.
 * The files, their transfers and the previews' object URLs live here; the draft holds what the page shows.
 */
export function useUploads(dispatch: Dispatch<DraftAction<UploadImage>>) {
  const sources = useRef(new Map<string, Source>())
  const resizing = useRef(Promise.resolve())
  const counter = useRef(0)

  // Leaving the page stops the transfers and frees the previews.
  useEffect(() => {
    const current = sources.current
    return () => {
      for (const source of current.values()) {
        source.abort?.()
        if (source.preview) URL.revokeObjectURL(source.preview)
      }
      current.clear()
    }
  }, [])

  const update = (key: string, patch: Partial<Omit<UploadImage, "key" | "tags">>) =>
    dispatch({ type: "update", key, patch })

  const send = (key: string) => {
    const source = sources.current.get(key)
    if (!source?.prepared) return
    update(key, { status: "uploading", progress: 0, failure: null })
    const { done, abort } = sendImage("/api/uploads", source.prepared, source.file.name, (progress) =>
      update(key, { progress })
    )
    source.abort = abort
    done.then(
      (file) => update(key, { status: "uploaded", progress: 1, fileId: file.id }),
      (error) => {
        const reason = failureOf(error)
        if (reason !== "aborted") update(key, { status: "failed", failure: reason })
      }
    )
  }

  const prepare = (key: string) => {
    update(key, { status: "preparing", progress: null, failure: null })
    resizing.current = resizing.current.then(async () => {
      const source = sources.current.get(key)
      if (!source) return
      try {
        const { blob, width, height } = await prepareImage(source.file)
        if (!sources.current.has(key)) return
        source.prepared = blob
        source.preview = URL.createObjectURL(blob)
        update(key, { preview: source.preview, width, height })
        send(key)
      } catch (error) {
        const reason = failureOf(error)
        if (reason !== "aborted") update(key, { status: "failed", failure: reason })
      }
    })
  }

  /** Adds files the draft has room for (see admitFiles) and starts on them. */
  const add = (files: File[]) => {
    const images: UploadImage[] = files.map((file) => {
      const key = `image-${++counter.current}`
      sources.current.set(key, { file })
      return {
        key,
        tags: [],
        name: file.name,
        status: "preparing",
        progress: null,
        preview: null,
        width: 0,
        height: 0,
        fileId: null,
        failure: null,
      }
    })
    dispatch({ type: "add", images })
    for (const image of images) prepare(image.key)
  }

  /** Sends a failed image again, or prepares it again if it failed before it was resized. */
  const retry = (key: string) => {
    if (sources.current.get(key)?.prepared) send(key)
    else prepare(key)
  }

  const remove = (key: string) => {
    const source = sources.current.get(key)
    source?.abort?.()
    if (source?.preview) URL.revokeObjectURL(source.preview)
    sources.current.delete(key)
    dispatch({ type: "remove", key })
  }

  return { add, retry, remove }
}
