// The cart: its page, the header's drawer, promotion codes, the totals and the shipping estimate.
const en = {
  title: "Cart",
  empty: "Your cart is empty.",
  continue: "Continue shopping",
  quantity: "Quantity",
  update: "Update",
  remove: "Remove",
  unitPrice: "Unit price",
  lineTotal: "Total",
  summary: "Order summary",
  checkout: "Checkout",
  reorderMissing: "{n} items of your order can no longer be bought and were left out.",
  drawer: {
    title: "Your cart",
    close: "Close cart",
    viewCart: "View cart",
  },
  totals: {
    subtotal: "Subtotal",
    discount: "Discount",
    total: "Total",
    vat: "Including VAT",
  },
  promo: {
    label: "Promotion code",
    apply: "Apply",
    applying: "Applying…",
    applied: "The code {code} was applied.",
    codes: "Applied codes",
    remove: "Remove",
    removeCode: "Remove the code {code}",
    errors: {
      empty: "Please enter a code without spaces.",
      unknown: "There is no code {code}. Please check the spelling.",
      notApplicable: "The code {code} cannot be used for this cart.",
      failed: "The code could not be applied. Please try again.",
    },
  },
  shipping: {
    to: "Shipping to {country}",
    label: "Shipping",
    from: "from {amount}",
    note: "Estimate: the cheapest delivery method. You choose yours at checkout.",
  },
}

export type CartMessages = typeof en

const de: CartMessages = {
  title: "Warenkorb",
  empty: "Dein Warenkorb ist leer.",
  continue: "Weiter einkaufen",
  quantity: "Menge",
  update: "Aktualisieren",
  remove: "Entfernen",
  unitPrice: "Stückpreis",
  lineTotal: "Summe",
  summary: "Bestellübersicht",
  checkout: "Zur Kasse",
  reorderMissing: "{n} Artikel deiner Bestellung gibt es nicht mehr; sie wurden weggelassen.",
  drawer: {
    title: "Dein Warenkorb",
    close: "Warenkorb schließen",
    viewCart: "Zum Warenkorb",
  },
  totals: {
    subtotal: "Zwischensumme",
    discount: "Rabatt",
    total: "Gesamt",
    vat: "Enthaltene MwSt.",
  },
  promo: {
    label: "Gutscheincode",
    apply: "Einlösen",
    applying: "Wird eingelöst…",
    applied: "Der Code {code} wurde eingelöst.",
    codes: "Eingelöste Codes",
    remove: "Entfernen",
    removeCode: "Den Code {code} entfernen",
    errors: {
      empty: "Bitte gib einen Code ohne Leerzeichen ein.",
      unknown: "Den Code {code} gibt es nicht. Bitte prüfe die Schreibweise.",
      notApplicable: "Der Code {code} gilt nicht für diesen Warenkorb.",
      failed: "Der Code konnte nicht eingelöst werden. Bitte versuche es erneut.",
    },
  },
  shipping: {
    to: "Versand ({country})",
    label: "Versand",
    from: "ab {amount}",
    note: "Schätzung: die günstigste Versandart. Deine wählst du an der Kasse.",
  },
}

const el: CartMessages = {
  title: "Καλάθι",
  empty: "Το καλάθι σου είναι άδειο.",
  continue: "Συνέχεια αγορών",
  quantity: "Ποσότητα",
  update: "Ενημέρωση",
  remove: "Αφαίρεση",
  unitPrice: "Τιμή μονάδας",
  lineTotal: "Σύνολο",
  summary: "Σύνοψη παραγγελίας",
  checkout: "Ολοκλήρωση αγοράς",
  reorderMissing: "{n} προϊόντα της παραγγελίας σου δεν διατίθενται πια και παραλείφθηκαν.",
  drawer: {
    title: "Το καλάθι σου",
    close: "Κλείσιμο καλαθιού",
    viewCart: "Προβολή καλαθιού",
  },
  totals: {
    subtotal: "Υποσύνολο",
    discount: "Έκπτωση",
    total: "Σύνολο",
    vat: "Περιλαμβάνεται ΦΠΑ",
  },
  promo: {
    label: "Κωδικός προσφοράς",
    apply: "Εφαρμογή",
    applying: "Γίνεται εφαρμογή…",
    applied: "Ο κωδικός {code} εφαρμόστηκε.",
    codes: "Κωδικοί που εφαρμόστηκαν",
    remove: "Αφαίρεση",
    removeCode: "Αφαίρεση του κωδικού {code}",
    errors: {
      empty: "Πληκτρολόγησε έναν κωδικό χωρίς κενά.",
      unknown: "Ο κωδικός {code} δεν υπάρχει. Έλεγξε την ορθογραφία.",
      notApplicable: "Ο κωδικός {code} δεν ισχύει για αυτό το καλάθι.",
      failed: "Δεν ήταν δυνατή η εφαρμογή του κωδικού. Δοκίμασε ξανά.",
    },
  },
  shipping: {
    to: "Αποστολή ({country})",
    label: "Αποστολή",
    from: "από {amount}",
    note: "Εκτίμηση: ο φθηνότερος τρόπος αποστολής. Τον δικό σου τον επιλέγεις στην ολοκλήρωση αγοράς.",
  },
}

export const cart = { en, de, el }
