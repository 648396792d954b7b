import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SocialModule from "../modules/social"

// A customer's social profile (one each).
export default defineLink(SocialModule.linkable.profile, CustomerModule.linkable.customer)
