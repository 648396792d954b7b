import sharp from 'sharp'

// A warm gradient with soft shapes, rendered locally so seeding needs no network.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="700" viewBox="0 0 1600 700">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#f6d365"/>
      <stop offset="1" stop-color="#fda085"/>
    </linearGradient>
  </defs>
  <rect width="1600" height="700" fill="url(#sky)"/>
  <circle cx="1250" cy="180" r="120" fill="#fff" fill-opacity="0.35"/>
  <circle cx="300" cy="560" r="220" fill="#fff" fill-opacity="0.2"/>
  <path d="M0 560 C 400 460 800 660 1600 520 L 1600 700 L 0 700 Z" fill="#e07a5f" fill-opacity="0.55"/>
</svg>`

export async function heroImage(): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
