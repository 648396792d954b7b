import sharp from 'sharp'

// Seed images are drawn locally (no network, ~50 ms each): a gradient with soft shapes per palette.
export type Scene = {
  width: number
  height: number
  /** Gradient from, gradient to, shape colour. */
  colors: [string, string, string]
  /** Draws a person's silhouette instead of the landscape wave (testimonial avatars). */
  portrait?: boolean
}

const landscape = (w: number, h: number, shape: string) => `
  <circle cx="${w * 0.78}" cy="${h * 0.26}" r="${h * 0.17}" fill="#fff" fill-opacity="0.35"/>
  <circle cx="${w * 0.19}" cy="${h * 0.8}" r="${h * 0.31}" fill="#fff" fill-opacity="0.2"/>
  <path d="M0 ${h * 0.8} C ${w * 0.25} ${h * 0.66} ${w * 0.5} ${h * 0.94} ${w} ${h * 0.74} L ${w} ${h} L 0 ${h} Z"
    fill="${shape}" fill-opacity="0.55"/>`

const portrait = (w: number, h: number, shape: string) => `
  <circle cx="${w / 2}" cy="${h * 0.4}" r="${w * 0.18}" fill="${shape}" fill-opacity="0.8"/>
  <path d="M${w * 0.18} ${h} C ${w * 0.18} ${h * 0.7} ${w * 0.82} ${h * 0.7} ${w * 0.82} ${h} Z"
    fill="${shape}" fill-opacity="0.8"/>`

export async function render({ width: w, height: h, colors: [from, to, shape], portrait: person }: Scene) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#g)"/>
  ${person ? portrait(w, h, shape) : landscape(w, h, shape)}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
