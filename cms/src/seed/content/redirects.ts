// Old addresses that marketers moved; the storefront answers them with a redirect.
export const redirects = [{ from: '/about-us', to: '/about', permanent: true }]
