// The labels of a postal address's fields, shared by the checkout and the address book.
const en = {
  first_name: "First name",
  last_name: "Last name",
  company: "Company (optional)",
  address_1: "Street and number",
  address_2: "Apartment, floor (optional)",
  postal_code: "Postal code",
  city: "City",
  country_code: "Country",
  phone: "Phone (optional)",
}

export type AddressFieldMessages = typeof en

const de: AddressFieldMessages = {
  first_name: "Vorname",
  last_name: "Nachname",
  company: "Firma (optional)",
  address_1: "Straße und Hausnummer",
  address_2: "Wohnung, Etage (optional)",
  postal_code: "Postleitzahl",
  city: "Ort",
  country_code: "Land",
  phone: "Telefon (optional)",
}

const el: AddressFieldMessages = {
  first_name: "Όνομα",
  last_name: "Επώνυμο",
  company: "Εταιρεία (προαιρετικό)",
  address_1: "Οδός και αριθμός",
  address_2: "Διαμέρισμα, όροφος (προαιρετικό)",
  postal_code: "Ταχυδρομικός κώδικας",
  city: "Πόλη",
  country_code: "Χώρα",
  phone: "Τηλέφωνο (προαιρετικό)",
}

export const addressFields = { en, de, el }
