/**
 * The path a preview link may send the editor to: a same-site path ("/de/about"), never another
 * origin ("//evil.example", "/\\evil.example") or a URL with a scheme, so the route is no open redirect.
 */
export function previewPath(path: string | null): string | null {
  if (!path || path.length > 2000 || !path.startsWith("/")) return null
  if (path.startsWith("//") || path.includes("\\") || [...path].some((char) => char < " ")) return null
  return path
}
