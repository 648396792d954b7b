import type { Localized } from '../../locales'
import type { PageSeed } from './types'

export const homeSlug = 'home'

const featureIcons = ['heart', 'truck', 'shield', 'chat', 'leaf', 'globe'] as const
const metricValues = ['60+', '3', '1', '14']
const people = [
  { name: 'Eleni Markaki', avatar: 'avatar-eleni' },
  { name: 'Jonas Weber', avatar: 'avatar-jonas' },
  { name: 'Katrin Vogel', avatar: 'avatar-katrin' },
] as const
// Seeded by the backend (backend/src/scripts/seed/catalog.ts), one or two from each food and home shop.
const productHandles = [
  'wildflower-honey',
  'cretan-olive-oil',
  'espresso-blend',
  'greek-mountain-tea',
  'stoneware-mug',
  'olive-wood-board',
]

type Item = { title: string; text: string }

// The storefront's end-to-end test looks for the English heading.
export const home: Localized<{
  title: string
  heading: string
  subheading: string
  ctaLabel: string
  featuresHeading: string
  features: Item[]
  productsHeading: string
  metricsHeading: string
  metrics: string[]
  testimonialsHeading: string
  testimonials: { quote: string; role: string }[]
  faqHeading: string
  faq: { question: string; answer: string }[]
  ctaHeading: string
  ctaText: string
  ctaPrimary: string
  ctaSecondary: string
  metaTitle: string
  metaDescription: string
}> = {
  en: {
    title: 'Home',
    heading: 'Discover makers you love',
    subheading: 'Buy from independent sellers across Europe in one checkout.',
    ctaLabel: 'Shop now',
    featuresHeading: 'Why shop on Agora',
    features: [
      {
        title: 'Independent sellers',
        text: 'Every shop belongs to a family business, a workshop or a small brand. We review each one before it opens.',
      },
      {
        title: 'Shipped by the maker',
        text: 'Your order comes straight from the people who made it, packed with care and tracked to your door.',
      },
      {
        title: 'Secure payment',
        text: 'Pay by card, Apple Pay or Google Pay through Viva Wallet or Stripe. Your card details never reach Agora.',
      },
      {
        title: 'Follow and ask',
        text: 'Follow sellers and friends, see their posts in your feed and ask a maker directly about a product.',
      },
      {
        title: 'Small batches',
        text: 'Honey from one valley, mugs from one kiln: small quantities made well instead of mass production.',
      },
      {
        title: 'Three languages',
        text: 'Browse in English, German or Greek and pay in euros, wherever you are in the EU.',
      },
    ],
    productsHeading: 'Fresh from our sellers',
    metricsHeading: 'Agora in numbers',
    metrics: [
      'products from independent makers',
      'countries our sellers ship from',
      'checkout for every seller',
      'days to change your mind',
    ],
    testimonialsHeading: 'What our community says',
    testimonials: [
      {
        quote: 'We used to sell our olive oil only to people who visited Crete. Now our regulars in Hamburg and Vienna reorder from home, and every order is paid out to us without any chasing.',
        role: 'Meli & Elia, Chania',
      },
      {
        quote: 'I follow three sellers and find something new in my feed every week. Honey, coffee and a linen shirt in one cart, paid in one go: that is exactly how it should work.',
        role: 'Shopper, Berlin',
      },
      {
        quote: 'Our approval took two days, and the team went through our first products with us. Most of our new customers now find us through our posts.',
        role: 'Fadenwerk, Leipzig',
      },
    ],
    faqHeading: 'Frequently asked questions',
    faq: [
      {
        question: 'How can I buy from several sellers in one order?',
        answer: 'Put products from as many sellers as you like into your cart and pay once. Agora splits the order behind the scenes: each seller receives their part, ships it and is paid for it.',
      },
      {
        question: 'Which payment methods can I use?',
        answer: 'You pay securely through Viva Wallet or Stripe: by credit or debit card and, depending on your device, with Apple Pay or Google Pay. Agora never sees or stores your full card number.',
      },
      {
        question: 'How much does shipping cost and how long does it take?',
        answer: 'Every seller sets their own shipping rates, and you see them in your cart before you pay. Most parcels within the EU arrive in two to five working days.',
      },
      {
        question: 'Can I return a product?',
        answer: 'Yes. As a consumer in the EU you may withdraw from your purchase within 14 days of delivery without giving a reason. Write to us or to the seller and we will help you with the return. The law excludes, for example, perishable food and hygiene products whose seal has been broken.',
      },
      {
        question: 'How do I become a seller on Agora?',
        answer: 'Tell us about your business through our contact form. We review every application, usually within a few working days. Once approved, you list your products, which our team checks before they go live. Payouts go to your bank account after delivery.',
      },
    ],
    ctaHeading: 'Do you make something worth sharing?',
    ctaText: 'Open your shop on Agora and reach shoppers in Germany, Greece and across Europe. We review every seller personally and pay you out for every order.',
    ctaPrimary: 'Become a seller',
    ctaSecondary: 'Read our stories',
    metaTitle: 'Agora: independent makers, one checkout',
    metaDescription: 'Shop honey, olive oil, coffee, ceramics and fashion from independent sellers across Europe and pay once with Viva Wallet or Stripe.',
  },
  de: {
    title: 'Startseite',
    heading: 'Entdecke Hersteller, die du liebst',
    subheading: 'Kaufe bei unabhängigen Händlern aus ganz Europa in einem Checkout.',
    ctaLabel: 'Jetzt einkaufen',
    featuresHeading: 'Warum Agora',
    features: [
      {
        title: 'Unabhängige Händler',
        text: 'Hinter jedem Shop steht ein Familienbetrieb, eine Werkstatt oder eine kleine Marke. Wir prüfen jeden, bevor er öffnet.',
      },
      {
        title: 'Direkt vom Hersteller',
        text: 'Deine Bestellung kommt direkt von den Menschen, die sie gemacht haben: sorgfältig verpackt und mit Sendungsverfolgung.',
      },
      {
        title: 'Sicher bezahlen',
        text: 'Bezahle per Karte, Apple Pay oder Google Pay über Viva Wallet oder Stripe. Deine Kartendaten erreichen Agora nie.',
      },
      {
        title: 'Folgen und fragen',
        text: 'Folge Händlern und Freunden, sieh ihre Beiträge in deinem Feed und frag Hersteller direkt nach ihren Produkten.',
      },
      {
        title: 'Kleine Mengen',
        text: 'Honig aus einem Tal, Becher aus einem Brennofen: kleine Mengen, gut gemacht, statt Massenware.',
      },
      {
        title: 'Drei Sprachen',
        text: 'Stöbere auf Deutsch, Englisch oder Griechisch und bezahle in Euro, wo immer du in der EU bist.',
      },
    ],
    productsHeading: 'Frisch von unseren Händlern',
    metricsHeading: 'Agora in Zahlen',
    metrics: [
      'Produkte unabhängiger Hersteller',
      'Länder, aus denen unsere Händler versenden',
      'Checkout für alle Händler',
      'Tage Widerrufsrecht',
    ],
    testimonialsHeading: 'Das sagt unsere Community',
    testimonials: [
      {
        quote: 'Früher haben wir unser Olivenöl nur an Gäste auf Kreta verkauft. Heute bestellen unsere Stammkunden in Hamburg und Wien von zu Hause nach, und jede Bestellung wird uns zuverlässig ausgezahlt.',
        role: 'Meli & Elia, Chania',
      },
      {
        quote: 'Ich folge drei Händlern und entdecke jede Woche etwas Neues in meinem Feed. Honig, Kaffee und ein Leinenhemd in einem Warenkorb und nur einmal bezahlen: genau so sollte es sein.',
        role: 'Kunde aus Berlin',
      },
      {
        quote: 'Unsere Freischaltung hat zwei Tage gedauert, und das Team ist unsere ersten Produkte mit uns durchgegangen. Die meisten neuen Kundinnen finden uns heute über unsere Beiträge.',
        role: 'Fadenwerk, Leipzig',
      },
    ],
    faqHeading: 'Häufige Fragen',
    faq: [
      {
        question: 'Wie kaufe ich bei mehreren Händlern in einer Bestellung?',
        answer: 'Lege Produkte von beliebig vielen Händlern in deinen Warenkorb und bezahle einmal. Agora teilt die Bestellung im Hintergrund auf: Jeder Händler erhält seinen Teil, versendet ihn und wird dafür bezahlt.',
      },
      {
        question: 'Welche Zahlungsarten kann ich nutzen?',
        answer: 'Du bezahlst sicher über Viva Wallet oder Stripe: mit Kredit- oder Debitkarte und je nach Gerät mit Apple Pay oder Google Pay. Agora sieht und speichert deine vollständige Kartennummer nie.',
      },
      {
        question: 'Was kostet der Versand und wie lange dauert er?',
        answer: 'Jeder Händler legt seine Versandkosten selbst fest; du siehst sie im Warenkorb, bevor du bezahlst. Die meisten Pakete sind innerhalb der EU in zwei bis fünf Werktagen bei dir.',
      },
      {
        question: 'Kann ich ein Produkt zurückgeben?',
        answer: 'Ja. Als Verbraucherin oder Verbraucher in der EU kannst du deinen Kauf innerhalb von 14 Tagen nach Erhalt ohne Angabe von Gründen widerrufen. Schreib uns oder dem Händler, wir helfen dir bei der Rücksendung. Gesetzlich ausgenommen sind zum Beispiel verderbliche Lebensmittel und Hygieneartikel, deren Versiegelung entfernt wurde.',
      },
      {
        question: 'Wie werde ich Händler auf Agora?',
        answer: 'Erzähl uns über unser Kontaktformular von deinem Betrieb. Wir prüfen jede Bewerbung, meist innerhalb weniger Werktage. Nach der Freischaltung stellst du deine Produkte ein, die unser Team vor der Veröffentlichung prüft. Ausgezahlt wird nach der Lieferung auf dein Bankkonto.',
      },
    ],
    ctaHeading: 'Du machst etwas, das man teilen möchte?',
    ctaText: 'Eröffne deinen Shop auf Agora und erreiche Kundinnen und Kunden in Deutschland, Griechenland und ganz Europa. Wir prüfen jeden Händler persönlich und zahlen dir jede Bestellung aus.',
    ctaPrimary: 'Händler werden',
    ctaSecondary: 'Zu unseren Geschichten',
    metaTitle: 'Agora: unabhängige Hersteller, ein Checkout',
    metaDescription: 'Kaufe Honig, Olivenöl, Kaffee, Keramik und Mode von unabhängigen Händlern aus ganz Europa und bezahle einmal mit Viva Wallet oder Stripe.',
  },
  el: {
    title: 'Αρχική',
    heading: 'Ανακάλυψε δημιουργούς που αγαπάς',
    subheading: 'Αγόρασε από ανεξάρτητους πωλητές σε όλη την Ευρώπη με ένα checkout.',
    ctaLabel: 'Αγόρασε τώρα',
    featuresHeading: 'Γιατί Agora',
    features: [
      {
        title: 'Ανεξάρτητοι πωλητές',
        text: 'Πίσω από κάθε κατάστημα βρίσκεται μια οικογενειακή επιχείρηση, ένα εργαστήρι ή ένα μικρό brand. Ελέγχουμε τον καθένα πριν ανοίξει.',
      },
      {
        title: 'Απευθείας από τον δημιουργό',
        text: 'Η παραγγελία σου έρχεται απευθείας από τους ανθρώπους που τη δημιούργησαν, προσεκτικά συσκευασμένη και με αριθμό παρακολούθησης.',
      },
      {
        title: 'Ασφαλής πληρωμή',
        text: 'Πλήρωσε με κάρτα, Apple Pay ή Google Pay μέσω Viva Wallet ή Stripe. Τα στοιχεία της κάρτας σου δεν φτάνουν ποτέ στην Agora.',
      },
      {
        title: 'Ακολούθησε και ρώτα',
        text: 'Ακολούθησε πωλητές και φίλους, δες τις αναρτήσεις τους στο feed σου και ρώτα απευθείας τον δημιουργό για ένα προϊόν.',
      },
      {
        title: 'Μικρές παρτίδες',
        text: 'Μέλι από μία κοιλάδα, κούπες από ένα καμίνι: μικρές ποσότητες, καλοφτιαγμένες, αντί για μαζική παραγωγή.',
      },
      {
        title: 'Τρεις γλώσσες',
        text: 'Περιηγήσου στα ελληνικά, στα αγγλικά ή στα γερμανικά και πλήρωσε σε ευρώ, όπου κι αν βρίσκεσαι στην ΕΕ.',
      },
    ],
    productsHeading: 'Φρέσκα από τους πωλητές μας',
    metricsHeading: 'Η Agora σε αριθμούς',
    metrics: [
      'προϊόντα από ανεξάρτητους δημιουργούς',
      'χώρες από τις οποίες αποστέλλουν οι πωλητές μας',
      'checkout για όλους τους πωλητές',
      'ημέρες για να το ξανασκεφτείς',
    ],
    testimonialsHeading: 'Τι λέει η κοινότητά μας',
    testimonials: [
      {
        quote: 'Παλιότερα πουλούσαμε το λάδι μας μόνο σε όσους επισκέπτονταν την Κρήτη. Σήμερα οι σταθεροί μας πελάτες στο Αμβούργο και στη Βιέννη παραγγέλνουν ξανά από το σπίτι τους, και κάθε παραγγελία μάς αποδίδεται χωρίς κυνηγητό.',
        role: 'Meli & Elia, Χανιά',
      },
      {
        quote: 'Ακολουθώ τρεις πωλητές και κάθε εβδομάδα βρίσκω κάτι καινούργιο στο feed μου. Μέλι, καφές και ένα λινό πουκάμισο στο ίδιο καλάθι με μία πληρωμή: έτσι ακριβώς πρέπει να είναι.',
        role: 'Πελάτης, Βερολίνο',
      },
      {
        quote: 'Η έγκρισή μας πήρε δύο μέρες και η ομάδα πέρασε μαζί μας τα πρώτα μας προϊόντα. Οι περισσότεροι νέοι πελάτες μας βρίσκουν πλέον μέσα από τις αναρτήσεις μας.',
        role: 'Fadenwerk, Λειψία',
      },
    ],
    faqHeading: 'Συχνές ερωτήσεις',
    faq: [
      {
        question: 'Πώς αγοράζω από πολλούς πωλητές σε μία παραγγελία;',
        answer: 'Βάλε στο καλάθι σου προϊόντα από όσους πωλητές θέλεις και πλήρωσε μία φορά. Η Agora χωρίζει την παραγγελία στο παρασκήνιο: κάθε πωλητής λαμβάνει το δικό του μέρος, το αποστέλλει και πληρώνεται γι’ αυτό.',
      },
      {
        question: 'Ποιους τρόπους πληρωμής μπορώ να χρησιμοποιήσω;',
        answer: 'Πληρώνεις με ασφάλεια μέσω Viva Wallet ή Stripe: με πιστωτική ή χρεωστική κάρτα και, ανάλογα με τη συσκευή σου, με Apple Pay ή Google Pay. Η Agora δεν βλέπει ούτε αποθηκεύει ποτέ ολόκληρο τον αριθμό της κάρτας σου.',
      },
      {
        question: 'Πόσο κοστίζει η αποστολή και πόσο διαρκεί;',
        answer: 'Κάθε πωλητής ορίζει τα δικά του μεταφορικά και τα βλέπεις στο καλάθι πριν πληρώσεις. Τα περισσότερα δέματα μέσα στην ΕΕ φτάνουν σε δύο έως πέντε εργάσιμες ημέρες.',
      },
      {
        question: 'Μπορώ να επιστρέψω ένα προϊόν;',
        answer: 'Ναι. Ως καταναλωτής στην ΕΕ μπορείς να υπαναχωρήσεις από την αγορά σου εντός 14 ημερών από την παραλαβή, χωρίς να δώσεις αιτιολογία. Γράψε σε εμάς ή στον πωλητή και θα σε βοηθήσουμε με την επιστροφή. Ο νόμος εξαιρεί, για παράδειγμα, τα ευπαθή τρόφιμα και τα είδη υγιεινής των οποίων έχει αφαιρεθεί η σφράγιση.',
      },
      {
        question: 'Πώς γίνομαι πωλητής στην Agora;',
        answer: 'Πες μας για την επιχείρησή σου μέσω της φόρμας επικοινωνίας. Εξετάζουμε κάθε αίτηση, συνήθως μέσα σε λίγες εργάσιμες ημέρες. Μετά την έγκριση ανεβάζεις τα προϊόντα σου, τα οποία η ομάδα μας ελέγχει πριν δημοσιευτούν. Οι πληρωμές γίνονται στον τραπεζικό σου λογαριασμό μετά την παράδοση.',
      },
    ],
    ctaHeading: 'Φτιάχνεις κάτι που αξίζει να μοιραστείς;',
    ctaText: 'Άνοιξε το κατάστημά σου στην Agora και φτάσε σε πελάτες στην Ελλάδα, στη Γερμανία και σε όλη την Ευρώπη. Ελέγχουμε προσωπικά κάθε πωλητή και σου αποδίδουμε κάθε παραγγελία.',
    ctaPrimary: 'Γίνε πωλητής',
    ctaSecondary: 'Διάβασε τις ιστορίες μας',
    metaTitle: 'Agora: ανεξάρτητοι δημιουργοί, ένα checkout',
    metaDescription: 'Αγόρασε μέλι, ελαιόλαδο, καφέ, κεραμικά και ρούχα από ανεξάρτητους πωλητές σε όλη την Ευρώπη και πλήρωσε μία φορά με Viva Wallet ή Stripe.',
  },
}

export const homePage: PageSeed = {
  slug: homeSlug,
  build: (locale, media) => {
    const t = home[locale]
    return {
      title: t.title,
      layout: [
        // First block: the storefront's fallback and the seed test read the hero from layout[0].
        {
          blockType: 'hero',
          heading: t.heading,
          subheading: t.subheading,
          ctaLabel: t.ctaLabel,
          ctaHref: '/products',
          image: media['home-hero'],
        },
        {
          blockType: 'featureGrid',
          heading: t.featuresHeading,
          features: featureIcons.map((icon, i) => ({ icon, ...t.features[i] })),
        },
        {
          blockType: 'productCarousel',
          heading: t.productsHeading,
          source: 'handles',
          handles: productHandles,
          limit: productHandles.length,
        },
        {
          blockType: 'metrics',
          heading: t.metricsHeading,
          items: metricValues.map((value, i) => ({ value, label: t.metrics[i] })),
        },
        {
          blockType: 'testimonials',
          heading: t.testimonialsHeading,
          items: people.map(({ name, avatar }, i) => ({ name, avatar: media[avatar], ...t.testimonials[i] })),
        },
        { blockType: 'faq', heading: t.faqHeading, items: t.faq },
        {
          blockType: 'cta',
          heading: t.ctaHeading,
          text: t.ctaText,
          links: [
            { link: { label: t.ctaPrimary, href: '/contact' }, style: 'primary' },
            { link: { label: t.ctaSecondary, href: '/blog' }, style: 'secondary' },
          ],
        },
      ],
      meta: { title: t.metaTitle, description: t.metaDescription, image: media['home-hero'] },
    }
  },
}
