import type { Messages } from "./types"

const quote = (text: string) => `«${text}»`

// Polite plural throughout. A seller is named as "το κατάστημα" (neuter), which avoids guessing a gender.
export const el: Messages = {
  greeting: (name) => (name ? `Γεια σας ${name},` : "Γεια σας,"),
  linkHint: "Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτόν τον σύνδεσμο στο πρόγραμμα περιήγησής σας:",
  signOff: "Με εκτίμηση,",
  team: "Η ομάδα της Agora",
  automatic: "Αυτό είναι ένα αυτόματο μήνυμα από την Agora. Παρακαλούμε μην απαντήσετε σε αυτό.",
  preferences: "Μπορείτε να επιλέξετε ποιες ειδοποιήσεις λαμβάνετε:",
  types: {
    email_verification: ({ name, url, expires_hours }, f) => ({
      subject: "Επιβεβαιώστε τη διεύθυνση email σας",
      title: "Επιβεβαιώστε τη διεύθυνση email σας",
      body: `Επιβεβαιώστε τη διεύθυνση email σας με τον σύνδεσμο που σας στείλαμε. Ισχύει για ${f.hours(expires_hours)}.`,
      name,
      lines: ["Παρακαλούμε επιβεβαιώστε τη διεύθυνση email σας για να ολοκληρώσετε τη δημιουργία του λογαριασμού σας στην Agora."],
      action: { label: "Επιβεβαίωση διεύθυνσης email", url },
      notes: [
        `Ο σύνδεσμος ισχύει για ${f.hours(expires_hours)} και μπορεί να χρησιμοποιηθεί μόνο μία φορά.`,
        "Αν δεν δημιουργήσατε λογαριασμό στην Agora, μπορείτε να αγνοήσετε αυτό το email.",
      ],
    }),
    password_reset: ({ url, expires_minutes }, f) => ({
      subject: "Επαναφέρετε τον κωδικό πρόσβασής σας",
      title: "Επαναφέρετε τον κωδικό πρόσβασής σας",
      body: `Ορίστε νέο κωδικό πρόσβασης με τον σύνδεσμο που σας στείλαμε. Ισχύει για ${f.minutes(expires_minutes)}.`,
      lines: ["Λάβαμε ένα αίτημα επαναφοράς του κωδικού πρόσβασης του λογαριασμού σας στην Agora."],
      action: { label: "Ορισμός νέου κωδικού πρόσβασης", url },
      notes: [
        `Ο σύνδεσμος ισχύει για ${f.minutes(expires_minutes)} και μπορεί να χρησιμοποιηθεί μόνο μία φορά.`,
        "Αν δεν το ζητήσατε εσείς, μπορείτε να αγνοήσετε αυτό το email· ο κωδικός πρόσβασής σας παραμένει ο ίδιος.",
      ],
    }),
    order_placed: ({ order }, f) => ({
      subject: `Σας ευχαριστούμε για την παραγγελία σας #${order.display_id}`,
      title: `Η παραγγελία #${order.display_id} καταχωρήθηκε`,
      body: `Λάβαμε την παραγγελία σας #${order.display_id} συνολικού ποσού ${f.money(order.total, order.currency_code)}.`,
      lines: [
        `Σας ευχαριστούμε για την παραγγελία σας #${order.display_id}. Τη λάβαμε και θα σας ενημερώσουμε μόλις αποσταλεί.`,
        "Κάθε πωλητής αποστέλλει χωριστά το δικό του μέρος της παραγγελίας σας· θα σας στέλνουμε email για κάθε δέμα που αποστέλλεται.",
      ],
      details: [
        ...order.items.map((item) => ({ label: `${item.quantity} × ${item.title}`, value: f.money(item.total, order.currency_code) })),
        { label: "Σύνολο", value: f.money(order.total, order.currency_code) },
      ],
      action: { label: "Προβολή παραγγελίας", url: order.url },
    }),
    order_paid: ({ order }, f) => ({
      subject: `Λάβαμε την πληρωμή σας για την παραγγελία #${order.display_id}`,
      title: `Λάβαμε την πληρωμή σας για την παραγγελία #${order.display_id}`,
      body: `Λάβαμε την πληρωμή σας ύψους ${f.money(order.total, order.currency_code)} για την παραγγελία #${order.display_id}.`,
      lines: [
        `Λάβαμε την πληρωμή σας ύψους ${f.money(order.total, order.currency_code)} για την παραγγελία #${order.display_id}.`,
        "Οι πωλητές ετοιμάζουν τώρα τα προϊόντα σας για αποστολή.",
      ],
      action: { label: "Προβολή παραγγελίας", url: order.url },
    }),
    order_shipped: ({ order, seller_name, parcels }) => ({
      subject: `Παραγγελία #${order.display_id}: τα προϊόντα σας από το κατάστημα ${seller_name} είναι καθ’ οδόν`,
      title: `Παραγγελία #${order.display_id}: τα προϊόντα από ${seller_name} εστάλησαν`,
      body: `Το κατάστημα ${seller_name} έστειλε τα προϊόντα σας από την παραγγελία #${order.display_id}.`,
      lines: [
        `Το κατάστημα ${seller_name} έστειλε τα προϊόντα σας από την παραγγελία #${order.display_id}.`,
        ...(parcels.length === 0
          ? []
          : parcels.length === 1
            ? ["Μπορείτε να παρακολουθήσετε το δέμα σας με αυτόν τον αριθμό αποστολής:"]
            : ["Μπορείτε να παρακολουθήσετε τα δέματά σας με αυτούς τους αριθμούς αποστολής:"]),
      ],
      details: parcels.map((parcel) => ({ label: "Αριθμός αποστολής", value: parcel.tracking_number, url: parcel.tracking_url })),
      action: { label: "Προβολή παραγγελίας", url: order.url },
    }),
    order_delivered: ({ order, seller_name }) => ({
      subject: `Παραγγελία #${order.display_id}: τα προϊόντα σας από το κατάστημα ${seller_name} παραδόθηκαν`,
      title: `Παραγγελία #${order.display_id}: τα προϊόντα από ${seller_name} παραδόθηκαν`,
      body: `Τα προϊόντα σας από το κατάστημα ${seller_name} (παραγγελία #${order.display_id}) παραδόθηκαν.`,
      lines: [
        `Τα προϊόντα σας από το κατάστημα ${seller_name} (παραγγελία #${order.display_id}) παραδόθηκαν.`,
        "Ελπίζουμε να τα απολαύσετε.",
      ],
      action: { label: "Προβολή παραγγελίας", url: order.url },
    }),
    invoice_available: ({ order, invoice_url }) => ({
      subject: `Το τιμολόγιο της παραγγελίας σας #${order.display_id}`,
      title: `Τιμολόγιο για την παραγγελία #${order.display_id}`,
      body: `Το τιμολόγιο της παραγγελίας σας #${order.display_id} είναι διαθέσιμο για λήψη.`,
      lines: [`Το τιμολόγιο της παραγγελίας σας #${order.display_id} είναι διαθέσιμο για λήψη.`],
      details: [{ label: "Παραγγελία", value: `#${order.display_id}`, url: order.url }],
      action: { label: "Λήψη τιμολογίου", url: invoice_url },
    }),
    new_follower: ({ follower }, f) => ({
      subject: `${f.who(follower)} άρχισε να σας ακολουθεί`,
      title: `${f.who(follower)} άρχισε να σας ακολουθεί`,
      body: `${f.whoFull(follower)} άρχισε να σας ακολουθεί στην Agora.`,
      lines: [`${f.whoFull(follower)} άρχισε να σας ακολουθεί στην Agora.`],
      action: { label: "Προβολή προφίλ", url: follower.url },
    }),
    post_liked: ({ actor, post }, f) => ({
      subject: `${f.who(actor)} έκανε «μου αρέσει» στην ανάρτησή σας`,
      title: `${f.who(actor)} έκανε «μου αρέσει» στην ανάρτησή σας`,
      body: post.caption.trim() ? quote(f.excerpt(post.caption)) : `${f.whoFull(actor)} έκανε «μου αρέσει» στην ανάρτησή σας.`,
      lines: [
        `${f.whoFull(actor)} έκανε «μου αρέσει» στην ανάρτησή σας.`,
        ...(post.caption.trim() ? [quote(f.excerpt(post.caption))] : []),
      ],
      action: { label: "Προβολή ανάρτησης", url: post.url },
    }),
    post_commented: ({ actor, post, comment }, f) => ({
      subject: `${f.who(actor)} σχολίασε την ανάρτησή σας`,
      title: `${f.who(actor)} σχολίασε την ανάρτησή σας`,
      body: quote(f.excerpt(comment.body)),
      lines: [
        post.caption.trim()
          ? `${f.whoFull(actor)} σχολίασε την ανάρτησή σας ${quote(f.excerpt(post.caption))}:`
          : `${f.whoFull(actor)} σχολίασε την ανάρτησή σας:`,
        quote(f.excerpt(comment.body)),
      ],
      action: { label: "Προβολή σχολίου", url: post.url },
    }),
    seller_approved: ({ seller, url }) => ({
      subject: `Το κατάστημά σας ${seller.name} εγκρίθηκε`,
      title: "Το κατάστημά σας εγκρίθηκε",
      body: `Το κατάστημα ${seller.name} εγκρίθηκε. Μπορείτε πλέον να καταχωρίσετε τα προϊόντα σας.`,
      name: seller.name,
      lines: [
        `Καλά νέα: η ομάδα της Agora ενέκρινε το κατάστημά σας ${seller.name}.`,
        "Μπορείτε πλέον να καταχωρίσετε τα προϊόντα σας. Η ομάδα ελέγχει κάθε προϊόν πριν δημοσιευτεί.",
      ],
      action: { label: "Μετάβαση στον χώρο πωλητή", url },
    }),
    seller_rejected: ({ seller, reason, url }) => ({
      subject: `Το κατάστημά σας ${seller.name} δεν εγκρίθηκε`,
      title: "Το κατάστημά σας δεν εγκρίθηκε",
      body: reason ? `Αιτιολογία: ${reason}` : "Η ομάδα της Agora δεν μπόρεσε να εγκρίνει το κατάστημά σας αυτή τη φορά.",
      name: seller.name,
      lines: [
        `Η ομάδα της Agora εξέτασε το κατάστημά σας ${seller.name} και δυστυχώς δεν μπόρεσε να το εγκρίνει αυτή τη φορά.`,
        ...(reason ? [`Αιτιολογία: ${reason}`] : []),
        "Για οποιαδήποτε ερώτηση, επικοινωνήστε με την ομάδα της Agora.",
      ],
      action: { label: "Προβολή αίτησης", url },
    }),
    product_approved: ({ product }) => ({
      subject: `Το προϊόν σας ${quote(product.title)} εγκρίθηκε`,
      title: `Το προϊόν εγκρίθηκε: ${quote(product.title)}`,
      body: "Είναι πλέον διαθέσιμο στο κατάστημα και οι πελάτες μπορούν να το αγοράσουν.",
      lines: [
        `Η ομάδα της Agora ενέκρινε το προϊόν σας ${quote(product.title)}. Είναι πλέον διαθέσιμο στο κατάστημα και οι πελάτες μπορούν να το αγοράσουν.`,
      ],
      action: { label: "Προβολή προϊόντος", url: product.url },
    }),
    product_rejected: ({ product, reason }) => ({
      subject: `Το προϊόν σας ${quote(product.title)} δεν εγκρίθηκε`,
      title: `Το προϊόν δεν εγκρίθηκε: ${quote(product.title)}`,
      body: reason ? `Αιτιολογία: ${reason}` : "Κάντε τις απαραίτητες αλλαγές και υποβάλετέ το ξανά για έλεγχο.",
      lines: [
        `Η ομάδα της Agora εξέτασε το προϊόν σας ${quote(product.title)} και δυστυχώς δεν μπόρεσε να το εγκρίνει.`,
        ...(reason ? [`Αιτιολογία: ${reason}`] : []),
        "Κάντε τις απαραίτητες αλλαγές και υποβάλετέ το ξανά για έλεγχο.",
      ],
      action: { label: "Επεξεργασία προϊόντος", url: product.url },
    }),
    payout_paid: ({ payout, url }, f) => ({
      subject: `Η πληρωμή σας ύψους ${f.money(payout.amount, payout.currency_code)} πραγματοποιήθηκε`,
      title: `Πραγματοποιήθηκε πληρωμή ${f.money(payout.amount, payout.currency_code)}`,
      body: "Ανάλογα με την τράπεζά σας, μπορεί να χρειαστούν μερικές εργάσιμες ημέρες μέχρι να πιστωθεί το ποσό.",
      lines: [
        `Σας στείλαμε πληρωμή ύψους ${f.money(payout.amount, payout.currency_code)}.`,
        "Ανάλογα με την τράπεζά σας, μπορεί να χρειαστούν μερικές εργάσιμες ημέρες μέχρι να πιστωθεί το ποσό στον λογαριασμό σας.",
      ],
      action: { label: "Προβολή πληρωμών", url },
    }),
  },
}
