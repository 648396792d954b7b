import { useUser } from "../hooks/users"

type Props = { type: "user" | "seller" | "system"; id: string | null }

/** Who made a decision: an operator by e-mail, otherwise the kind of actor. */
export function Actor({ type, id }: Props) {
  const { data } = useUser(type === "user" ? id : null)
  if (type === "user") return <>{data?.user.email ?? id ?? "-"}</>
  return <>{type === "seller" ? "Seller" : "System"}</>
}
