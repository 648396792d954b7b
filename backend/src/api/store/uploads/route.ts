import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadImages } from "../../social/upload"

/** Stores post images (multipart `files`: JPEG, PNG or WebP, up to 10 MB each); answers their ids and URLs. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await uploadImages(req, res)
}
