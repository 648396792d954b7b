type AddressLike = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
  phone?: string | null
}

/** An address as printed lines (name, company, street, town, country), empty parts left out. */
export function addressLines(address: AddressLike, countryName: (code: string) => string): string[] {
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ")
  return [
    join(address.first_name, address.last_name),
    address.company,
    address.address_1,
    address.address_2,
    join(address.postal_code, address.city),
    address.country_code ? countryName(address.country_code) : null,
    address.phone,
  ].filter((line): line is string => Boolean(line))
}

/** Looks up a country's name among the region's countries; an unknown code shows as itself ("US"). */
export function countryNamer(countries: { code: string; name: string }[]): (code: string) => string {
  const names = new Map(countries.map((country) => [country.code.toLowerCase(), country.name]))
  return (code) => names.get(code.toLowerCase()) ?? code.toUpperCase()
}
