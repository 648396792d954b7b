import type { Dispatch } from "react"

import type { DraftAction, DraftImage } from "@/lib/compose/draft"
import { useImageUploads, type UploadStatus } from "@/modules/common/use-image-uploads"

import type { UploadFailure } from "./image-upload"

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

/** Prepares and sends the picked images (see useImageUploads); the draft holds what the page shows. */
export function useUploads(dispatch: Dispatch<DraftAction<UploadImage>>) {
  return useImageUploads("image", {
    add: (added) =>
      dispatch({
        type: "add",
        images: added.map(({ key, file }) => ({
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
        })),
      }),
    update: (key, patch) => dispatch({ type: "update", key, patch }),
    remove: (key) => dispatch({ type: "remove", key }),
  })
}
