/** A review's or a reply's text as its paragraphs: one per line its author typed. */
export default function ReviewText({ text }: { text: string }) {
  return text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line, index) => <p key={index}>{line}</p>)
}
