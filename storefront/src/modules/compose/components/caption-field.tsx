import { useLayoutEffect, useRef, useState, type KeyboardEvent } from "react"

import { pickTag, suggestTags, typedTag } from "@/lib/compose/hashtags"
import { CAPTION_MAX } from "@/lib/compose/limits"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

type Props = {
  id: string
  locale: Locale
  value: string
  onChange: (value: string) => void
  /** Known hashtags, hottest first, without `#`. */
  hashtags: string[]
  t: ComposeMessages["caption"]
}

/**
 * The caption, with hashtag suggestions while a `#word` is typed. The textarea stays a textbox (it holds
 * paragraphs) and drives the listbox the way a combobox does: aria-activedescendant, arrows move, Enter picks,
 * Escape closes. Without an option chosen, Enter is a line break.
 */
export default function CaptionField({ id, locale, value, onChange, hashtags, t }: Props) {
  const area = useRef<HTMLTextAreaElement>(null)
  // Where the caret is; null while the field is not focused or text is selected, which closes the list.
  const [caret, setCaret] = useState<number | null>(null)
  // The chosen option, and the hashtag being typed it belongs to (another hashtag starts unchosen).
  const [active, setActive] = useState<{ at: string; index: number } | null>(null)
  const [dismissed, setDismissed] = useState<string | null>(null)
  const nextCaret = useRef<number | null>(null)

  const typed = caret === null ? null : typedTag(value, caret)
  const options = typed ? suggestTags(hashtags, typed.query) : []
  const at = typed ? `${typed.start}:${typed.query}` : null
  const open = options.length > 0 && at !== dismissed
  const index = open && active?.at === at ? active.index : -1
  const listId = `${id}-suggestions`
  const optionId = (i: number) => `${id}-suggestion-${i}`

  // After a pick, the caret goes behind the inserted hashtag once the new text is in the field.
  useLayoutEffect(() => {
    if (nextCaret.current === null || !area.current) return
    area.current.setSelectionRange(nextCaret.current, nextCaret.current)
    nextCaret.current = null
  })

  const track = () => {
    const field = area.current
    if (field) setCaret(field.selectionStart === field.selectionEnd ? field.selectionEnd : null)
  }

  const pick = (tag: string) => {
    if (!typed) return
    const next = pickTag(value, typed, tag, CAPTION_MAX)
    if (!next) return
    nextCaret.current = next.caret
    setCaret(next.caret)
    onChange(next.text)
  }

  const key = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys that confirm an input method's composition (Greek, Japanese, ...) are not ours.
    if (!open || !at || event.nativeEvent.isComposing) return
    const move = (to: number) => {
      event.preventDefault()
      setActive({ at, index: (to + options.length) % options.length })
    }
    if (event.key === "ArrowDown") move(index + 1)
    else if (event.key === "ArrowUp") move(Math.max(index, 0) - 1)
    else if (event.key === "Enter" && index !== -1) {
      event.preventDefault()
      pick(options[index])
    } else if (event.key === "Escape") {
      event.preventDefault()
      setDismissed(at)
    }
  }

  const numbers = new Intl.NumberFormat(locale)
  const plural = new Intl.PluralRules(locale).select(options.length) === "one" ? "one" : "other"
  return (
    <div className="form__field caption-field">
      <label htmlFor={id}>{t.label}</label>
      <div className="caption-field__box">
        <textarea
          ref={area}
          id={id}
          value={value}
          rows={5}
          maxLength={CAPTION_MAX}
          aria-describedby={`${id}-counter`}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={index !== -1 ? optionId(index) : undefined}
          onChange={(event) => {
            onChange(event.target.value)
            setCaret(event.target.selectionEnd)
          }}
          onSelect={track}
          onFocus={track}
          onBlur={() => setCaret(null)}
          onKeyDown={key}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label={t.suggestions} className="caption-field__suggestions">
            {options.map((tag, i) => (
              <li
                key={tag}
                id={optionId(i)}
                role="option"
                aria-selected={i === index}
                // Keeps the focus (and the caret) in the textarea.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(tag)}
              >
                #{tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id={`${id}-counter`} className="caption-field__counter">
        {fill(t.counter, { count: numbers.format(value.length), max: numbers.format(CAPTION_MAX) })}
      </p>
      <p className="visually-hidden" role="status">
        {open ? fill(t.available[plural], { n: options.length }) : ""}
      </p>
    </div>
  )
}
