const en = {
  description: "Browse products from independent sellers across Europe.",
  search: { label: "Search products", submit: "Search" },
  sort: { label: "Sort by", apply: "Apply", newest: "Newest first", oldest: "Oldest first", title: "Name (A–Z)" },
  filters: {
    label: "Active filters",
    search: "Search: “{q}”",
    category: "Category: {name}",
    seller: "Seller: {name}",
    remove: "Remove filter {filter}",
    clearAll: "Clear all",
  },
  results: { one: "{n} product", other: "{n} products" },
  sellerTitle: "Products by {seller}",
  searchTitle: "Search results for “{q}”",
  pageTitle: "{title}, page {page}",
  empty: {
    query: "No products match “{q}”.",
    filtered: "No products match these filters.",
    none: "There are no products here yet.",
    hint: "Check the spelling, try fewer words or remove a filter.",
    searchAll: "Search all products for “{q}”",
    clear: "Clear search and filters",
  },
  breadcrumbs: { label: "Breadcrumb", home: "Home" },
  product: {
    taxNote: "incl. VAT, plus shipping",
    outOfStock: "out of stock",
    unavailable: "not available",
  },
  seller: { label: "Seller", soldBy: "Sold by", more: "More from {seller}" },
  posts: { heading: "Seen in posts" },
}

export type CatalogMessages = typeof en

const de: CatalogMessages = {
  description: "Entdecke Produkte unabhängiger Händler aus ganz Europa.",
  search: { label: "Produkte durchsuchen", submit: "Suchen" },
  sort: {
    label: "Sortieren nach",
    apply: "Anwenden",
    newest: "Neueste zuerst",
    oldest: "Älteste zuerst",
    title: "Name (A–Z)",
  },
  filters: {
    label: "Aktive Filter",
    search: "Suche: „{q}“",
    category: "Kategorie: {name}",
    seller: "Händler: {name}",
    remove: "Filter {filter} entfernen",
    clearAll: "Alle entfernen",
  },
  results: { one: "{n} Produkt", other: "{n} Produkte" },
  sellerTitle: "Produkte von {seller}",
  searchTitle: "Suchergebnisse für „{q}“",
  pageTitle: "{title}, Seite {page}",
  empty: {
    query: "Keine Produkte passen zu „{q}“.",
    filtered: "Keine Produkte passen zu diesen Filtern.",
    none: "Hier gibt es noch keine Produkte.",
    hint: "Prüfe die Schreibweise, versuche es mit weniger Wörtern oder entferne einen Filter.",
    searchAll: "Alle Produkte nach „{q}“ durchsuchen",
    clear: "Suche und Filter zurücksetzen",
  },
  breadcrumbs: { label: "Brotkrümelnavigation", home: "Startseite" },
  product: {
    taxNote: "inkl. MwSt., zzgl. Versand",
    outOfStock: "nicht vorrätig",
    unavailable: "nicht erhältlich",
  },
  seller: { label: "Händler", soldBy: "Verkauft von", more: "Mehr von {seller}" },
  posts: { heading: "Gesehen in Beiträgen" },
}

const el: CatalogMessages = {
  description: "Ανακάλυψε προϊόντα από ανεξάρτητους πωλητές σε όλη την Ευρώπη.",
  search: { label: "Αναζήτηση προϊόντων", submit: "Αναζήτηση" },
  sort: {
    label: "Ταξινόμηση",
    apply: "Εφαρμογή",
    newest: "Νεότερα πρώτα",
    oldest: "Παλαιότερα πρώτα",
    title: "Όνομα (Α–Ω)",
  },
  filters: {
    label: "Ενεργά φίλτρα",
    search: "Αναζήτηση: «{q}»",
    category: "Κατηγορία: {name}",
    seller: "Πωλητής: {name}",
    remove: "Αφαίρεση φίλτρου {filter}",
    clearAll: "Καθαρισμός όλων",
  },
  results: { one: "{n} προϊόν", other: "{n} προϊόντα" },
  sellerTitle: "Προϊόντα από {seller}",
  searchTitle: "Αποτελέσματα αναζήτησης για «{q}»",
  pageTitle: "{title}, σελίδα {page}",
  empty: {
    query: "Κανένα προϊόν δεν ταιριάζει με «{q}».",
    filtered: "Κανένα προϊόν δεν ταιριάζει με αυτά τα φίλτρα.",
    none: "Δεν υπάρχουν ακόμη προϊόντα εδώ.",
    hint: "Έλεγξε την ορθογραφία, δοκίμασε λιγότερες λέξεις ή αφαίρεσε ένα φίλτρο.",
    searchAll: "Αναζήτηση σε όλα τα προϊόντα για «{q}»",
    clear: "Καθαρισμός αναζήτησης και φίλτρων",
  },
  breadcrumbs: { label: "Διαδρομή πλοήγησης", home: "Αρχική" },
  product: {
    taxNote: "με ΦΠΑ, χωρίς τα έξοδα αποστολής",
    outOfStock: "εξαντλήθηκε",
    unavailable: "μη διαθέσιμο",
  },
  seller: { label: "Πωλητής", soldBy: "Πωλείται από", more: "Περισσότερα από {seller}" },
  posts: { heading: "Σε αναρτήσεις" },
}

export const catalog = { en, de, el }
