import type { Messages } from "./types"

const quote = (text: string) => `“${text}”`

export const en: Messages = {
  greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
  linkHint: "If the button does not work, copy this link into your browser:",
  signOff: "Best regards,",
  team: "The Agora team",
  automatic: "This is an automatic message from Agora. Please do not reply to it.",
  preferences: "You can choose which notifications you get:",
  types: {
    email_verification: ({ name, url, expires_hours }, f) => ({
      subject: "Confirm your e-mail address",
      title: "Confirm your e-mail address",
      body: `Confirm your e-mail address with the link we sent you. It is valid for ${f.hours(expires_hours)}.`,
      name,
      lines: ["Please confirm your e-mail address to finish setting up your Agora account."],
      action: { label: "Confirm e-mail address", url },
      notes: [
        `The link is valid for ${f.hours(expires_hours)} and can be used once.`,
        "If you did not create an account at Agora, you can ignore this e-mail.",
      ],
    }),
    password_reset: ({ url, expires_minutes }, f) => ({
      subject: "Reset your password",
      title: "Reset your password",
      body: `Choose a new password with the link we sent you. It is valid for ${f.minutes(expires_minutes)}.`,
      lines: ["We received a request to reset the password of your Agora account."],
      action: { label: "Choose a new password", url },
      notes: [
        `The link is valid for ${f.minutes(expires_minutes)} and can be used once.`,
        "If you did not ask for this, you can ignore this e-mail; your password stays the same.",
      ],
    }),
    order_placed: ({ order }, f) => ({
      subject: `Thank you for your order #${order.display_id}`,
      title: `Order #${order.display_id} placed`,
      body: `We have received your order #${order.display_id} for a total of ${f.money(order.total, order.currency_code)}.`,
      lines: [
        `Thank you for your order #${order.display_id}. We have received it and will let you know when it ships.`,
        "Each seller ships their part of your order separately; we will e-mail you as each parcel leaves.",
      ],
      details: [
        ...order.items.map((item) => ({ label: `${item.quantity} × ${item.title}`, value: f.money(item.total, order.currency_code) })),
        { label: "Total", value: f.money(order.total, order.currency_code) },
      ],
      action: { label: "View your order", url: order.url },
    }),
    order_paid: ({ order }, f) => ({
      subject: `Payment received for order #${order.display_id}`,
      title: `Payment received for order #${order.display_id}`,
      body: `We have received your payment of ${f.money(order.total, order.currency_code)} for order #${order.display_id}.`,
      lines: [
        `We have received your payment of ${f.money(order.total, order.currency_code)} for order #${order.display_id}.`,
        "The sellers are now preparing your items for shipping.",
      ],
      action: { label: "View your order", url: order.url },
    }),
    order_shipped: ({ order, seller_name, parcels }) => ({
      subject: `Order #${order.display_id}: your items from ${seller_name} are on their way`,
      title: `Order #${order.display_id}: items from ${seller_name} shipped`,
      body: `${seller_name} has shipped your items from order #${order.display_id}.`,
      lines: [
        `${seller_name} has shipped your items from order #${order.display_id}.`,
        ...(parcels.length === 0
          ? []
          : parcels.length === 1
            ? ["You can track your parcel with this tracking number:"]
            : ["You can track your parcels with these tracking numbers:"]),
      ],
      details: parcels.map((parcel) => ({ label: "Tracking number", value: parcel.tracking_number, url: parcel.tracking_url })),
      action: { label: "View your order", url: order.url },
    }),
    order_delivered: ({ order, seller_name }) => ({
      subject: `Order #${order.display_id}: your items from ${seller_name} have been delivered`,
      title: `Order #${order.display_id}: items from ${seller_name} delivered`,
      body: `Your items from ${seller_name} (order #${order.display_id}) have been delivered.`,
      lines: [`Your items from ${seller_name} (order #${order.display_id}) have been delivered.`, "We hope you enjoy them."],
      action: { label: "View your order", url: order.url },
    }),
    invoice_available: ({ order, invoice_url }) => ({
      subject: `Your invoice for order #${order.display_id}`,
      title: `Invoice for order #${order.display_id}`,
      body: `The invoice for your order #${order.display_id} is ready to download.`,
      lines: [`The invoice for your order #${order.display_id} is ready to download.`],
      details: [{ label: "Order", value: `#${order.display_id}`, url: order.url }],
      action: { label: "Download invoice", url: invoice_url },
    }),
    new_follower: ({ follower }, f) => ({
      subject: `${f.who(follower)} is now following you`,
      title: `${f.who(follower)} is now following you`,
      body: `${f.whoFull(follower)} is now following you on Agora.`,
      lines: [`${f.whoFull(follower)} is now following you on Agora.`],
      action: { label: "View profile", url: follower.url },
    }),
    post_liked: ({ actor, post }, f) => ({
      subject: `${f.who(actor)} liked your post`,
      title: `${f.who(actor)} liked your post`,
      body: post.caption.trim() ? quote(f.excerpt(post.caption)) : `${f.whoFull(actor)} liked your post.`,
      lines: [`${f.whoFull(actor)} liked your post.`, ...(post.caption.trim() ? [quote(f.excerpt(post.caption))] : [])],
      action: { label: "View post", url: post.url },
    }),
    post_commented: ({ actor, post, comment }, f) => ({
      subject: `${f.who(actor)} commented on your post`,
      title: `${f.who(actor)} commented on your post`,
      body: quote(f.excerpt(comment.body)),
      lines: [
        post.caption.trim()
          ? `${f.whoFull(actor)} commented on your post ${quote(f.excerpt(post.caption))}:`
          : `${f.whoFull(actor)} commented on your post:`,
        quote(f.excerpt(comment.body)),
      ],
      action: { label: "Read the comment", url: post.url },
    }),
    seller_approved: ({ seller, url }) => ({
      subject: `Your shop ${seller.name} has been approved`,
      title: "Your shop has been approved",
      body: `${seller.name} is approved. You can now list your products.`,
      name: seller.name,
      lines: [
        `Good news: the Agora team has approved your shop ${seller.name}.`,
        "You can now list your products. The team reviews each product before it goes live.",
      ],
      action: { label: "Open your workspace", url },
    }),
    seller_rejected: ({ seller, reason, url }) => ({
      subject: `Your shop ${seller.name} was not approved`,
      title: "Your shop was not approved",
      body: reason ? `Reason: ${reason}` : "The Agora team could not approve your shop this time.",
      name: seller.name,
      lines: [
        `The Agora team has reviewed your shop ${seller.name} and could not approve it this time.`,
        ...(reason ? [`Reason: ${reason}`] : []),
        "If you have questions, please contact the Agora team.",
      ],
      action: { label: "View your application", url },
    }),
    product_approved: ({ product }) => ({
      subject: `Your product ${quote(product.title)} has been approved`,
      title: `Product approved: ${quote(product.title)}`,
      body: "It is now live in the shop and customers can buy it.",
      lines: [`The Agora team has approved your product ${quote(product.title)}. It is now live in the shop and customers can buy it.`],
      action: { label: "View product", url: product.url },
    }),
    product_rejected: ({ product, reason }) => ({
      subject: `Your product ${quote(product.title)} was not approved`,
      title: `Product not approved: ${quote(product.title)}`,
      body: reason ? `Reason: ${reason}` : "Please revise it and submit it for review again.",
      lines: [
        `The Agora team has reviewed your product ${quote(product.title)} and could not approve it.`,
        ...(reason ? [`Reason: ${reason}`] : []),
        "Please revise it and submit it for review again.",
      ],
      action: { label: "Edit product", url: product.url },
    }),
    payout_paid: ({ payout, url }, f) => ({
      subject: `Your payout of ${f.money(payout.amount, payout.currency_code)} has been sent`,
      title: `Payout of ${f.money(payout.amount, payout.currency_code)} sent`,
      body: "Depending on your bank, it may take a few working days to reach your account.",
      lines: [
        `We have paid out ${f.money(payout.amount, payout.currency_code)} to you.`,
        "Depending on your bank, it may take a few working days to reach your account.",
      ],
      action: { label: "View payouts", url },
    }),
  },
}
