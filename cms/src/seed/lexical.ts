// A tiny builder for the Lexical JSON that Payload's richText fields store, so the seeded texts read
// as texts: `richText([h2('Title'), p('Some ', bold('bold'), ' words.'), ul(['One', 'Two'])])`.

type Node = { type: string; version: number; [key: string]: unknown }

export type RichText = {
  root: {
    type: 'root'
    children: Node[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
}

type Inline = string | Node

const block = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const inline = (children: Inline[]): Node[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

/** Bold text (Lexical's format bit 1). */
export const bold = (value: string): Node => text(value, 1)

export const p = (...children: Inline[]): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: inline(children),
})

const heading =
  (tag: 'h2' | 'h3') =>
  (...children: Inline[]): Node => ({ type: 'heading', tag, ...block, children: inline(children) })

export const h2 = heading('h2')
export const h3 = heading('h3')

const list =
  (listType: 'bullet' | 'number') =>
  (items: (Inline | Inline[])[]): Node => ({
    type: 'list',
    listType,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    start: 1,
    ...block,
    children: items.map((item, index) => ({
      type: 'listitem',
      value: index + 1,
      ...block,
      children: inline(Array.isArray(item) ? item : [item]),
    })),
  })

export const ul = list('bullet')
export const ol = list('number')

export const richText = (children: Node[]): RichText => ({ root: { type: 'root', ...block, children } })
