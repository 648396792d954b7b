import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The CMS has no public pages of its own: the storefront renders the content.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  experimental: {
    // Cookies ignore ports: on one host (localhost in development) Next would clear the storefront's
    // draft-mode cookie on every CMS response, as it belongs to another build, and end its preview.
    multiZoneDraftMode: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
