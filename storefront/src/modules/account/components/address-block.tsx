import { addressLines } from "@/lib/account/address-lines"

type Props = { address: Parameters<typeof addressLines>[0]; countryName: (code: string) => string; className?: string }

/** A postal address as an <address> element, one line per part. */
export default function AddressBlock({ address, countryName, className }: Props) {
  return (
    <address className={`address-block${className ? ` ${className}` : ""}`}>
      {addressLines(address, countryName).map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  )
}
