import { getSellerToken } from "@/lib/data/cookies"
import { forwardImage } from "@/lib/data/image-upload"

/** One product image from the workspace, stored through the backend's POST /vendor/uploads as the signed-in seller. */
export function POST(request: Request): Promise<Response> {
  return forwardImage(request, { path: "/vendor/uploads", token: getSellerToken })
}
