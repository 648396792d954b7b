import { h2, p, richText } from '../../lexical'
import { legalPage } from './legal'

export const termsPage = legalPage('terms', {
  en: {
    title: 'Terms and conditions',
    description: 'The terms for shopping and posting on the Agora marketplace: contracts with sellers, payment, delivery, withdrawal and user content.',
    body: richText([
      h2('1. Scope'),
      p(
        'These terms govern the use of the Agora marketplace, operated by Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin ("Agora"), by shoppers and other users. Separate seller terms apply to sellers.',
      ),
      h2('2. Agora as a marketplace'),
      p(
        'Agora provides the platform on which independent sellers offer their products. Unless a product page names Agora as the seller, the contract of sale is concluded between you and the seller shown on the product page. Agora is not a party to that contract; it collects payments on behalf of the sellers and helps you with questions and returns.',
      ),
      h2('3. Conclusion of the contract'),
      p(
        'Products shown in the shop are not a binding offer. By clicking the order button you make a binding offer to buy the products in your cart. The contract is concluded when the seller accepts your offer, at the latest when the goods are dispatched; you receive a confirmation by email. An order with products from several sellers results in a separate contract with each seller.',
      ),
      h2('4. Prices, shipping and payment'),
      p(
        'All prices are in euros and include statutory VAT. Each seller sets their own shipping costs, which are shown in the cart before you order. You pay through our payment providers Viva Wallet or Stripe; the amount is charged when you place the order.',
      ),
      h2('5. Delivery'),
      p(
        'Each seller ships their part of the order separately. Delivery times are stated on the product page. If a product is not available, the seller informs you without delay and any payment already made is refunded.',
      ),
      h2('6. Right of withdrawal'),
      p(
        'As a consumer you have a statutory right to withdraw from the contract within 14 days without giving a reason. The period begins on the day on which you, or a third party named by you who is not the carrier, take possession of the goods. To exercise it, send us or the seller a clear statement, for example by email to hello@agora.local. The full withdrawal policy and the model withdrawal form are sent with your order confirmation.',
      ),
      p(
        'The right of withdrawal does not apply, among others, to goods that spoil quickly or whose expiry date would be quickly exceeded, and to sealed goods that are not suitable for return for reasons of health protection or hygiene once their seal has been removed.',
      ),
      h2('7. Warranty'),
      p(
        'The statutory rights for defects apply. Claims for defects are directed at the seller; we are glad to pass on your report and to help you.',
      ),
      h2('8. Posts and user content'),
      p(
        'You may publish posts, photos and comments if you hold the rights to them and they do not infringe the law or the rights of others. You grant Agora a non-exclusive, free licence, limited to the operation of the platform, to show them on Agora. We may remove content that breaks these terms and tell you the reasons (Art. 17 DSA). You can report unlawful content to us at any time.',
      ),
      h2('9. Liability'),
      p(
        'We are liable without limitation for intent and gross negligence and for injury to life, body or health. For slight negligence we are liable only for breaches of essential contractual obligations, limited to the foreseeable damage typical for the contract. Liability under the Product Liability Act remains unaffected.',
      ),
      h2('10. Final provisions'),
      p(
        'German law applies, excluding the UN Convention on Contracts for the International Sale of Goods. If you are a consumer, this choice of law does not deprive you of the protection of the mandatory provisions of the country in which you habitually reside. We are neither willing nor obliged to take part in dispute resolution proceedings before a consumer arbitration board.',
      ),
    ]),
  },
  de: {
    title: 'Allgemeine Geschäftsbedingungen',
    description: 'Die Bedingungen für Einkäufe und Beiträge auf dem Marktplatz Agora: Verträge mit Händlern, Zahlung, Lieferung, Widerruf und Nutzerinhalte.',
    body: richText([
      h2('1. Geltungsbereich'),
      p(
        'Diese Allgemeinen Geschäftsbedingungen regeln die Nutzung des Marktplatzes Agora, betrieben von der Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin („Agora“), durch Käuferinnen und Käufer sowie andere Nutzer. Für Händler gelten gesonderte Händlerbedingungen.',
      ),
      h2('2. Agora als Marktplatz'),
      p(
        'Agora stellt die Plattform bereit, auf der unabhängige Händler ihre Produkte anbieten. Sofern auf der Produktseite nicht Agora als Verkäufer genannt ist, kommt der Kaufvertrag zwischen Ihnen und dem auf der Produktseite genannten Händler zustande. Agora ist nicht Partei dieses Vertrags; Agora zieht die Zahlungen im Namen der Händler ein und unterstützt Sie bei Fragen und Rücksendungen.',
      ),
      h2('3. Vertragsschluss'),
      p(
        'Die Darstellung der Produkte im Shop ist kein verbindliches Angebot. Mit dem Klick auf den Bestellbutton geben Sie ein verbindliches Angebot zum Kauf der Produkte in Ihrem Warenkorb ab. Der Vertrag kommt zustande, wenn der Händler Ihr Angebot annimmt, spätestens mit dem Versand der Ware; Sie erhalten eine Bestätigung per E-Mail. Eine Bestellung mit Produkten mehrerer Händler führt zu einem eigenen Vertrag mit jedem Händler.',
      ),
      h2('4. Preise, Versand und Zahlung'),
      p(
        'Alle Preise verstehen sich in Euro einschließlich der gesetzlichen Umsatzsteuer. Jeder Händler legt seine Versandkosten selbst fest; sie werden vor der Bestellung im Warenkorb angezeigt. Sie bezahlen über unsere Zahlungsdienstleister Viva Wallet oder Stripe; der Betrag wird mit Abgabe der Bestellung belastet.',
      ),
      h2('5. Lieferung'),
      p(
        'Jeder Händler versendet seinen Teil der Bestellung getrennt. Die Lieferzeiten stehen auf der Produktseite. Ist ein Produkt nicht verfügbar, informiert Sie der Händler unverzüglich, und bereits geleistete Zahlungen werden erstattet.',
      ),
      h2('6. Widerrufsrecht'),
      p(
        'Als Verbraucherin oder Verbraucher haben Sie ein gesetzliches Widerrufsrecht von 14 Tagen ohne Angabe von Gründen. Die Frist beginnt an dem Tag, an dem Sie oder ein von Ihnen benannter Dritter, der nicht der Beförderer ist, die Ware in Besitz genommen haben. Zur Ausübung genügt eine eindeutige Erklärung an uns oder den Händler, zum Beispiel per E-Mail an hello@agora.local. Die vollständige Widerrufsbelehrung und das Muster-Widerrufsformular erhalten Sie mit Ihrer Bestellbestätigung.',
      ),
      p(
        'Das Widerrufsrecht besteht unter anderem nicht bei Waren, die schnell verderben können oder deren Verfallsdatum schnell überschritten würde, sowie bei versiegelten Waren, die aus Gründen des Gesundheitsschutzes oder der Hygiene nicht zur Rückgabe geeignet sind, wenn ihre Versiegelung nach der Lieferung entfernt wurde.',
      ),
      h2('7. Gewährleistung'),
      p(
        'Es gelten die gesetzlichen Mängelrechte. Ansprüche wegen Mängeln richten sich gegen den Händler; wir leiten Ihre Meldung gern weiter und unterstützen Sie.',
      ),
      h2('8. Beiträge und Nutzerinhalte'),
      p(
        'Sie dürfen Beiträge, Fotos und Kommentare veröffentlichen, wenn Sie die Rechte daran besitzen und sie weder gegen Gesetze noch gegen Rechte Dritter verstoßen. Sie räumen Agora ein einfaches, unentgeltliches, auf den Betrieb der Plattform beschränktes Recht ein, sie auf Agora anzuzeigen. Wir können Inhalte entfernen, die gegen diese Bedingungen verstoßen, und teilen Ihnen die Gründe mit (Art. 17 DSA). Rechtswidrige Inhalte können Sie uns jederzeit melden.',
      ),
      h2('9. Haftung'),
      p(
        'Wir haften unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, Körper oder Gesundheit. Bei leichter Fahrlässigkeit haften wir nur für die Verletzung wesentlicher Vertragspflichten, begrenzt auf den vorhersehbaren, vertragstypischen Schaden. Die Haftung nach dem Produkthaftungsgesetz bleibt unberührt.',
      ),
      h2('10. Schlussbestimmungen'),
      p(
        'Es gilt deutsches Recht unter Ausschluss des UN-Kaufrechts. Sind Sie Verbraucherin oder Verbraucher, entzieht Ihnen diese Rechtswahl nicht den Schutz der zwingenden Bestimmungen des Staates, in dem Sie Ihren gewöhnlichen Aufenthalt haben. Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.',
      ),
    ]),
  },
  el: {
    title: 'Όροι χρήσης',
    description: 'Οι όροι για αγορές και αναρτήσεις στην πλατφόρμα Agora: συμβάσεις με πωλητές, πληρωμή, παράδοση, υπαναχώρηση και περιεχόμενο χρηστών.',
    body: richText([
      h2('1. Πεδίο εφαρμογής'),
      p(
        'Οι παρόντες όροι διέπουν τη χρήση της πλατφόρμας Agora, την οποία διαχειρίζεται η Agora Marketplace GmbH, Musterstraße 1, 10115 Βερολίνο («Agora»), από αγοραστές και λοιπούς χρήστες. Για τους πωλητές ισχύουν χωριστοί όροι πωλητών.',
      ),
      h2('2. Η Agora ως διαδικτυακή αγορά'),
      p(
        'Η Agora παρέχει την πλατφόρμα στην οποία ανεξάρτητοι πωλητές προσφέρουν τα προϊόντα τους. Εκτός αν η σελίδα του προϊόντος αναφέρει την Agora ως πωλήτρια, η σύμβαση πώλησης συνάπτεται μεταξύ εσάς και του πωλητή που αναφέρεται στη σελίδα του προϊόντος. Η Agora δεν είναι συμβαλλόμενο μέρος· εισπράττει τις πληρωμές για λογαριασμό των πωλητών και σας βοηθά με ερωτήσεις και επιστροφές.',
      ),
      h2('3. Σύναψη της σύμβασης'),
      p(
        'Η παρουσίαση των προϊόντων στο κατάστημα δεν αποτελεί δεσμευτική προσφορά. Πατώντας το κουμπί της παραγγελίας υποβάλλετε δεσμευτική προσφορά για την αγορά των προϊόντων του καλαθιού σας. Η σύμβαση συνάπτεται όταν ο πωλητής αποδεχθεί την προσφορά σας, το αργότερο με την αποστολή των προϊόντων· λαμβάνετε επιβεβαίωση με email. Μια παραγγελία με προϊόντα από περισσότερους πωλητές οδηγεί σε χωριστή σύμβαση με κάθε πωλητή.',
      ),
      h2('4. Τιμές, αποστολή και πληρωμή'),
      p(
        'Όλες οι τιμές είναι σε ευρώ και περιλαμβάνουν τον νόμιμο ΦΠΑ. Κάθε πωλητής ορίζει τα δικά του μεταφορικά, τα οποία εμφανίζονται στο καλάθι πριν από την παραγγελία. Πληρώνετε μέσω των παρόχων πληρωμών μας Viva Wallet ή Stripe· το ποσό χρεώνεται με την υποβολή της παραγγελίας.',
      ),
      h2('5. Παράδοση'),
      p(
        'Κάθε πωλητής αποστέλλει χωριστά το δικό του μέρος της παραγγελίας. Οι χρόνοι παράδοσης αναφέρονται στη σελίδα του προϊόντος. Αν ένα προϊόν δεν είναι διαθέσιμο, ο πωλητής σάς ενημερώνει αμέσως και κάθε ποσό που έχει ήδη καταβληθεί επιστρέφεται.',
      ),
      h2('6. Δικαίωμα υπαναχώρησης'),
      p(
        'Ως καταναλωτής έχετε νόμιμο δικαίωμα υπαναχώρησης εντός 14 ημερών χωρίς αιτιολογία. Η προθεσμία αρχίζει την ημέρα κατά την οποία εσείς ή τρίτος που έχετε ορίσει, εκτός του μεταφορέα, παραλαμβάνετε τα προϊόντα. Για να το ασκήσετε, αρκεί μια σαφής δήλωση προς εμάς ή τον πωλητή, για παράδειγμα με email στο hello@agora.local. Την πλήρη ενημέρωση για την υπαναχώρηση και το υπόδειγμα εντύπου υπαναχώρησης τα λαμβάνετε μαζί με την επιβεβαίωση της παραγγελίας.',
      ),
      p(
        'Το δικαίωμα υπαναχώρησης δεν ισχύει, μεταξύ άλλων, για προϊόντα που αλλοιώνονται γρήγορα ή των οποίων η ημερομηνία λήξης παρέρχεται σύντομα, καθώς και για σφραγισμένα προϊόντα που δεν είναι κατάλληλα για επιστροφή για λόγους προστασίας της υγείας ή υγιεινής, εφόσον η σφράγισή τους αφαιρέθηκε μετά την παράδοση.',
      ),
      h2('7. Νόμιμη εγγύηση'),
      p(
        'Ισχύουν τα νόμιμα δικαιώματα για ελαττώματα. Οι αξιώσεις λόγω ελαττωμάτων στρέφονται κατά του πωλητή· διαβιβάζουμε ευχαρίστως την αναφορά σας και σας βοηθάμε.',
      ),
      h2('8. Αναρτήσεις και περιεχόμενο χρηστών'),
      p(
        'Μπορείτε να δημοσιεύετε αναρτήσεις, φωτογραφίες και σχόλια εφόσον έχετε τα σχετικά δικαιώματα και δεν παραβιάζουν τον νόμο ή δικαιώματα τρίτων. Παραχωρείτε στην Agora μη αποκλειστική, δωρεάν άδεια, περιορισμένη στη λειτουργία της πλατφόρμας, να τα προβάλλει στην Agora. Μπορούμε να αφαιρούμε περιεχόμενο που παραβιάζει τους παρόντες όρους και σας γνωστοποιούμε τους λόγους (άρθρο 17 DSA). Μπορείτε να μας αναφέρετε παράνομο περιεχόμενο ανά πάσα στιγμή.',
      ),
      h2('9. Ευθύνη'),
      p(
        'Ευθυνόμαστε απεριόριστα για δόλο και βαριά αμέλεια, καθώς και για βλάβη της ζωής, του σώματος ή της υγείας. Για ελαφρά αμέλεια ευθυνόμαστε μόνο για παράβαση ουσιωδών συμβατικών υποχρεώσεων, περιορισμένα στην προβλέψιμη ζημία που είναι τυπική για τη σύμβαση. Η ευθύνη βάσει του νόμου για την ευθύνη του παραγωγού παραμένει ανεπηρέαστη.',
      ),
      h2('10. Τελικές διατάξεις'),
      p(
        'Εφαρμόζεται το γερμανικό δίκαιο, με εξαίρεση τη Σύμβαση του ΟΗΕ για τις διεθνείς πωλήσεις εμπορευμάτων. Αν είστε καταναλωτής, η επιλογή αυτή δεν σας στερεί την προστασία των αναγκαστικών διατάξεων της χώρας της συνήθους διαμονής σας. Δεν είμαστε πρόθυμοι ούτε υποχρεωμένοι να συμμετέχουμε σε διαδικασίες επίλυσης διαφορών ενώπιον φορέα εναλλακτικής επίλυσης καταναλωτικών διαφορών.',
      ),
    ]),
  },
})
