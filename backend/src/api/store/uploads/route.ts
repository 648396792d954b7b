export { uploadImages as POST } from "../../social/upload"
