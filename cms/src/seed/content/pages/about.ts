import { bold, h2, p, richText, ul, type RichText } from '../../lexical'
import type { Localized } from '../../locales'
import type { PageSeed } from './types'

const metricValues = ['2', '3', '100 %', '2']

const t: Localized<{
  title: string
  heading: string
  subheading: string
  ctaLabel: string
  story: RichText
  reviewHeading: string
  review: RichText
  metricsHeading: string
  postsHeading: string
  metrics: string[]
  metaDescription: string
}> = {
  en: {
    title: 'About us',
    heading: "A market square for Europe's makers",
    subheading: 'Agora is named after the market square of ancient Greek towns, where people met, traded and talked. We are building that square online, for independent sellers and the people who love what they make.',
    ctaLabel: 'Explore the shop',
    story: richText([
      h2('Why we started Agora'),
      p(
        "Agora began with a bottle of olive oil. A friend's family on Crete made some of the best oil we had ever tasted, yet the only way to get it to Berlin was in a suitcase. Big marketplaces asked for volumes a family grove cannot deliver, and a shop of their own meant payment contracts, tax questions and a website nobody would find.",
      ),
      p(
        'So we built the place we were missing: a marketplace where small producers open a shop in an afternoon, where shoppers buy from many of them in one checkout, and where people share what they love, just as they would at a market.',
      ),
      h2('What we believe in'),
      ul([
        [bold('Makers first.'), ' Sellers set their own prices and shipping, keep their customer relationships and are paid out for every order.'],
        [bold('Trust by design.'), ' We approve every seller and check every product before it goes live. Payments run through the licensed payment providers Viva Wallet and Stripe.'],
        [bold('Open by default.'), ' Agora is open-source software. Anyone can read the code, run their own marketplace or help us improve it.'],
      ]),
      h2('Who we are'),
      p(
        'We are a small team in Berlin and Chania with backgrounds in retail, software and farming. We speak German, Greek and English, and we answer every message ourselves.',
      ),
    ]),
    reviewHeading: 'Every seller is checked by a person',
    review: richText([
      p(
        'Before a shop opens, we talk to the people behind it: where their products come from, how they make them and how they ship. Every new product is reviewed by our team before it appears in the shop.',
      ),
      p(
        'That takes a little longer than an automatic sign-up. In return, you know that the honey really comes from the beekeeper and the mug from the potter who made it.',
      ),
    ]),
    metricsHeading: 'Agora today',
    postsHeading: 'Handmade, as our community shares it',
    metrics: [
      'home towns: Berlin and Chania',
      'languages we answer in',
      'of sellers reviewed by a person',
      'payment providers: Viva Wallet and Stripe',
    ],
    metaDescription: 'Why we built Agora, what we believe in and how we review every seller and product before it goes live.',
  },
  de: {
    title: 'Über uns',
    heading: 'Ein Marktplatz für Europas Hersteller',
    subheading: 'Agora ist nach dem Marktplatz der antiken griechischen Städte benannt, auf dem man sich traf, handelte und redete. Diesen Platz bauen wir online: für unabhängige Händler und die Menschen, die lieben, was sie herstellen.',
    ctaLabel: 'Zum Shop',
    story: richText([
      h2('Warum wir Agora gegründet haben'),
      p(
        'Agora begann mit einer Flasche Olivenöl. Die Familie eines Freundes auf Kreta machte eines der besten Öle, die wir je probiert hatten, doch nach Berlin kam es nur im Koffer. Große Marktplätze verlangten Mengen, die ein Familienhain nicht liefern kann, und ein eigener Shop hätte Zahlungsverträge, Steuerfragen und eine Website bedeutet, die niemand findet.',
      ),
      p(
        'Also haben wir den Ort gebaut, der uns gefehlt hat: einen Marktplatz, auf dem kleine Hersteller an einem Nachmittag einen Shop eröffnen, auf dem man bei vielen von ihnen in einem Checkout einkauft und auf dem Menschen teilen, was sie begeistert, genau wie auf einem Markt.',
      ),
      h2('Woran wir glauben'),
      ul([
        [bold('Hersteller zuerst.'), ' Händler bestimmen ihre Preise und Versandkosten selbst, behalten ihre Kundenbeziehungen und bekommen jede Bestellung ausgezahlt.'],
        [bold('Vertrauen von Anfang an.'), ' Wir schalten jeden Händler selbst frei und prüfen jedes Produkt, bevor es online geht. Zahlungen laufen über die lizenzierten Zahlungsdienstleister Viva Wallet und Stripe.'],
        [bold('Offen aus Prinzip.'), ' Agora ist Open-Source-Software. Alle können den Code lesen, einen eigenen Marktplatz betreiben oder uns helfen, ihn zu verbessern.'],
      ]),
      h2('Wer wir sind'),
      p(
        'Wir sind ein kleines Team in Berlin und Chania mit Erfahrung im Handel, in der Softwareentwicklung und in der Landwirtschaft. Wir sprechen Deutsch, Griechisch und Englisch und beantworten jede Nachricht selbst.',
      ),
    ]),
    reviewHeading: 'Jeden Händler prüft ein Mensch',
    review: richText([
      p(
        'Bevor ein Shop öffnet, sprechen wir mit den Menschen dahinter: woher ihre Produkte kommen, wie sie sie herstellen und wie sie versenden. Jedes neue Produkt sieht sich unser Team an, bevor es im Shop erscheint.',
      ),
      p(
        'Das dauert etwas länger als eine automatische Anmeldung. Dafür weißt du, dass der Honig wirklich von der Imkerin kommt und der Becher aus der Werkstatt, in der er getöpfert wurde.',
      ),
    ]),
    metricsHeading: 'Agora heute',
    postsHeading: 'Handgemacht, wie unsere Community es teilt',
    metrics: [
      'Standorte: Berlin und Chania',
      'Sprachen, in denen wir antworten',
      'der Händler von Menschen geprüft',
      'Zahlungsdienstleister: Viva Wallet und Stripe',
    ],
    metaDescription: 'Warum wir Agora gebaut haben, woran wir glauben und wie wir jeden Händler und jedes Produkt vor der Veröffentlichung prüfen.',
  },
  el: {
    title: 'Σχετικά με εμάς',
    heading: 'Μια αγορά για τους δημιουργούς της Ευρώπης',
    subheading: 'Η Agora πήρε το όνομά της από την αγορά των αρχαίων ελληνικών πόλεων, όπου οι άνθρωποι συναντιούνταν, συναλλάσσονταν και συζητούσαν. Χτίζουμε αυτή την πλατεία στο διαδίκτυο, για ανεξάρτητους πωλητές και για όσους αγαπούν ό,τι φτιάχνουν.',
    ctaLabel: 'Δες το κατάστημα',
    story: richText([
      h2('Γιατί ξεκινήσαμε την Agora'),
      p(
        'Η Agora ξεκίνησε από ένα μπουκάλι ελαιόλαδο. Η οικογένεια ενός φίλου στην Κρήτη έφτιαχνε ένα από τα καλύτερα λάδια που είχαμε δοκιμάσει, όμως ο μόνος τρόπος να φτάσει στο Βερολίνο ήταν μέσα σε μια βαλίτσα. Οι μεγάλες πλατφόρμες ζητούσαν ποσότητες που ένας οικογενειακός ελαιώνας δεν μπορεί να βγάλει, και ένα δικό τους κατάστημα θα σήμαινε συμβάσεις πληρωμών, φορολογικά ζητήματα και μια ιστοσελίδα που δεν θα έβρισκε κανείς.',
      ),
      p(
        'Έτσι φτιάξαμε το μέρος που μας έλειπε: μια αγορά όπου οι μικροί παραγωγοί ανοίγουν κατάστημα μέσα σε ένα απόγευμα, όπου οι πελάτες αγοράζουν από πολλούς μαζί με ένα checkout και όπου οι άνθρωποι μοιράζονται ό,τι αγαπούν, όπως ακριβώς σε μια λαϊκή αγορά.',
      ),
      h2('Τι πιστεύουμε'),
      ul([
        [bold('Πρώτα οι δημιουργοί.'), ' Οι πωλητές ορίζουν τις δικές τους τιμές και τα μεταφορικά τους, κρατούν τη σχέση με τους πελάτες τους και πληρώνονται για κάθε παραγγελία.'],
        [bold('Εμπιστοσύνη από την αρχή.'), ' Εγκρίνουμε κάθε πωλητή και ελέγχουμε κάθε προϊόν πριν δημοσιευτεί. Οι πληρωμές γίνονται μέσω των αδειοδοτημένων παρόχων πληρωμών Viva Wallet και Stripe.'],
        [bold('Ανοιχτοί από επιλογή.'), ' Η Agora είναι λογισμικό ανοιχτού κώδικα. Όλοι μπορούν να διαβάσουν τον κώδικα, να στήσουν τη δική τους αγορά ή να μας βοηθήσουν να τον βελτιώσουμε.'],
      ]),
      h2('Ποιοι είμαστε'),
      p(
        'Είμαστε μια μικρή ομάδα στο Βερολίνο και στα Χανιά, με εμπειρία στο λιανεμπόριο, στο λογισμικό και στη γεωργία. Μιλάμε ελληνικά, γερμανικά και αγγλικά και απαντάμε οι ίδιοι σε κάθε μήνυμα.',
      ),
    ]),
    reviewHeading: 'Κάθε πωλητή τον ελέγχει ένας άνθρωπος',
    review: richText([
      p(
        'Πριν ανοίξει ένα κατάστημα, μιλάμε με τους ανθρώπους πίσω από αυτό: από πού προέρχονται τα προϊόντα τους, πώς τα φτιάχνουν και πώς τα αποστέλλουν. Κάθε νέο προϊόν το ελέγχει η ομάδα μας πριν εμφανιστεί στο κατάστημα.',
      ),
      p(
        'Αυτό παίρνει λίγο περισσότερο χρόνο από μια αυτόματη εγγραφή. Σε αντάλλαγμα, ξέρεις ότι το μέλι έρχεται πραγματικά από τη μελισσοκόμο και η κούπα από τον κεραμίστα που την έφτιαξε.',
      ),
    ]),
    metricsHeading: 'Η Agora σήμερα',
    postsHeading: 'Χειροποίητα, όπως τα μοιράζεται η κοινότητά μας',
    metrics: [
      'έδρες: Βερολίνο και Χανιά',
      'γλώσσες στις οποίες απαντάμε',
      'των πωλητών ελέγχονται από άνθρωπο',
      'πάροχοι πληρωμών: Viva Wallet και Stripe',
    ],
    metaDescription: 'Γιατί φτιάξαμε την Agora, τι πιστεύουμε και πώς ελέγχουμε κάθε πωλητή και κάθε προϊόν πριν δημοσιευτεί.',
  },
}

export const aboutPage: PageSeed = {
  slug: 'about',
  build: (locale, media) => {
    const l = t[locale]
    return {
      title: l.title,
      layout: [
        {
          blockType: 'hero',
          heading: l.heading,
          subheading: l.subheading,
          ctaLabel: l.ctaLabel,
          ctaHref: '/products',
          image: media['about-hero'],
        },
        { blockType: 'richText', content: l.story },
        {
          blockType: 'mediaText',
          image: media['about-workshop'],
          heading: l.reviewHeading,
          content: l.review,
          imagePosition: 'right',
        },
        {
          blockType: 'metrics',
          heading: l.metricsHeading,
          items: metricValues.map((value, i) => ({ value, label: l.metrics[i] })),
        },
        // The backend's demo shoppers post under #handmade (backend/src/scripts/seed/demo-social.json).
        { blockType: 'postsGrid', heading: l.postsHeading, source: 'hashtag', hashtag: 'handmade', limit: 6 },
      ],
      meta: { title: l.title, description: l.metaDescription, image: media['about-hero'] },
    }
  },
}
