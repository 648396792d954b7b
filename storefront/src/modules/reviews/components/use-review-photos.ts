import { useState } from "react"

import { useImageUploads, type UploadStatus } from "@/modules/common/use-image-uploads"
import type { UploadFailure } from "@/modules/compose/components/image-upload"

/** A review's photo: one saved before, or a picked file on its way to /api/uploads. */
export type Photo = {
  key: string
  status: UploadStatus
  /** What the list shows: the saved photo's URL, or an object URL of the resized file; null until it is ready. */
  preview: string | null
  /** The stored file's id, which the review sends; null until the upload is done. */
  fileId: string | null
  failure: UploadFailure | null
}

/**
 * The review's photos, as compose does a post's images: each picked file is resized in the browser and sent to
 * /api/uploads (see useImageUploads). The list holds what the form shows and sends.
 */
export function useReviewPhotos(saved: { url: string; file_id: string }[]) {
  const [photos, setPhotos] = useState<Photo[]>(() =>
    saved.map((image, i) => ({
      key: `saved-${i}`,
      status: "uploaded",
      preview: image.url,
      fileId: image.file_id,
      failure: null,
    }))
  )
  const uploads = useImageUploads("photo", {
    add: (added) =>
      setPhotos((list) => [
        ...list,
        ...added.map(({ key }): Photo => ({ key, status: "preparing", preview: null, fileId: null, failure: null })),
      ]),
    // The upload's progress and sizes come along too; the form shows neither.
    update: (key, patch) =>
      setPhotos((list) => list.map((photo) => (photo.key === key ? { ...photo, ...patch } : photo))),
    remove: (key) => setPhotos((list) => list.filter((photo) => photo.key !== key)),
  })
  return { photos, ...uploads }
}
