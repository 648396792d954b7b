import { bold, h2, p, richText, ul } from '../../lexical'
import { legalPage } from './legal'

// Matches the categories of the cookie-consent global and the storefront's `agora_consent` cookie.
export const cookiesPage = legalPage('cookies', {
  en: {
    title: 'Cookie policy',
    description: 'Which cookies Agora uses, why, and how you can change your choice at any time.',
    body: richText([
      h2('What cookies are'),
      p(
        'Cookies are small text files that your browser stores when you visit a website. Similar technologies such as local storage work in the same way. We use them so that the shop works and, if you allow it, to understand how it is used.',
      ),
      h2('Necessary cookies'),
      p(
        'These cookies are required for the shop to work and cannot be switched off. The legal basis is § 25 (2) no. 2 TDDDG together with Art. 6(1)(b) and (f) GDPR.',
      ),
      ul([
        [bold('Cart:'), ' remembers the contents of your cart (up to 30 days).'],
        [bold('Session:'), ' keeps you signed in and protects forms against misuse (until you sign out).'],
        [bold('Language:'), ' remembers the language you chose (12 months).'],
        [bold('agora_consent:'), ' stores your cookie choice (12 months).'],
      ]),
      h2('Analytics cookies'),
      p(
        'With your consent, we measure which pages are visited and how the shop is used, so that we can improve it. The data are evaluated under a pseudonym. Legal basis: § 25 (1) TDDDG and Art. 6(1)(a) GDPR.',
      ),
      h2('Marketing cookies'),
      p(
        'With your consent, we and our advertising partners use cookies to show you relevant offers on other websites and to measure the success of our campaigns. Legal basis: § 25 (1) TDDDG and Art. 6(1)(a) GDPR.',
      ),
      h2('Changing your choice'),
      p(
        'You decide which optional cookies we may use, and you can withdraw your consent at any time with effect for the future: delete the cookie agora_consent in your browser settings and the cookie banner appears again on your next visit. Our privacy policy explains how we process your data.',
      ),
    ]),
  },
  de: {
    title: 'Cookie-Richtlinie',
    description: 'Welche Cookies Agora verwendet, wozu, und wie Sie Ihre Auswahl jederzeit ändern können.',
    body: richText([
      h2('Was Cookies sind'),
      p(
        'Cookies sind kleine Textdateien, die Ihr Browser beim Besuch einer Website speichert. Ähnliche Techniken wie der lokale Speicher funktionieren auf die gleiche Weise. Wir setzen sie ein, damit der Shop funktioniert und, wenn Sie es erlauben, um zu verstehen, wie er genutzt wird.',
      ),
      h2('Notwendige Cookies'),
      p(
        'Diese Cookies sind für den Betrieb des Shops erforderlich und können nicht abgeschaltet werden. Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 TDDDG in Verbindung mit Art. 6 Abs. 1 lit. b und f DSGVO.',
      ),
      ul([
        [bold('Warenkorb:'), ' merkt sich den Inhalt Ihres Warenkorbs (bis zu 30 Tage).'],
        [bold('Sitzung:'), ' hält Sie angemeldet und schützt Formulare vor Missbrauch (bis zur Abmeldung).'],
        [bold('Sprache:'), ' merkt sich die gewählte Sprache (12 Monate).'],
        [bold('agora_consent:'), ' speichert Ihre Cookie-Auswahl (12 Monate).'],
      ]),
      h2('Statistik-Cookies'),
      p(
        'Mit Ihrer Einwilligung messen wir, welche Seiten aufgerufen werden und wie der Shop genutzt wird, um ihn zu verbessern. Die Auswertung erfolgt pseudonym. Rechtsgrundlage: § 25 Abs. 1 TDDDG und Art. 6 Abs. 1 lit. a DSGVO.',
      ),
      h2('Marketing-Cookies'),
      p(
        'Mit Ihrer Einwilligung verwenden wir und unsere Werbepartner Cookies, um Ihnen auf anderen Websites passende Angebote zu zeigen und den Erfolg unserer Kampagnen zu messen. Rechtsgrundlage: § 25 Abs. 1 TDDDG und Art. 6 Abs. 1 lit. a DSGVO.',
      ),
      h2('Auswahl ändern'),
      p(
        'Sie entscheiden, welche optionalen Cookies wir verwenden dürfen, und können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen: Löschen Sie das Cookie agora_consent in Ihren Browsereinstellungen, dann erscheint das Cookie-Banner bei Ihrem nächsten Besuch erneut. Wie wir Ihre Daten verarbeiten, erklärt unsere Datenschutzerklärung.',
      ),
    ]),
  },
  el: {
    title: 'Πολιτική cookies',
    description: 'Ποια cookies χρησιμοποιεί η Agora, για ποιο σκοπό και πώς μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.',
    body: richText([
      h2('Τι είναι τα cookies'),
      p(
        'Τα cookies είναι μικρά αρχεία κειμένου που αποθηκεύει το πρόγραμμα περιήγησής σας όταν επισκέπτεστε έναν ιστότοπο. Παρόμοιες τεχνολογίες, όπως η τοπική αποθήκευση, λειτουργούν με τον ίδιο τρόπο. Τα χρησιμοποιούμε για να λειτουργεί το κατάστημα και, αν το επιτρέψετε, για να κατανοούμε πώς χρησιμοποιείται.',
      ),
      h2('Απαραίτητα cookies'),
      p(
        'Τα cookies αυτά είναι απαραίτητα για τη λειτουργία του καταστήματος και δεν μπορούν να απενεργοποιηθούν. Νομική βάση είναι το § 25 παρ. 2 αριθ. 2 TDDDG σε συνδυασμό με το άρθρο 6 παρ. 1 στ. β΄ και στ΄ ΓΚΠΔ.',
      ),
      ul([
        [bold('Καλάθι:'), ' θυμάται το περιεχόμενο του καλαθιού σας (έως 30 ημέρες).'],
        [bold('Συνεδρία:'), ' σας κρατά συνδεδεμένους και προστατεύει τις φόρμες από κατάχρηση (έως την αποσύνδεση).'],
        [bold('Γλώσσα:'), ' θυμάται τη γλώσσα που επιλέξατε (12 μήνες).'],
        [bold('agora_consent:'), ' αποθηκεύει την επιλογή σας για τα cookies (12 μήνες).'],
      ]),
      h2('Cookies στατιστικών'),
      p(
        'Με τη συγκατάθεσή σας μετράμε ποιες σελίδες επισκέπτονται και πώς χρησιμοποιείται το κατάστημα, ώστε να το βελτιώνουμε. Η ανάλυση γίνεται με ψευδωνυμοποιημένα δεδομένα. Νομική βάση: § 25 παρ. 1 TDDDG και άρθρο 6 παρ. 1 στ. α΄ ΓΚΠΔ.',
      ),
      h2('Cookies μάρκετινγκ'),
      p(
        'Με τη συγκατάθεσή σας, εμείς και οι διαφημιστικοί μας συνεργάτες χρησιμοποιούμε cookies για να σας δείχνουμε σχετικές προσφορές σε άλλους ιστότοπους και να μετράμε την αποτελεσματικότητα των καμπανιών μας. Νομική βάση: § 25 παρ. 1 TDDDG και άρθρο 6 παρ. 1 στ. α΄ ΓΚΠΔ.',
      ),
      h2('Αλλαγή της επιλογής σας'),
      p(
        'Εσείς αποφασίζετε ποια προαιρετικά cookies μπορούμε να χρησιμοποιούμε και μπορείτε να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή με ισχύ για το μέλλον: διαγράψτε το cookie agora_consent από τις ρυθμίσεις του προγράμματος περιήγησης και το μήνυμα για τα cookies θα εμφανιστεί ξανά στην επόμενη επίσκεψή σας. Η πολιτική απορρήτου μας εξηγεί πώς επεξεργαζόμαστε τα δεδομένα σας.',
      ),
    ]),
  },
})
