import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { randomUUID } from "node:crypto"
import multer from "multer"
import { POST_IMAGES_MAX } from "../../modules/social/models/post-image"

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024

// What a file's first bytes say it is; the declared type and name are the client's word only.
const SIGNATURES: { type: string; ext: string; matches: (b: Buffer) => boolean }[] = [
  { type: "image/jpeg", ext: "jpg", matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/png", ext: "png", matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/webp", ext: "webp", matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
]

const receive = multer({ storage: multer.memoryStorage(), limits: { fileSize: IMAGE_MAX_BYTES, files: POST_IMAGES_MAX } }).array("files")

/** Reads the multipart `files` field; multer's size and count limits become 400s that say which limit. */
export function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    const message =
      code === "LIMIT_FILE_SIZE"
        ? `files: each image must be at most ${IMAGE_MAX_BYTES / 1024 / 1024} MB`
        : code === "LIMIT_FILE_COUNT"
          ? `files: at most ${POST_IMAGES_MAX} images at once`
          : code === "LIMIT_UNEXPECTED_FILE"
            ? `${(error as { field?: string }).field}: send images in the "files" field`
            : `files: ${(error as Error).message}`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

/**
 * Stores post images (JPEG, PNG or WebP, up to 10 MB each) through the file module under names of
 * our own, and answers with their ids and public URLs for `POST /store/posts` or `/vendor/posts`.
 */
export async function uploadImages(req: MedusaRequest, res: MedusaResponse) {
  const files = (req.files ?? []) as Express.Multer.File[]
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'files: attach at least one image in the "files" field')
  const typed = files.map((file, i) => {
    const kind = SIGNATURES.find((s) => s.matches(file.buffer))
    if (!kind) throw new MedusaError(MedusaError.Types.INVALID_DATA, `files.${i}: ${file.originalname} is not a JPEG, PNG or WebP image`)
    return { file, kind }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: typed.map(({ file, kind }) => ({
        filename: `post-${randomUUID()}.${kind.ext}`,
        mimeType: kind.type,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map(({ id, url }) => ({ id, url })) })
}
