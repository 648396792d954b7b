import type { Messages } from "./types"

const quote = (text: string) => `„${text}“`

// Formal "Sie". After the greeting's comma a German letter goes on in lower case, so first lines start lower-case.
export const de: Messages = {
  greeting: (name) => (name ? `Guten Tag ${name},` : "Guten Tag,"),
  linkHint: "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
  signOff: "Freundliche Grüße",
  team: "Ihr Agora-Team",
  automatic: "Dies ist eine automatische Nachricht von Agora. Bitte antworten Sie nicht darauf.",
  preferences: "Welche Benachrichtigungen Sie erhalten, können Sie hier festlegen:",
  types: {
    email_verification: ({ name, url, expires_hours }, f) => ({
      subject: "Bestätigen Sie Ihre E-Mail-Adresse",
      title: "Bestätigen Sie Ihre E-Mail-Adresse",
      body: `Bestätigen Sie Ihre E-Mail-Adresse mit dem Link, den wir Ihnen geschickt haben. Er ist ${f.hours(expires_hours)} lang gültig.`,
      name,
      lines: ["bitte bestätigen Sie Ihre E-Mail-Adresse, um die Einrichtung Ihres Agora-Kontos abzuschließen."],
      action: { label: "E-Mail-Adresse bestätigen", url },
      notes: [
        `Der Link ist ${f.hours(expires_hours)} lang gültig und kann einmal verwendet werden.`,
        "Wenn Sie kein Konto bei Agora angelegt haben, können Sie diese E-Mail ignorieren.",
      ],
    }),
    password_reset: ({ url, expires_minutes }, f) => ({
      subject: "Setzen Sie Ihr Passwort zurück",
      title: "Setzen Sie Ihr Passwort zurück",
      body: `Legen Sie mit dem Link, den wir Ihnen geschickt haben, ein neues Passwort fest. Er ist ${f.minutes(expires_minutes)} lang gültig.`,
      lines: ["wir haben eine Anfrage erhalten, das Passwort Ihres Agora-Kontos zurückzusetzen."],
      action: { label: "Neues Passwort festlegen", url },
      notes: [
        `Der Link ist ${f.minutes(expires_minutes)} lang gültig und kann einmal verwendet werden.`,
        "Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.",
      ],
    }),
    order_placed: ({ order }, f) => ({
      subject: `Vielen Dank für Ihre Bestellung Nr. ${order.display_id}`,
      title: `Bestellung Nr. ${order.display_id} aufgegeben`,
      body: `Wir haben Ihre Bestellung Nr. ${order.display_id} über ${f.money(order.total, order.currency_code)} erhalten.`,
      lines: [
        `vielen Dank für Ihre Bestellung Nr. ${order.display_id}. Wir haben sie erhalten und informieren Sie, sobald sie versandt wird.`,
        "Jeder Händler versendet seinen Teil Ihrer Bestellung separat; wir schreiben Ihnen, sobald ein Paket unterwegs ist.",
      ],
      details: [
        ...order.items.map((item) => ({ label: `${item.quantity} × ${item.title}`, value: f.money(item.total, order.currency_code) })),
        { label: "Gesamtsumme", value: f.money(order.total, order.currency_code) },
      ],
      action: { label: "Bestellung ansehen", url: order.url },
    }),
    order_paid: ({ order }, f) => ({
      subject: `Zahlung für Bestellung Nr. ${order.display_id} erhalten`,
      title: `Zahlung für Bestellung Nr. ${order.display_id} erhalten`,
      body: `Wir haben Ihre Zahlung über ${f.money(order.total, order.currency_code)} für die Bestellung Nr. ${order.display_id} erhalten.`,
      lines: [
        `wir haben Ihre Zahlung über ${f.money(order.total, order.currency_code)} für die Bestellung Nr. ${order.display_id} erhalten.`,
        "Die Händler bereiten Ihre Artikel jetzt für den Versand vor.",
      ],
      action: { label: "Bestellung ansehen", url: order.url },
    }),
    order_shipped: ({ order, seller_name, parcels }) => ({
      subject: `Bestellung Nr. ${order.display_id}: Ihre Artikel von ${seller_name} sind unterwegs`,
      title: `Bestellung Nr. ${order.display_id}: Artikel von ${seller_name} versandt`,
      body: `${seller_name} hat Ihre Artikel aus der Bestellung Nr. ${order.display_id} versandt.`,
      lines: [
        `${seller_name} hat Ihre Artikel aus der Bestellung Nr. ${order.display_id} versandt.`,
        ...(parcels.length === 0
          ? []
          : parcels.length === 1
            ? ["Mit dieser Sendungsnummer können Sie Ihr Paket verfolgen:"]
            : ["Mit diesen Sendungsnummern können Sie Ihre Pakete verfolgen:"]),
      ],
      details: parcels.map((parcel) => ({ label: "Sendungsnummer", value: parcel.tracking_number, url: parcel.tracking_url })),
      action: { label: "Bestellung ansehen", url: order.url },
    }),
    order_delivered: ({ order, seller_name }) => ({
      subject: `Bestellung Nr. ${order.display_id}: Ihre Artikel von ${seller_name} wurden zugestellt`,
      title: `Bestellung Nr. ${order.display_id}: Artikel von ${seller_name} zugestellt`,
      body: `Ihre Artikel von ${seller_name} aus der Bestellung Nr. ${order.display_id} wurden zugestellt.`,
      lines: [
        `Ihre Artikel von ${seller_name} aus der Bestellung Nr. ${order.display_id} wurden zugestellt.`,
        "Wir wünschen Ihnen viel Freude damit.",
      ],
      action: { label: "Bestellung ansehen", url: order.url },
    }),
    invoice_available: ({ order, invoice_url }) => ({
      subject: `Ihre Rechnung zur Bestellung Nr. ${order.display_id}`,
      title: `Rechnung zur Bestellung Nr. ${order.display_id}`,
      body: `Die Rechnung zu Ihrer Bestellung Nr. ${order.display_id} steht zum Download bereit.`,
      lines: [`die Rechnung zu Ihrer Bestellung Nr. ${order.display_id} steht zum Download bereit.`],
      details: [{ label: "Bestellung", value: `Nr. ${order.display_id}`, url: order.url }],
      action: { label: "Rechnung herunterladen", url: invoice_url },
    }),
    new_follower: ({ follower }, f) => ({
      subject: `${f.who(follower)} folgt Ihnen jetzt`,
      title: `${f.who(follower)} folgt Ihnen jetzt`,
      body: `${f.whoFull(follower)} folgt Ihnen jetzt auf Agora.`,
      lines: [`${f.whoFull(follower)} folgt Ihnen jetzt auf Agora.`],
      action: { label: "Profil ansehen", url: follower.url },
    }),
    post_liked: ({ actor, post }, f) => ({
      subject: `${f.who(actor)} gefällt Ihr Beitrag`,
      title: `${f.who(actor)} gefällt Ihr Beitrag`,
      body: post.caption.trim() ? quote(f.excerpt(post.caption)) : `${f.whoFull(actor)} gefällt Ihr Beitrag.`,
      lines: [`${f.whoFull(actor)} gefällt Ihr Beitrag.`, ...(post.caption.trim() ? [quote(f.excerpt(post.caption))] : [])],
      action: { label: "Beitrag ansehen", url: post.url },
    }),
    post_commented: ({ actor, post, comment }, f) => ({
      subject: `${f.who(actor)} hat Ihren Beitrag kommentiert`,
      title: `${f.who(actor)} hat Ihren Beitrag kommentiert`,
      body: quote(f.excerpt(comment.body)),
      lines: [
        post.caption.trim()
          ? `${f.whoFull(actor)} hat Ihren Beitrag ${quote(f.excerpt(post.caption))} kommentiert:`
          : `${f.whoFull(actor)} hat Ihren Beitrag kommentiert:`,
        quote(f.excerpt(comment.body)),
      ],
      action: { label: "Kommentar lesen", url: post.url },
    }),
    seller_approved: ({ seller, url }) => ({
      subject: `Ihr Shop ${seller.name} wurde freigegeben`,
      title: "Ihr Shop wurde freigegeben",
      body: `${seller.name} ist freigegeben. Sie können jetzt Ihre Produkte einstellen.`,
      name: seller.name,
      lines: [
        `gute Nachrichten: Das Agora-Team hat Ihren Shop ${seller.name} freigegeben.`,
        "Sie können jetzt Ihre Produkte einstellen. Das Team prüft jedes Produkt, bevor es online geht.",
      ],
      action: { label: "Zu Ihrem Verkaufsbereich", url },
    }),
    seller_rejected: ({ seller, reason, url }) => ({
      subject: `Ihr Shop ${seller.name} wurde nicht freigegeben`,
      title: "Ihr Shop wurde nicht freigegeben",
      body: reason ? `Grund: ${reason}` : "Das Agora-Team konnte Ihren Shop diesmal leider nicht freigeben.",
      name: seller.name,
      lines: [
        `das Agora-Team hat Ihren Shop ${seller.name} geprüft und konnte ihn diesmal leider nicht freigeben.`,
        ...(reason ? [`Grund: ${reason}`] : []),
        "Bei Fragen wenden Sie sich bitte an das Agora-Team.",
      ],
      action: { label: "Bewerbung ansehen", url },
    }),
    product_approved: ({ product }) => ({
      subject: `Ihr Produkt ${quote(product.title)} wurde freigegeben`,
      title: `Produkt freigegeben: ${quote(product.title)}`,
      body: "Es ist jetzt im Shop online und kann gekauft werden.",
      lines: [`das Agora-Team hat Ihr Produkt ${quote(product.title)} freigegeben. Es ist jetzt im Shop online und kann gekauft werden.`],
      action: { label: "Produkt ansehen", url: product.url },
    }),
    product_rejected: ({ product, reason }) => ({
      subject: `Ihr Produkt ${quote(product.title)} wurde nicht freigegeben`,
      title: `Produkt nicht freigegeben: ${quote(product.title)}`,
      body: reason ? `Grund: ${reason}` : "Bitte überarbeiten Sie es und reichen Sie es erneut zur Prüfung ein.",
      lines: [
        `das Agora-Team hat Ihr Produkt ${quote(product.title)} geprüft und konnte es leider nicht freigeben.`,
        ...(reason ? [`Grund: ${reason}`] : []),
        "Bitte überarbeiten Sie es und reichen Sie es erneut zur Prüfung ein.",
      ],
      action: { label: "Produkt bearbeiten", url: product.url },
    }),
    payout_paid: ({ payout, url }, f) => ({
      subject: `Ihre Auszahlung über ${f.money(payout.amount, payout.currency_code)} wurde veranlasst`,
      title: `Auszahlung über ${f.money(payout.amount, payout.currency_code)} veranlasst`,
      body: "Je nach Bank kann es einige Werktage dauern, bis der Betrag auf Ihrem Konto eingeht.",
      lines: [
        `wir haben Ihnen ${f.money(payout.amount, payout.currency_code)} ausgezahlt.`,
        "Je nach Bank kann es einige Werktage dauern, bis der Betrag auf Ihrem Konto eingeht.",
      ],
      action: { label: "Auszahlungen ansehen", url },
    }),
  },
}
