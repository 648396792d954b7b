import { useEffect, useRef } from "react"

import { sendImage } from "@/modules/common/send-image"
import { failureOf, prepareImage, type UploadFailure } from "@/modules/compose/components/image-upload"

export type UploadStatus = "preparing" | "uploading" | "uploaded" | "failed"

/** What changed about one image: its status, and what each step learnt (sizes and preview, progress, stored id). */
export type UploadPatch = Partial<{
  status: UploadStatus
  /** 0–1 while sending; null while the image is prepared. */
  progress: number | null
  /** An object URL of the resized image. */
  preview: string
  width: number
  height: number
  /** The stored file's id. */
  fileId: string
  failure: UploadFailure | null
}>

/** How the list that shows the images follows them: the hook tells each change; the list is the caller's. */
export type UploadList = {
  /** New images, each told before its first update. */
  add: (added: { key: string; file: File }[]) => void
  update: (key: string, patch: UploadPatch) => void
  remove: (key: string) => void
}

type Source = { file: File; prepared?: Blob; abort?: () => void; preview?: string }

/**
 * Prepares and sends picked images to /api/uploads (which adds the customer's token): each is resized as soon as
 * the one before it is (decoding several large photos at once would strain a phone's memory) and sent as soon as it
 * is resized, all transfers in parallel. The files, their transfers and the previews' object URLs live here.
 */
export function useImageUploads(prefix: string, list: UploadList) {
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

  const fail = (key: string, error: unknown) => {
    const reason = failureOf(error)
    if (reason !== "aborted") list.update(key, { status: "failed", failure: reason })
  }

  const send = (key: string) => {
    const source = sources.current.get(key)
    if (!source?.prepared) return
    list.update(key, { status: "uploading", progress: 0, failure: null })
    const { done, abort } = sendImage("/api/uploads", source.prepared, source.file.name, (progress) =>
      list.update(key, { progress })
    )
    source.abort = abort
    done.then(
      (file) => list.update(key, { status: "uploaded", progress: 1, fileId: file.id }),
      (error) => fail(key, error)
    )
  }

  const prepare = (key: string) => {
    list.update(key, { status: "preparing", progress: null, failure: null })
    resizing.current = resizing.current.then(async () => {
      const source = sources.current.get(key)
      if (!source) return
      try {
        const { blob, width, height } = await prepareImage(source.file)
        if (!sources.current.has(key)) return
        source.prepared = blob
        source.preview = URL.createObjectURL(blob)
        list.update(key, { preview: source.preview, width, height })
        send(key)
      } catch (error) {
        fail(key, error)
      }
    })
  }

  /** Adds files the list has room for (see admitFiles) and starts on them. */
  const add = (files: File[]) => {
    const added = files.map((file) => {
      const key = `${prefix}-${++counter.current}`
      sources.current.set(key, { file })
      return { key, file }
    })
    list.add(added)
    for (const { key } of added) prepare(key)
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
    list.remove(key)
  }

  return { add, retry, remove }
}
