import type { Locale } from "./locales"
import { checkout } from "./messages/checkout"
import { account } from "./messages/account"
import { catalog } from "./messages/catalog"
import { cart } from "./messages/cart"
import { compose } from "./messages/compose"
import { post } from "./messages/post"
import { seller } from "./messages/seller"
import { social } from "./messages/social"
import { workspace } from "./messages/workspace"

const en = {
  catalog: catalog.en,
  meta: { title: "Agora", description: "Buy from independent sellers across Europe." },
  header: {
    feed: "Feed",
    sell: "Sell on Agora",
    home: "Agora home",
    mainNav: "Main",
    products: "Products",
    cart: "Cart",
    language: "Language",
    skipToContent: "Skip to content",
  },
  languages: { en: "English", de: "Deutsch", el: "Ελληνικά" },
  footer: {
    tagline: "Agora: independent sellers, one checkout.",
    nav: "Footer",
    legal: "Legal",
    social: "Follow us",
    cookieSettings: "Cookie settings",
  },
  consent: {
    title: "Cookies on Agora",
    text: "We use cookies that are needed for the shop to work and, only with your consent, cookies for statistics and marketing.",
    acceptAll: "Accept all",
    rejectAll: "Reject all",
    save: "Save choice",
    customize: "Customize",
    alwaysOn: "Always on",
  },
  blog: {
    title: "Blog",
    empty: "No articles yet.",
    by: "By {author}",
    readMore: "Read more",
    categories: "Categories",
    all: "All articles",
  },
  preview: { notice: "Preview: you are seeing unpublished changes.", exit: "Exit preview" },
  form: {
    name: "Name",
    email: "Email",
    message: "Message",
    honeypot: "Leave this field empty",
    sending: "Sending…",
    failed: "Your message could not be sent. Please try again later.",
    invalid: "Please check the highlighted fields.",
    errors: {
      required: "Please fill in this field.",
      invalid: "Please enter a valid value.",
      tooLong: "This is too long.",
    },
  },
  posts: { likes: { one: "{n} like", other: "{n} likes" }, by: "Post by {name}" },
  pricing: { highlighted: "Most popular" },
  home: { featured: "Featured products", viewAll: "View all products" },
  products: {
    title: "Products",
    categories: "Categories",
    all: "All products",
    empty: "No products found.",
    from: "from",
    priceUnavailable: "Price unavailable",
  },
  pagination: { label: "Pagination", previous: "Previous", next: "Next", page: "Page {page} of {pages}" },
  product: {
    images: "Product images",
    imageAlt: "{title}, image {n}",
    addToCart: "Add to cart",
    adding: "Adding…",
    added: "Added to cart.",
    failed: "Could not add to cart. Please try again.",
    unavailable: "This combination is not available.",
    outOfStock: "Out of stock",
  },
  cart: cart.en,
  checkout: checkout.en,
  notFound: { title: "Page not found", body: "We could not find what you were looking for.", home: "Back to the shop" },
  error: { title: "Something went wrong", body: "The shop could not load this page. Please try again.", retry: "Try again" },
  account: account.en,
  post: post.en,
  social: social.en,
  compose: compose.en,
  seller: seller.en,
  workspace: workspace.en,
}

export type Dictionary = typeof en

const de: Dictionary = {
  catalog: catalog.de,
  meta: { title: "Agora", description: "Kaufe bei unabhängigen Händlern aus ganz Europa." },
  header: {
    feed: "Feed",
    sell: "Verkaufen auf Agora",
    home: "Agora Startseite",
    mainNav: "Hauptnavigation",
    products: "Produkte",
    cart: "Warenkorb",
    language: "Sprache",
    skipToContent: "Zum Inhalt springen",
  },
  languages: en.languages,
  footer: {
    tagline: "Agora: unabhängige Händler, ein Checkout.",
    nav: "Fußzeile",
    legal: "Rechtliches",
    social: "Folge uns",
    cookieSettings: "Cookie-Einstellungen",
  },
  consent: {
    title: "Cookies bei Agora",
    text: "Wir verwenden Cookies, die für den Shop nötig sind, und nur mit deiner Einwilligung Cookies für Statistik und Marketing.",
    acceptAll: "Alle akzeptieren",
    rejectAll: "Alle ablehnen",
    save: "Auswahl speichern",
    customize: "Anpassen",
    alwaysOn: "Immer aktiv",
  },
  blog: {
    title: "Blog",
    empty: "Noch keine Artikel.",
    by: "Von {author}",
    readMore: "Weiterlesen",
    categories: "Kategorien",
    all: "Alle Artikel",
  },
  preview: { notice: "Vorschau: Du siehst unveröffentlichte Änderungen.", exit: "Vorschau beenden" },
  form: {
    name: "Name",
    email: "E-Mail",
    message: "Nachricht",
    honeypot: "Dieses Feld bitte leer lassen",
    sending: "Wird gesendet…",
    failed: "Deine Nachricht konnte nicht gesendet werden. Bitte versuche es später erneut.",
    invalid: "Bitte prüfe die markierten Felder.",
    errors: {
      required: "Bitte fülle dieses Feld aus.",
      invalid: "Bitte gib einen gültigen Wert ein.",
      tooLong: "Das ist zu lang.",
    },
  },
  posts: { likes: { one: "{n} Like", other: "{n} Likes" }, by: "Beitrag von {name}" },
  pricing: { highlighted: "Am beliebtesten" },
  home: { featured: "Ausgewählte Produkte", viewAll: "Alle Produkte ansehen" },
  products: {
    title: "Produkte",
    categories: "Kategorien",
    all: "Alle Produkte",
    empty: "Keine Produkte gefunden.",
    from: "ab",
    priceUnavailable: "Preis nicht verfügbar",
  },
  pagination: { label: "Seitennavigation", previous: "Zurück", next: "Weiter", page: "Seite {page} von {pages}" },
  product: {
    images: "Produktbilder",
    imageAlt: "{title}, Bild {n}",
    addToCart: "In den Warenkorb",
    adding: "Wird hinzugefügt…",
    added: "Zum Warenkorb hinzugefügt.",
    failed: "Konnte nicht hinzugefügt werden. Bitte versuche es erneut.",
    unavailable: "Diese Kombination ist nicht verfügbar.",
    outOfStock: "Nicht vorrätig",
  },
  cart: cart.de,
  checkout: checkout.de,
  notFound: {
    title: "Seite nicht gefunden",
    body: "Wir konnten nicht finden, wonach du gesucht hast.",
    home: "Zurück zum Shop",
  },
  error: {
    title: "Etwas ist schiefgelaufen",
    body: "Der Shop konnte diese Seite nicht laden. Bitte versuche es erneut.",
    retry: "Erneut versuchen",
  },
  account: account.de,
  post: post.de,
  social: social.de,
  compose: compose.de,
  seller: seller.de,
  workspace: workspace.de,
}

const el: Dictionary = {
  catalog: catalog.el,
  meta: { title: "Agora", description: "Αγόρασε από ανεξάρτητους πωλητές σε όλη την Ευρώπη." },
  header: {
    feed: "Ροή",
    sell: "Πουλήστε στην Agora",
    home: "Αρχική Agora",
    mainNav: "Κύρια πλοήγηση",
    products: "Προϊόντα",
    cart: "Καλάθι",
    language: "Γλώσσα",
    skipToContent: "Μετάβαση στο περιεχόμενο",
  },
  languages: en.languages,
  footer: {
    tagline: "Agora: ανεξάρτητοι πωλητές, ένα checkout.",
    nav: "Υποσέλιδο",
    legal: "Νομικά",
    social: "Ακολούθησέ μας",
    cookieSettings: "Ρυθμίσεις cookies",
  },
  consent: {
    title: "Cookies στην Agora",
    text: "Χρησιμοποιούμε cookies που είναι απαραίτητα για τη λειτουργία του καταστήματος και, μόνο με τη συγκατάθεσή σου, cookies για στατιστικά και μάρκετινγκ.",
    acceptAll: "Αποδοχή όλων",
    rejectAll: "Απόρριψη όλων",
    save: "Αποθήκευση επιλογής",
    customize: "Προσαρμογή",
    alwaysOn: "Πάντα ενεργά",
  },
  blog: {
    title: "Blog",
    empty: "Δεν υπάρχουν ακόμη άρθρα.",
    by: "Από {author}",
    readMore: "Διάβασε περισσότερα",
    categories: "Κατηγορίες",
    all: "Όλα τα άρθρα",
  },
  preview: { notice: "Προεπισκόπηση: βλέπεις αδημοσίευτες αλλαγές.", exit: "Έξοδος από την προεπισκόπηση" },
  form: {
    name: "Όνομα",
    email: "Email",
    message: "Μήνυμα",
    honeypot: "Άφησε αυτό το πεδίο κενό",
    sending: "Αποστολή…",
    failed: "Το μήνυμά σου δεν στάλθηκε. Δοκίμασε ξανά αργότερα.",
    invalid: "Έλεγξε τα επισημασμένα πεδία.",
    errors: {
      required: "Συμπλήρωσε αυτό το πεδίο.",
      invalid: "Δώσε μια έγκυρη τιμή.",
      tooLong: "Είναι πολύ μεγάλο.",
    },
  },
  posts: { likes: { one: "{n} μου αρέσει", other: "{n} μου αρέσει" }, by: "Ανάρτηση από {name}" },
  pricing: { highlighted: "Η πιο δημοφιλής" },
  home: { featured: "Προτεινόμενα προϊόντα", viewAll: "Όλα τα προϊόντα" },
  products: {
    title: "Προϊόντα",
    categories: "Κατηγορίες",
    all: "Όλα τα προϊόντα",
    empty: "Δεν βρέθηκαν προϊόντα.",
    from: "από",
    priceUnavailable: "Η τιμή δεν είναι διαθέσιμη",
  },
  pagination: { label: "Σελιδοποίηση", previous: "Προηγούμενη", next: "Επόμενη", page: "Σελίδα {page} από {pages}" },
  product: {
    images: "Εικόνες προϊόντος",
    imageAlt: "{title}, εικόνα {n}",
    addToCart: "Προσθήκη στο καλάθι",
    adding: "Προστίθεται…",
    added: "Προστέθηκε στο καλάθι.",
    failed: "Η προσθήκη απέτυχε. Δοκίμασε ξανά.",
    unavailable: "Αυτός ο συνδυασμός δεν είναι διαθέσιμος.",
    outOfStock: "Εξαντλήθηκε",
  },
  cart: cart.el,
  checkout: checkout.el,
  notFound: {
    title: "Η σελίδα δεν βρέθηκε",
    body: "Δεν βρήκαμε αυτό που έψαχνες.",
    home: "Επιστροφή στο κατάστημα",
  },
  error: {
    title: "Κάτι πήγε στραβά",
    body: "Το κατάστημα δεν μπόρεσε να φορτώσει αυτή τη σελίδα. Δοκίμασε ξανά.",
    retry: "Δοκίμασε ξανά",
  },
  account: account.el,
  post: post.el,
  social: social.el,
  compose: compose.el,
  seller: seller.el,
  workspace: workspace.el,
}

const dictionaries: Record<Locale, Dictionary> = { en, de, el }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

/** Fills "{name}" placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}
