import { bold, h2, p, richText, ul } from '../../lexical'
import { legalPage } from './legal'

export const privacyPage = legalPage('privacy', {
  en: {
    title: 'Privacy policy',
    description: 'How Agora processes your personal data when you shop, post or sell on the marketplace, and which rights you have.',
    body: richText([
      h2('1. Who is responsible'),
      p(
        'The controller within the meaning of the General Data Protection Regulation (GDPR) is Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin, Germany. You can reach us and our data protection officer at privacy@agora.local.',
      ),
      h2('2. What data we process and why'),
      ul([
        [bold('Visiting the website.'), ' Our servers record technical data such as IP address, time, page and browser in log files to deliver the site and keep it secure (Art. 6(1)(f) GDPR). Log files are deleted after 14 days.'],
        [bold('Customer account.'), ' Name, email address, password (stored only as a hash), addresses and order history, so that you can order and follow your purchases (Art. 6(1)(b) GDPR).'],
        [bold('Orders.'), ' Products, prices, delivery address and contact details. Each seller receives the data needed to ship their part of your order (Art. 6(1)(b) GDPR).'],
        [bold('Posts and social features.'), ' Posts, comments, likes and follows that you publish are visible to other users as part of the service (Art. 6(1)(b) GDPR). You can delete them at any time.'],
        [bold('Contact form and emails.'), ' Name, email address and message, to answer your request (Art. 6(1)(b) or (f) GDPR).'],
        [bold('Sellers.'), ' Company and contact details, bank details and the documents needed for approval, payouts and statutory checks (Art. 6(1)(b) and (c) GDPR).'],
      ]),
      h2('3. Payments'),
      p(
        'Depending on your choice, payments are processed by Viva Payment Services S.A. (Viva Wallet), Athens, Greece, or by Stripe Payments Europe Ltd., Dublin, Ireland. They receive the payment data they need and process it as independent controllers under their own privacy policies. We never receive your full card number.',
      ),
      h2('4. Recipients and processors'),
      p(
        'We use carefully selected service providers for hosting, sending emails and bookkeeping (lexoffice by Haufe-Lexware GmbH & Co. KG, Freiburg) who process data only on our instructions (Art. 28 GDPR). We pass data to tax advisers and authorities where the law requires it. We do not sell personal data. If data are transferred outside the EU or the EEA, we ensure an adequate level of protection, for example through the EU standard contractual clauses.',
      ),
      h2('5. Cookies'),
      p(
        'We use technically necessary cookies and, only with your consent, cookies for statistics and marketing. Our cookie policy explains them in detail.',
      ),
      h2('6. How long we keep data'),
      p(
        'We delete personal data as soon as they are no longer needed for the purposes above. Order and invoice data are kept as long as commercial and tax law requires, in Germany for up to ten years (§ 257 HGB, § 147 AO).',
      ),
      h2('7. Your rights'),
      ul([
        'Access to your data (Art. 15 GDPR)',
        'Rectification of inaccurate data (Art. 16 GDPR)',
        'Erasure (Art. 17 GDPR) and restriction of processing (Art. 18 GDPR)',
        'Data portability (Art. 20 GDPR)',
        'Objection to processing based on legitimate interests (Art. 21 GDPR)',
        'Withdrawal of consent at any time, with effect for the future (Art. 7(3) GDPR)',
      ]),
      p(
        'You also have the right to lodge a complaint with a supervisory authority, for example the Berlin Commissioner for Data Protection and Freedom of Information.',
      ),
      h2('8. Changes to this policy'),
      p(
        'We update this policy when our services or the law change. The current version is always available on this page. Last updated: November 2026.',
      ),
    ]),
  },
  de: {
    title: 'Datenschutzerklärung',
    description: 'Wie Agora Ihre personenbezogenen Daten verarbeitet, wenn Sie auf dem Marktplatz einkaufen, posten oder verkaufen, und welche Rechte Sie haben.',
    body: richText([
      h2('1. Verantwortlicher'),
      p(
        'Verantwortlicher im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin, Deutschland. Sie erreichen uns und unseren Datenschutzbeauftragten unter privacy@agora.local.',
      ),
      h2('2. Welche Daten wir verarbeiten und warum'),
      ul([
        [bold('Besuch der Website.'), ' Unsere Server speichern technische Daten wie IP-Adresse, Uhrzeit, aufgerufene Seite und Browser in Logdateien, um die Website auszuliefern und abzusichern (Art. 6 Abs. 1 lit. f DSGVO). Logdateien werden nach 14 Tagen gelöscht.'],
        [bold('Kundenkonto.'), ' Name, E-Mail-Adresse, Passwort (nur als Hash gespeichert), Adressen und Bestellhistorie, damit Sie bestellen und Ihre Käufe verfolgen können (Art. 6 Abs. 1 lit. b DSGVO).'],
        [bold('Bestellungen.'), ' Produkte, Preise, Lieferadresse und Kontaktdaten. Jeder Händler erhält die Daten, die er für den Versand seines Teils Ihrer Bestellung braucht (Art. 6 Abs. 1 lit. b DSGVO).'],
        [bold('Beiträge und soziale Funktionen.'), ' Beiträge, Kommentare, Likes und Follows, die Sie veröffentlichen, sind als Teil des Dienstes für andere Nutzer sichtbar (Art. 6 Abs. 1 lit. b DSGVO). Sie können sie jederzeit löschen.'],
        [bold('Kontaktformular und E-Mails.'), ' Name, E-Mail-Adresse und Nachricht, um Ihre Anfrage zu beantworten (Art. 6 Abs. 1 lit. b oder f DSGVO).'],
        [bold('Händler.'), ' Unternehmens- und Kontaktdaten, Bankverbindung und die Unterlagen, die für Freischaltung, Auszahlungen und gesetzliche Prüfungen nötig sind (Art. 6 Abs. 1 lit. b und c DSGVO).'],
      ]),
      h2('3. Zahlungen'),
      p(
        'Je nach Ihrer Wahl wickeln die Viva Payment Services S.A. (Viva Wallet), Athen, Griechenland, oder die Stripe Payments Europe Ltd., Dublin, Irland, Ihre Zahlung ab. Sie erhalten die dafür nötigen Zahlungsdaten und verarbeiten sie als eigene Verantwortliche nach ihren Datenschutzhinweisen. Ihre vollständige Kartennummer erhalten wir nie.',
      ),
      h2('4. Empfänger und Auftragsverarbeiter'),
      p(
        'Für Hosting, E-Mail-Versand und Buchhaltung (lexoffice der Haufe-Lexware GmbH & Co. KG, Freiburg) setzen wir sorgfältig ausgewählte Dienstleister ein, die Daten nur nach unserer Weisung verarbeiten (Art. 28 DSGVO). An Steuerberater und Behörden geben wir Daten weiter, soweit das Gesetz es verlangt. Wir verkaufen keine personenbezogenen Daten. Werden Daten in Länder außerhalb der EU oder des EWR übermittelt, sorgen wir für ein angemessenes Schutzniveau, etwa durch die EU-Standardvertragsklauseln.',
      ),
      h2('5. Cookies'),
      p(
        'Wir verwenden technisch notwendige Cookies und, nur mit Ihrer Einwilligung, Cookies für Statistik und Marketing. Einzelheiten finden Sie in unserer Cookie-Richtlinie.',
      ),
      h2('6. Speicherdauer'),
      p(
        'Wir löschen personenbezogene Daten, sobald sie für die genannten Zwecke nicht mehr erforderlich sind. Bestell- und Rechnungsdaten bewahren wir so lange auf, wie es das Handels- und Steuerrecht verlangt, in Deutschland bis zu zehn Jahre (§ 257 HGB, § 147 AO).',
      ),
      h2('7. Ihre Rechte'),
      ul([
        'Auskunft über Ihre Daten (Art. 15 DSGVO)',
        'Berichtigung unrichtiger Daten (Art. 16 DSGVO)',
        'Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)',
        'Datenübertragbarkeit (Art. 20 DSGVO)',
        'Widerspruch gegen Verarbeitungen auf Grundlage berechtigter Interessen (Art. 21 DSGVO)',
        'Widerruf einer Einwilligung jederzeit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)',
      ]),
      p(
        'Außerdem haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren, zum Beispiel bei der Berliner Beauftragten für Datenschutz und Informationsfreiheit.',
      ),
      h2('8. Änderungen'),
      p(
        'Wir passen diese Erklärung an, wenn sich unsere Dienste oder die Rechtslage ändern. Die aktuelle Fassung finden Sie immer auf dieser Seite. Stand: November 2026.',
      ),
    ]),
  },
  el: {
    title: 'Πολιτική απορρήτου',
    description: 'Πώς η Agora επεξεργάζεται τα προσωπικά σας δεδομένα όταν αγοράζετε, δημοσιεύετε ή πουλάτε στην πλατφόρμα και ποια δικαιώματα έχετε.',
    body: richText([
      h2('1. Υπεύθυνος επεξεργασίας'),
      p(
        'Υπεύθυνος επεξεργασίας κατά την έννοια του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ) είναι η Agora Marketplace GmbH, Musterstraße 1, 10115 Βερολίνο, Γερμανία. Μπορείτε να επικοινωνήσετε με εμάς και με τον υπεύθυνο προστασίας δεδομένων στο privacy@agora.local.',
      ),
      h2('2. Ποια δεδομένα επεξεργαζόμαστε και γιατί'),
      ul([
        [bold('Επίσκεψη στον ιστότοπο.'), ' Οι διακομιστές μας καταγράφουν τεχνικά δεδομένα, όπως διεύθυνση IP, ώρα, σελίδα και πρόγραμμα περιήγησης, σε αρχεία καταγραφής, ώστε να λειτουργεί και να προστατεύεται ο ιστότοπος (άρθρο 6 παρ. 1 στ. στ΄ ΓΚΠΔ). Τα αρχεία καταγραφής διαγράφονται μετά από 14 ημέρες.'],
        [bold('Λογαριασμός πελάτη.'), ' Όνομα, διεύθυνση email, κωδικός πρόσβασης (αποθηκεύεται μόνο ως hash), διευθύνσεις και ιστορικό παραγγελιών, ώστε να μπορείτε να παραγγέλνετε και να παρακολουθείτε τις αγορές σας (άρθρο 6 παρ. 1 στ. β΄ ΓΚΠΔ).'],
        [bold('Παραγγελίες.'), ' Προϊόντα, τιμές, διεύθυνση παράδοσης και στοιχεία επικοινωνίας. Κάθε πωλητής λαμβάνει τα δεδομένα που χρειάζεται για να αποστείλει το δικό του μέρος της παραγγελίας σας (άρθρο 6 παρ. 1 στ. β΄ ΓΚΠΔ).'],
        [bold('Αναρτήσεις και κοινωνικές λειτουργίες.'), ' Οι αναρτήσεις, τα σχόλια, τα likes και οι ακολουθήσεις που δημοσιεύετε είναι ορατά σε άλλους χρήστες ως μέρος της υπηρεσίας (άρθρο 6 παρ. 1 στ. β΄ ΓΚΠΔ). Μπορείτε να τα διαγράψετε ανά πάσα στιγμή.'],
        [bold('Φόρμα επικοινωνίας και email.'), ' Όνομα, διεύθυνση email και μήνυμα, για να απαντήσουμε στο αίτημά σας (άρθρο 6 παρ. 1 στ. β΄ ή στ΄ ΓΚΠΔ).'],
        [bold('Πωλητές.'), ' Εταιρικά στοιχεία και στοιχεία επικοινωνίας, τραπεζικά στοιχεία και τα έγγραφα που απαιτούνται για την έγκριση, τις πληρωμές και τους νόμιμους ελέγχους (άρθρο 6 παρ. 1 στ. β΄ και γ΄ ΓΚΠΔ).'],
      ]),
      h2('3. Πληρωμές'),
      p(
        'Ανάλογα με την επιλογή σας, τις πληρωμές διεκπεραιώνει η Viva Payment Services S.A. (Viva Wallet), Αθήνα, Ελλάδα, ή η Stripe Payments Europe Ltd., Δουβλίνο, Ιρλανδία. Λαμβάνουν τα δεδομένα πληρωμής που χρειάζονται και τα επεξεργάζονται ως αυτοτελείς υπεύθυνοι επεξεργασίας σύμφωνα με τις δικές τους πολιτικές απορρήτου. Δεν λαμβάνουμε ποτέ ολόκληρο τον αριθμό της κάρτας σας.',
      ),
      h2('4. Αποδέκτες και εκτελούντες την επεξεργασία'),
      p(
        'Για τη φιλοξενία, την αποστολή email και τη λογιστική (lexoffice της Haufe-Lexware GmbH & Co. KG, Φράιμπουργκ) χρησιμοποιούμε προσεκτικά επιλεγμένους παρόχους που επεξεργάζονται δεδομένα μόνο κατόπιν εντολής μας (άρθρο 28 ΓΚΠΔ). Διαβιβάζουμε δεδομένα σε φοροτεχνικούς και αρχές όταν το απαιτεί ο νόμος. Δεν πουλάμε προσωπικά δεδομένα. Αν δεδομένα διαβιβάζονται εκτός ΕΕ ή ΕΟΧ, διασφαλίζουμε επαρκές επίπεδο προστασίας, για παράδειγμα μέσω των τυποποιημένων συμβατικών ρητρών της ΕΕ.',
      ),
      h2('5. Cookies'),
      p(
        'Χρησιμοποιούμε τεχνικά απαραίτητα cookies και, μόνο με τη συγκατάθεσή σας, cookies για στατιστικά και μάρκετινγκ. Η πολιτική cookies μας τα εξηγεί αναλυτικά.',
      ),
      h2('6. Διάρκεια αποθήκευσης'),
      p(
        'Διαγράφουμε τα προσωπικά δεδομένα μόλις δεν χρειάζονται πλέον για τους παραπάνω σκοπούς. Τα δεδομένα παραγγελιών και τιμολογίων τα διατηρούμε όσο απαιτεί το εμπορικό και φορολογικό δίκαιο, στη Γερμανία έως δέκα έτη (§ 257 HGB, § 147 AO).',
      ),
      h2('7. Τα δικαιώματά σας'),
      ul([
        'Πρόσβαση στα δεδομένα σας (άρθρο 15 ΓΚΠΔ)',
        'Διόρθωση ανακριβών δεδομένων (άρθρο 16 ΓΚΠΔ)',
        'Διαγραφή (άρθρο 17 ΓΚΠΔ) και περιορισμός της επεξεργασίας (άρθρο 18 ΓΚΠΔ)',
        'Φορητότητα των δεδομένων (άρθρο 20 ΓΚΠΔ)',
        'Εναντίωση σε επεξεργασία που βασίζεται σε έννομα συμφέροντα (άρθρο 21 ΓΚΠΔ)',
        'Ανάκληση της συγκατάθεσης ανά πάσα στιγμή, με ισχύ για το μέλλον (άρθρο 7 παρ. 3 ΓΚΠΔ)',
      ]),
      p(
        'Έχετε επίσης το δικαίωμα να υποβάλετε καταγγελία σε εποπτική αρχή, για παράδειγμα στην Επιτροπή Προστασίας Δεδομένων του Βερολίνου ή στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα στην Αθήνα.',
      ),
      h2('8. Αλλαγές της πολιτικής'),
      p(
        'Ενημερώνουμε την πολιτική αυτή όταν αλλάζουν οι υπηρεσίες μας ή η νομοθεσία. Η ισχύουσα έκδοση βρίσκεται πάντα σε αυτή τη σελίδα. Τελευταία ενημέρωση: Νοέμβριος 2026.',
      ),
    ]),
  },
})
