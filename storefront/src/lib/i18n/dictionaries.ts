import type { Locale } from "./locales"

const en = {
  meta: { title: "Agora", description: "Buy from independent sellers across Europe." },
  header: {
    home: "Agora home",
    mainNav: "Main",
    products: "Products",
    cart: "Cart",
    language: "Language",
    skipToContent: "Skip to content",
  },
  languages: { en: "English", de: "Deutsch", el: "Ελληνικά" },
  footer: { tagline: "Agora: independent sellers, one checkout." },
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
  cart: {
    title: "Cart",
    empty: "Your cart is empty.",
    continue: "Continue shopping",
    quantity: "Quantity",
    update: "Update",
    remove: "Remove",
    unitPrice: "Unit price",
    lineTotal: "Total",
    summary: "Order summary",
    subtotal: "Subtotal",
    taxes: "Taxes",
    total: "Total",
    checkout: "Checkout",
    checkoutSoon: "Checkout is coming soon.",
  },
  notFound: { title: "Page not found", body: "We could not find what you were looking for.", home: "Back to the shop" },
  error: { title: "Something went wrong", body: "The shop could not load this page. Please try again.", retry: "Try again" },
}

export type Dictionary = typeof en

const de: Dictionary = {
  meta: { title: "Agora", description: "Kaufe bei unabhängigen Händlern aus ganz Europa." },
  header: {
    home: "Agora Startseite",
    mainNav: "Hauptnavigation",
    products: "Produkte",
    cart: "Warenkorb",
    language: "Sprache",
    skipToContent: "Zum Inhalt springen",
  },
  languages: en.languages,
  footer: { tagline: "Agora: unabhängige Händler, ein Checkout." },
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
  cart: {
    title: "Warenkorb",
    empty: "Dein Warenkorb ist leer.",
    continue: "Weiter einkaufen",
    quantity: "Menge",
    update: "Aktualisieren",
    remove: "Entfernen",
    unitPrice: "Stückpreis",
    lineTotal: "Summe",
    summary: "Bestellübersicht",
    subtotal: "Zwischensumme",
    taxes: "Steuern",
    total: "Gesamt",
    checkout: "Zur Kasse",
    checkoutSoon: "Der Checkout folgt in Kürze.",
  },
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
}

const el: Dictionary = {
  meta: { title: "Agora", description: "Αγόρασε από ανεξάρτητους πωλητές σε όλη την Ευρώπη." },
  header: {
    home: "Αρχική Agora",
    mainNav: "Κύρια πλοήγηση",
    products: "Προϊόντα",
    cart: "Καλάθι",
    language: "Γλώσσα",
    skipToContent: "Μετάβαση στο περιεχόμενο",
  },
  languages: en.languages,
  footer: { tagline: "Agora: ανεξάρτητοι πωλητές, ένα checkout." },
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
  cart: {
    title: "Καλάθι",
    empty: "Το καλάθι σου είναι άδειο.",
    continue: "Συνέχεια αγορών",
    quantity: "Ποσότητα",
    update: "Ενημέρωση",
    remove: "Αφαίρεση",
    unitPrice: "Τιμή μονάδας",
    lineTotal: "Σύνολο",
    summary: "Σύνοψη παραγγελίας",
    subtotal: "Υποσύνολο",
    taxes: "Φόροι",
    total: "Σύνολο",
    checkout: "Ολοκλήρωση αγοράς",
    checkoutSoon: "Η ολοκλήρωση αγοράς έρχεται σύντομα.",
  },
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
}

const dictionaries: Record<Locale, Dictionary> = { en, de, el }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

/** Fills "{name}" placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}
