import { aboutPage } from './about'
import { contactPage } from './contact'
import { cookiesPage } from './cookies'
import { homePage } from './home'
import { imprintPage } from './imprint'
import { privacyPage } from './privacy'
import { termsPage } from './terms'
import type { PageSeed } from './types'

export const pages: PageSeed[] = [
  homePage,
  aboutPage,
  contactPage,
  imprintPage,
  privacyPage,
  termsPage,
  cookiesPage,
]
