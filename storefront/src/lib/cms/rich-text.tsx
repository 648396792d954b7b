import { Fragment, type ReactNode } from "react"

import type { Locale } from "@/lib/i18n/locales"

import { cmsHref } from "./links"
import { imageOf } from "./media"
import type { LexicalNode, RichText } from "./types"

// Lexical's text format bit flags.
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16

export type RichTextOptions = { locale: Locale; cmsUrl: string }

/** Where an internal link points: the linked page or article, when the CMS populated it. */
function internalPath(doc: NonNullable<NonNullable<LexicalNode["fields"]>["doc"]>): string | null {
  const slug = typeof doc.value === "object" ? doc.value?.slug : null
  if (!slug) return null
  if (doc.relationTo === "articles") return `/blog/${slug}`
  return slug === "home" ? "/" : `/${slug}`
}

function text(node: LexicalNode, key: number): ReactNode {
  const format = typeof node.format === "number" ? node.format : 0
  let out: ReactNode = node.text ?? ""
  if (format & CODE) out = <code>{out}</code>
  if (format & STRIKETHROUGH) out = <s>{out}</s>
  if (format & UNDERLINE) out = <u>{out}</u>
  if (format & ITALIC) out = <em>{out}</em>
  if (format & BOLD) out = <strong>{out}</strong>
  return <Fragment key={key}>{out}</Fragment>
}

function children(node: LexicalNode, options: RichTextOptions): ReactNode[] {
  return (node.children ?? []).map((child, index) => renderNode(child, index, options))
}

function renderNode(node: LexicalNode, key: number, options: RichTextOptions): ReactNode {
  switch (node.type) {
    case "text":
      return text(node, key)
    case "linebreak":
      return <br key={key} />
    case "tab":
      return <Fragment key={key}>{"\t"}</Fragment>
    case "paragraph":
      return <p key={key}>{children(node, options)}</p>
    case "heading": {
      // The page owns the only h1; content headings start at h2.
      const Tag = (/^h[2-6]$/.test(node.tag ?? "") ? node.tag : "h2") as "h2"
      return <Tag key={key}>{children(node, options)}</Tag>
    }
    case "list": {
      const Tag = node.listType === "number" ? "ol" : "ul"
      return <Tag key={key}>{children(node, options)}</Tag>
    }
    case "listitem":
      return <li key={key}>{children(node, options)}</li>
    case "quote":
      return <blockquote key={key}>{children(node, options)}</blockquote>
    case "horizontalrule":
      return <hr key={key} />
    case "link":
    case "autolink": {
      const fields = node.fields
      const raw = fields?.linkType === "internal" && fields.doc ? internalPath(fields.doc) : (fields?.url ?? node.url)
      const href = cmsHref(options.locale, raw)
      const content = children(node, options)
      // A link whose target is unknown or unsafe keeps its text.
      if (!href) return <Fragment key={key}>{content}</Fragment>
      // Plain <a> also for in-site links: content links are few, and this keeps the renderer free of Next.
      const tab = fields?.newTab ? { target: "_blank", rel: "noopener noreferrer" } : {}
      return (
        <a key={key} href={href} {...tab}>
          {content}
        </a>
      )
    }
    case "upload": {
      const image = imageOf(node.value, options.cmsUrl, "card")
      return image ? (
        <img key={key} src={image.src} alt={image.alt} width={image.width ?? undefined} height={image.height ?? undefined} loading="lazy" />
      ) : null
    }
    default:
      // Unknown element nodes still show their text rather than vanishing.
      return node.children ? <Fragment key={key}>{children(node, options)}</Fragment> : null
  }
}

/** Lexical JSON as React elements: paragraphs, headings, lists, quotes, links, images and text formats. */
export function renderRichText(content: RichText, options: RichTextOptions): ReactNode {
  if (!content?.root) return null
  return children(content.root, options)
}
