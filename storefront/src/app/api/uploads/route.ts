import { getAuthToken } from "@/lib/data/cookies"
import { forwardImage } from "@/lib/data/image-upload"

/** One post image from the browser, stored through the backend's POST /store/uploads as the signed-in customer. */
export function POST(request: Request): Promise<Response> {
  return forwardImage(request, { path: "/store/uploads", token: getAuthToken })
}
