import { createElement, Fragment } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"

import { renderRichText } from "./rich-text"
import type { LexicalNode } from "./types"

const html = (...children: LexicalNode[]) =>
  renderToStaticMarkup(
    createElement(Fragment, null, renderRichText({ root: { type: "root", children } }, { locale: "de", cmsUrl: "http://cms:3001" }))
  )
const text = (value: string, format = 0): LexicalNode => ({ type: "text", text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: "paragraph", children })

describe("renderRichText", () => {
  it("renders paragraphs with bold, italic and other formats", () => {
    expect(html(paragraph(text("Plain "), text("bold", 1), text(" and "), text("both", 3), text("code", 16)))).toBe(
      "<p>Plain <strong>bold</strong> and <strong><em>both</em></strong><code>code</code></p>"
    )
  })

  it("renders headings from h2 down, demoting h1", () => {
    expect(html({ type: "heading", tag: "h3", children: [text("Sub")] })).toBe("<h3>Sub</h3>")
    expect(html({ type: "heading", tag: "h1", children: [text("Top")] })).toBe("<h2>Top</h2>")
  })

  it("renders bullet and numbered lists", () => {
    const item = (value: string): LexicalNode => ({ type: "listitem", children: [text(value)] })
    expect(html({ type: "list", listType: "bullet", children: [item("a"), item("b")] })).toBe("<ul><li>a</li><li>b</li></ul>")
    expect(html({ type: "list", listType: "number", children: [item("one")] })).toBe("<ol><li>one</li></ol>")
  })

  it("localises internal links and keeps external ones", () => {
    const link = (fields: LexicalNode["fields"]): LexicalNode => ({ type: "link", fields, children: [text("here")] })
    expect(html(paragraph(link({ linkType: "custom", url: "/about" })))).toBe('<p><a href="/de/about">here</a></p>')
    expect(html(paragraph(link({ linkType: "custom", url: "https://example.com", newTab: true })))).toBe(
      '<p><a href="https://example.com" target="_blank" rel="noopener noreferrer">here</a></p>'
    )
    expect(
      html(paragraph(link({ linkType: "internal", doc: { relationTo: "articles", value: { slug: "spring" } } })))
    ).toBe('<p><a href="/de/blog/spring">here</a></p>')
    expect(html(paragraph(link({ linkType: "internal", doc: { relationTo: "pages", value: { slug: "home" } } })))).toBe(
      '<p><a href="/de">here</a></p>'
    )
  })

  it("drops unsafe or unresolved links but keeps their text", () => {
    expect(html(paragraph({ type: "link", fields: { url: "javascript:alert(1)" }, children: [text("x")] }))).toBe("<p>x</p>")
    expect(
      html(paragraph({ type: "link", fields: { linkType: "internal", doc: { relationTo: "pages", value: 4 } }, children: [text("y")] }))
    ).toBe("<p>y</p>")
  })

  it("escapes text and renders line breaks, quotes and uploads", () => {
    expect(html(paragraph(text("<b>"), { type: "linebreak" }, text("next")))).toBe("<p>&lt;b&gt;<br/>next</p>")
    expect(html({ type: "quote", children: [text("Wise")] })).toBe("<blockquote>Wise</blockquote>")
    expect(html({ type: "upload", relationTo: "media", value: { id: 1, url: "/api/media/file/a.jpg", alt: "A" } })).toBe(
      '<img src="http://cms:3001/api/media/file/a.jpg" alt="A" loading="lazy"/>'
    )
  })

  it("renders nothing without content", () => {
    expect(renderRichText(null, { locale: "en", cmsUrl: "http://cms:3001" })).toBeNull()
  })
})
