import { h2, h3, p, richText } from '../../lexical'
import { legalPage } from './legal'

// The company data are fictional demo data; the page says so.
export const imprintPage = legalPage('imprint', {
  en: {
    title: 'Imprint',
    description: 'Legal information about Agora Marketplace GmbH, the operator of the Agora marketplace.',
    body: richText([
      h2('Information pursuant to § 5 DDG'),
      p('Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin, Germany'),
      h3('Represented by'),
      p('Managing directors: Maria Papadopoulou, Jonas Becker'),
      h3('Contact'),
      p('Phone: +49 30 23125 400'),
      p('Email: hello@agora.local'),
      h3('Register entry'),
      p('Commercial register of the Local Court (Amtsgericht) Charlottenburg, Berlin, HRB 245817 B'),
      h3('VAT identification number'),
      p('VAT ID pursuant to § 27a of the German VAT Act (UStG): DE 318 245 671'),
      h3('Responsible for content pursuant to § 18 (2) MStV'),
      p('Maria Papadopoulou, address as above'),
      h3('Online marketplace'),
      p(
        'Agora is an online marketplace. Contracts for the products offered are concluded with the seller named on the product page; each seller shows their own legal information on their seller profile.',
      ),
      h3('Contact point under the Digital Services Act'),
      p(
        'Authorities, the European Commission and users can reach our single point of contact (Art. 11 and 12 DSA) at hello@agora.local, in English, German or Greek. Please report unlawful content through the same address.',
      ),
      h3('Consumer dispute resolution'),
      p(
        'We are neither willing nor obliged to take part in dispute resolution proceedings before a consumer arbitration board (§ 36 VSBG).',
      ),
      p('The company details on this page are fictional and serve as an example for the demo store.'),
    ]),
  },
  de: {
    title: 'Impressum',
    description: 'Rechtliche Angaben zur Agora Marketplace GmbH, der Betreiberin des Marktplatzes Agora.',
    body: richText([
      h2('Angaben gemäß § 5 DDG'),
      p('Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin, Deutschland'),
      h3('Vertreten durch'),
      p('Geschäftsführung: Maria Papadopoulou, Jonas Becker'),
      h3('Kontakt'),
      p('Telefon: +49 30 23125 400'),
      p('E-Mail: hello@agora.local'),
      h3('Registereintrag'),
      p('Handelsregister des Amtsgerichts Charlottenburg, Berlin, HRB 245817 B'),
      h3('Umsatzsteuer-Identifikationsnummer'),
      p('Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE 318 245 671'),
      h3('Verantwortlich für den Inhalt gemäß § 18 Abs. 2 MStV'),
      p('Maria Papadopoulou, Anschrift wie oben'),
      h3('Online-Marktplatz'),
      p(
        'Agora ist ein Online-Marktplatz. Verträge über die angebotenen Produkte kommen mit dem auf der Produktseite genannten Händler zustande; jeder Händler nennt seine eigenen Pflichtangaben in seinem Händlerprofil.',
      ),
      h3('Kontaktstelle nach dem Digital Services Act'),
      p(
        'Behörden, die Europäische Kommission sowie Nutzerinnen und Nutzer erreichen unsere zentrale Kontaktstelle (Art. 11 und 12 DSA) unter hello@agora.local, auf Deutsch, Englisch oder Griechisch. Rechtswidrige Inhalte melden Sie bitte ebenfalls an diese Adresse.',
      ),
      h3('Verbraucherstreitbeilegung'),
      p(
        'Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen (§ 36 VSBG).',
      ),
      p('Die Unternehmensangaben auf dieser Seite sind frei erfunden und dienen als Beispiel für den Demoshop.'),
    ]),
  },
  el: {
    title: 'Νομικές πληροφορίες',
    description: 'Νομικές πληροφορίες για την Agora Marketplace GmbH, τη διαχειρίστρια της πλατφόρμας Agora.',
    body: richText([
      h2('Στοιχεία σύμφωνα με το § 5 DDG (γερμανικός νόμος για τις ψηφιακές υπηρεσίες)'),
      p('Agora Marketplace GmbH, Musterstraße 1, 10115 Βερολίνο, Γερμανία'),
      h3('Εκπροσωπείται από'),
      p('Διαχειριστές: Maria Papadopoulou, Jonas Becker'),
      h3('Επικοινωνία'),
      p('Τηλέφωνο: +49 30 23125 400'),
      p('Email: hello@agora.local'),
      h3('Καταχώριση στο μητρώο'),
      p('Εμπορικό μητρώο του Ειρηνοδικείου (Amtsgericht) Charlottenburg, Βερολίνο, HRB 245817 B'),
      h3('Αριθμός φορολογικού μητρώου ΦΠΑ'),
      p('ΑΦΜ ΦΠΑ σύμφωνα με το § 27a του γερμανικού νόμου περί ΦΠΑ (UStG): DE 318 245 671'),
      h3('Υπεύθυνη για το περιεχόμενο σύμφωνα με το § 18 παρ. 2 MStV'),
      p('Maria Papadopoulou, διεύθυνση όπως παραπάνω'),
      h3('Διαδικτυακή αγορά'),
      p(
        'Η Agora είναι μια διαδικτυακή αγορά. Οι συμβάσεις για τα προσφερόμενα προϊόντα συνάπτονται με τον πωλητή που αναφέρεται στη σελίδα του προϊόντος· κάθε πωλητής παρουσιάζει τα δικά του νομικά στοιχεία στο προφίλ του.',
      ),
      h3('Σημείο επαφής σύμφωνα με την Πράξη για τις Ψηφιακές Υπηρεσίες'),
      p(
        'Οι αρχές, η Ευρωπαϊκή Επιτροπή και οι χρήστες μπορούν να επικοινωνούν με το ενιαίο σημείο επαφής μας (άρθρα 11 και 12 DSA) στο hello@agora.local, στα ελληνικά, στα γερμανικά ή στα αγγλικά. Παρακαλούμε να αναφέρετε παράνομο περιεχόμενο στην ίδια διεύθυνση.',
      ),
      h3('Εξωδικαστική επίλυση καταναλωτικών διαφορών'),
      p(
        'Δεν είμαστε πρόθυμοι ούτε υποχρεωμένοι να συμμετέχουμε σε διαδικασίες επίλυσης διαφορών ενώπιον φορέα εναλλακτικής επίλυσης καταναλωτικών διαφορών (§ 36 VSBG).',
      ),
      p('Τα εταιρικά στοιχεία αυτής της σελίδας είναι φανταστικά και χρησιμεύουν ως παράδειγμα για το demo κατάστημα.'),
    ]),
  },
})
