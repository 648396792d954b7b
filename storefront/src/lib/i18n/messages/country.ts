// The header's country switcher. Its label differs from the address forms' "Country": both can be on one page.

const en = {
  label: "Delivery country",
  submit: "Change country",
  refused: "Some items in your cart have no price in {country}. Remove them from your cart to shop there.",
  failed: "The country could not be changed. Please try again.",
}

export type CountryMessages = typeof en

const de: CountryMessages = {
  label: "Lieferland",
  submit: "Land ändern",
  refused:
    "Einige Artikel in deinem Warenkorb haben in {country} keinen Preis. Entferne sie aus dem Warenkorb, um dort einzukaufen.",
  failed: "Das Land konnte nicht geändert werden. Bitte versuche es erneut.",
}

const el: CountryMessages = {
  label: "Χώρα αποστολής",
  submit: "Αλλαγή χώρας",
  refused:
    "Κάποια προϊόντα του καλαθιού σου δεν έχουν τιμή στη χώρα {country}. Αφαίρεσέ τα από το καλάθι για να ψωνίσεις από εκεί.",
  failed: "Δεν ήταν δυνατή η αλλαγή χώρας. Δοκίμασε ξανά.",
}

export const country = { en, de, el }
