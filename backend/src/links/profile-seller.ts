import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"
import SocialModule from "../modules/social"

// An approved seller's social profile (one each).
export default defineLink(SocialModule.linkable.profile, SellerModule.linkable.seller)
