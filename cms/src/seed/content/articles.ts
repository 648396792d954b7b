import { bold, h2, ol, p, richText, ul, type RichText } from '../lexical'
import type { Localized } from '../locales'
import type { MediaKey } from '../media'
import type { CategorySlug } from './categories'

type Texts = { title: string; excerpt: string; content: RichText }

export type ArticleSeed = {
  slug: string
  cover: MediaKey
  author: string
  category: CategorySlug
  /** Fixed, so the blog's order (newest first) is the same after every seed. */
  publishedAt: string
  texts: Localized<Texts>
}

const welcome: ArticleSeed = {
  slug: 'welcome-to-agora',
  cover: 'cover-welcome',
  author: 'Maria Papadopoulou',
  category: 'news',
  publishedAt: '2026-10-06T08:00:00.000Z',
  texts: {
    en: {
      title: "Welcome to Agora: one checkout for Europe's independent makers",
      excerpt: 'Agora opens with sellers from Crete, Tyrol and Leipzig. Here is what makes our marketplace different and what comes next.',
      content: richText([
        p(
          'Today we are opening Agora, a marketplace for independent makers from across Europe. You can now buy olive oil from Crete, stoneware from Tyrol and linen shirts from Leipzig in a single order, and pay for all of it at once.',
        ),
        h2('Meet our first sellers'),
        ul([
          [bold('Meli & Elia'), ', a family grocery in Chania, with early-harvest olive oil, thyme honey and mountain herbs.'],
          [bold('Alpenhof Werkstatt'), ' above Innsbruck, who throw stoneware and pour candles from the wax of their own hives.'],
          [bold('Fadenwerk Leipzig'), ', a textile studio sewing and knitting with wool, linen and organic cotton, plus wooden toys from the Erzgebirge.'],
        ]),
        h2('More than a shop'),
        p(
          'Agora is also a place to share. Follow sellers and friends, post a photo of your breakfast with the honey you bought, tag the product and see what others are cooking, brewing and wearing. Your feed shows the people you follow and what is trending in the community.',
        ),
        h2('What comes next'),
        p(
          'New sellers join every week, each reviewed by our team. If you make something worth sharing, tell us about it on our contact page. And if you have ideas for Agora itself, we would love to hear them: the platform is open source, so you can even help build it.',
        ),
      ]),
    },
    de: {
      title: 'Willkommen bei Agora: ein Checkout für Europas unabhängige Hersteller',
      excerpt: 'Agora startet mit Händlern aus Kreta, Tirol und Leipzig. Was unseren Marktplatz besonders macht und wie es weitergeht.',
      content: richText([
        p(
          'Heute eröffnen wir Agora, einen Marktplatz für unabhängige Hersteller aus ganz Europa. Ab sofort kaufst du Olivenöl aus Kreta, Steingut aus Tirol und Leinenhemden aus Leipzig in einer Bestellung und bezahlst alles auf einmal.',
        ),
        h2('Unsere ersten Händler'),
        ul([
          [bold('Meli & Elia'), ', ein Familienladen in Chania, mit Olivenöl aus früher Ernte, Thymianhonig und Bergkräutern.'],
          [bold('Alpenhof Werkstatt'), ' oberhalb von Innsbruck, wo Steingut gedreht und Kerzen aus dem Wachs der eigenen Bienenstöcke gegossen werden.'],
          [bold('Fadenwerk Leipzig'), ', ein Textilstudio, das mit Wolle, Leinen und Bio-Baumwolle näht und strickt, dazu Holzspielzeug aus dem Erzgebirge.'],
        ]),
        h2('Mehr als ein Shop'),
        p(
          'Auf Agora wird auch geteilt. Folge Händlern und Freunden, poste ein Foto deines Frühstücks mit dem Honig, den du gekauft hast, markiere das Produkt und sieh, was andere kochen, brühen und tragen. Dein Feed zeigt die Menschen, denen du folgst, und was in der Community gerade angesagt ist.',
        ),
        h2('Wie es weitergeht'),
        p(
          'Jede Woche kommen neue Händler dazu, jeder von unserem Team geprüft. Wenn du etwas herstellst, das man teilen möchte, erzähl uns auf unserer Kontaktseite davon. Und wenn du Ideen für Agora selbst hast, freuen wir uns darauf: Die Plattform ist Open Source, du kannst sie also sogar mitentwickeln.',
        ),
      ]),
    },
    el: {
      title: 'Καλώς ήρθες στην Agora: ένα checkout για τους ανεξάρτητους δημιουργούς της Ευρώπης',
      excerpt: 'Η Agora ανοίγει με πωλητές από την Κρήτη, το Τιρόλο και τη Λειψία. Τι κάνει την αγορά μας διαφορετική και τι ακολουθεί.',
      content: richText([
        p(
          'Σήμερα ανοίγουμε την Agora, μια αγορά για ανεξάρτητους δημιουργούς από όλη την Ευρώπη. Από τώρα μπορείς να αγοράσεις ελαιόλαδο από την Κρήτη, κεραμικά από το Τιρόλο και λινά πουκάμισα από τη Λειψία σε μία παραγγελία και να τα πληρώσεις όλα μαζί.',
        ),
        h2('Γνώρισε τους πρώτους μας πωλητές'),
        ul([
          [bold('Meli & Elia'), ', ένα οικογενειακό μπακάλικο στα Χανιά, με αγουρέλαιο, θυμαρίσιο μέλι και βότανα του βουνού.'],
          [bold('Alpenhof Werkstatt'), ' πάνω από το Ίνσμπρουκ, όπου φτιάχνουν κεραμικά στον τροχό και κεριά από το κερί των δικών τους κυψελών.'],
          [bold('Fadenwerk Leipzig'), ', ένα εργαστήριο υφάσματος που ράβει και πλέκει με μαλλί, λινό και βιολογικό βαμβάκι, μαζί με ξύλινα παιχνίδια από τα Μεταλλοφόρα Όρη (Erzgebirge).'],
        ]),
        h2('Κάτι περισσότερο από ένα κατάστημα'),
        p(
          'Η Agora είναι και ένας τόπος για να μοιράζεσαι. Ακολούθησε πωλητές και φίλους, ανέβασε μια φωτογραφία από το πρωινό σου με το μέλι που αγόρασες, κάνε tag το προϊόν και δες τι μαγειρεύουν, τι πίνουν και τι φορούν οι άλλοι. Το feed σου δείχνει τους ανθρώπους που ακολουθείς και ό,τι είναι δημοφιλές στην κοινότητα.',
        ),
        h2('Τι ακολουθεί'),
        p(
          'Κάθε εβδομάδα έρχονται νέοι πωλητές, τους οποίους ελέγχει η ομάδα μας. Αν φτιάχνεις κάτι που αξίζει να μοιραστείς, πες μας γι’ αυτό στη σελίδα επικοινωνίας. Και αν έχεις ιδέες για την ίδια την Agora, θέλουμε να τις ακούσουμε: η πλατφόρμα είναι ανοιχτού κώδικα, οπότε μπορείς ακόμη και να βοηθήσεις να τη χτίσουμε.',
        ),
      ]),
    },
  },
}

const mountainTea: ArticleSeed = {
  slug: 'how-to-brew-greek-mountain-tea',
  cover: 'cover-mountain-tea',
  author: 'Eleni Markaki',
  category: 'guides',
  publishedAt: '2026-10-28T08:00:00.000Z',
  texts: {
    en: {
      title: 'How to brew Greek mountain tea',
      excerpt: 'Sideritis has been brewed in Greek villages for centuries. Eleni from Meli & Elia explains how to get a golden, fragrant cup every time.',
      content: richText([
        p(
          'Greek mountain tea, tsai tou vounou, is made from sideritis, a hardy herb that grows on rocky slopes above a thousand metres. It is caffeine-free, mellow and slightly citrusy, and almost every Greek kitchen keeps a bundle in the cupboard.',
        ),
        h2('What you need'),
        ul([
          'One or two dried stems per cup, about 2 g',
          'Freshly boiled water',
          'A small pot or a teapot',
          'Honey and a slice of lemon, if you like',
        ]),
        h2('Step by step'),
        ol([
          'Break the stems so they fit your pot: flowers, leaves and stalks all go in.',
          'Pour over water just off the boil, or simmer the herbs gently in a small pot, as Greek grandmothers do.',
          'Let it steep for five to seven minutes, until the tea turns golden.',
          'Strain it, and add a spoon of thyme honey once it has cooled a little, so the honey keeps its aroma.',
        ]),
        h2('Hot or cold'),
        p(
          'In summer we brew a large pot in the evening, let it cool and keep it in the fridge with lemon slices and a sprig of mint. It keeps for two days and is the best thing to drink on a hot afternoon.',
        ),
        p('Our mountain tea grows on Mount Olympus and is picked by hand in July, when the plant is in full bloom.'),
      ]),
    },
    de: {
      title: 'So brühst du griechischen Bergtee',
      excerpt: 'Sideritis wird in griechischen Dörfern seit Jahrhunderten aufgebrüht. Eleni von Meli & Elia erklärt, wie dir jedes Mal eine goldene, duftende Tasse gelingt.',
      content: richText([
        p(
          'Griechischer Bergtee, Tsai tou Vounou, wird aus Sideritis gemacht, einem robusten Kraut, das an felsigen Hängen oberhalb von tausend Metern wächst. Er ist koffeinfrei, mild und leicht zitronig, und in fast jeder griechischen Küche liegt ein Bund davon im Schrank.',
        ),
        h2('Was du brauchst'),
        ul([
          'Ein bis zwei getrocknete Stängel pro Tasse, etwa 2 g',
          'Frisch aufgekochtes Wasser',
          'Einen kleinen Topf oder eine Teekanne',
          'Nach Belieben Honig und eine Scheibe Zitrone',
        ]),
        h2('Schritt für Schritt'),
        ol([
          'Brich die Stängel so, dass sie in deinen Topf passen: Blüten, Blätter und Stiele kommen alle hinein.',
          'Gieß sie mit Wasser auf, das gerade nicht mehr kocht, oder lass die Kräuter wie griechische Großmütter sanft in einem kleinen Topf köcheln.',
          'Lass den Tee fünf bis sieben Minuten ziehen, bis er golden ist.',
          'Seih ihn ab und gib einen Löffel Thymianhonig hinein, wenn er etwas abgekühlt ist, damit der Honig sein Aroma behält.',
        ]),
        h2('Heiß oder kalt'),
        p(
          'Im Sommer brühen wir abends eine große Kanne auf, lassen sie abkühlen und stellen sie mit Zitronenscheiben und einem Minzzweig in den Kühlschrank. So hält er zwei Tage und ist das Beste, was man an einem heißen Nachmittag trinken kann.',
        ),
        p('Unser Bergtee wächst am Olymp und wird im Juli, wenn die Pflanze in voller Blüte steht, von Hand gepflückt.'),
      ]),
    },
    el: {
      title: 'Πώς να φτιάξεις ελληνικό τσάι του βουνού',
      excerpt: 'Η σιδερίτιδα βράζεται στα ελληνικά χωριά εδώ και αιώνες. Η Ελένη από το Meli & Elia εξηγεί πώς να πετυχαίνεις κάθε φορά ένα χρυσαφένιο, αρωματικό φλιτζάνι.',
      content: richText([
        p(
          'Το ελληνικό τσάι του βουνού φτιάχνεται από τη σιδερίτιδα, ένα ανθεκτικό βότανο που φυτρώνει σε βραχώδεις πλαγιές πάνω από τα χίλια μέτρα. Δεν έχει καφεΐνη, είναι απαλό με μια ελαφριά νότα εσπεριδοειδών, και σχεδόν κάθε ελληνική κουζίνα έχει ένα ματσάκι στο ντουλάπι.',
        ),
        h2('Τι χρειάζεσαι'),
        ul([
          'Ένα με δύο αποξηραμένα κλαδάκια ανά φλιτζάνι, περίπου 2 g',
          'Νερό που μόλις έβρασε',
          'Ένα μικρό μπρίκι ή μια τσαγιέρα',
          'Μέλι και μια φέτα λεμόνι, αν σου αρέσει',
        ]),
        h2('Βήμα βήμα'),
        ol([
          'Σπάσε τα κλαδάκια ώστε να χωράνε στο σκεύος σου: μπαίνουν όλα, άνθη, φύλλα και κοτσάνια.',
          'Ρίξε από πάνω νερό που μόλις σταμάτησε να βράζει ή σιγόβρασε τα βότανα σε ένα μικρό μπρίκι, όπως κάνουν οι γιαγιάδες.',
          'Άφησέ το να γίνει για πέντε έως επτά λεπτά, μέχρι να πάρει χρυσαφένιο χρώμα.',
          'Σούρωσέ το και πρόσθεσε μια κουταλιά θυμαρίσιο μέλι όταν κρυώσει λίγο, ώστε το μέλι να κρατήσει το άρωμά του.',
        ]),
        h2('Ζεστό ή κρύο'),
        p(
          'Το καλοκαίρι φτιάχνουμε μια μεγάλη κανάτα το βράδυ, την αφήνουμε να κρυώσει και τη βάζουμε στο ψυγείο με φέτες λεμονιού και ένα κλαδάκι δυόσμο. Κρατάει δύο μέρες και είναι ό,τι καλύτερο για ένα ζεστό απόγευμα.',
        ),
        p('Το τσάι του βουνού μας φυτρώνει στον Όλυμπο και μαζεύεται με το χέρι τον Ιούλιο, όταν το φυτό είναι σε πλήρη άνθιση.'),
      ]),
    },
  },
}

const woodCare: ArticleSeed = {
  slug: 'caring-for-stoneware-and-olive-wood',
  cover: 'cover-wood-care',
  author: 'Anna Hofer',
  category: 'guides',
  publishedAt: '2026-11-17T08:00:00.000Z',
  texts: {
    en: {
      title: 'Caring for stoneware and olive wood',
      excerpt: 'A good mug and a solid serving board can last a lifetime. Anna from Alpenhof Werkstatt shares how to look after them.',
      content: richText([
        p(
          'Handmade things get better with use, as long as you treat them well. This is how we look after the stoneware and olive wood in our own kitchen in Tyrol.',
        ),
        h2('Stoneware'),
        ul([
          'Our stoneware is fired at 1,240 °C, so it is safe in the dishwasher and the microwave.',
          'Avoid sudden changes of temperature: do not pour boiling water into a mug that comes straight from the freezer, and do not put a cold dish into a hot oven.',
          'Tea and coffee stains come off with a paste of baking soda and a little water.',
          'Smooth a rough unglazed base with fine sandpaper so it does not scratch your table.',
        ]),
        h2('Olive wood'),
        ul([
          'Wash it by hand with warm water and a drop of mild soap, then dry it straight away. Never leave it to soak and never put it in the dishwasher.',
          'Oil the board every few weeks with a food-safe oil such as linseed oil, let it soak in overnight and wipe off the rest.',
          'To remove the smell of onion or garlic, rub the board with half a lemon and a little coarse salt.',
        ]),
        p('Cared for like this, olive wood darkens beautifully and keeps its fine grain for decades.'),
      ]),
    },
    de: {
      title: 'So pflegst du Steingut und Olivenholz',
      excerpt: 'Ein guter Becher und ein solides Servierbrett können ein Leben lang halten. Anna von der Alpenhof Werkstatt verrät, wie du sie pflegst.',
      content: richText([
        p(
          'Handgemachte Dinge werden mit dem Gebrauch schöner, wenn man sie gut behandelt. So pflegen wir Steingut und Olivenholz in unserer eigenen Küche in Tirol.',
        ),
        h2('Steingut'),
        ul([
          'Unser Steingut wird bei 1.240 °C gebrannt und ist deshalb spülmaschinen- und mikrowellenfest.',
          'Vermeide plötzliche Temperaturwechsel: Gieß kein kochendes Wasser in einen Becher direkt aus dem Gefrierfach und stell keine kalte Form in den heißen Ofen.',
          'Tee- und Kaffeeränder lösen sich mit einer Paste aus Natron und etwas Wasser.',
          'Einen rauen, unglasierten Boden kannst du mit feinem Schleifpapier glätten, damit er den Tisch nicht zerkratzt.',
        ]),
        h2('Olivenholz'),
        ul([
          'Wasche es von Hand mit warmem Wasser und einem Tropfen milder Seife und trockne es sofort ab. Lass es nie im Wasser liegen und gib es nie in die Spülmaschine.',
          'Öle das Brett alle paar Wochen mit einem lebensmittelechten Öl wie Leinöl ein, lass es über Nacht einziehen und wisch den Rest ab.',
          'Gegen Zwiebel- oder Knoblauchgeruch reibst du das Brett mit einer halben Zitrone und etwas grobem Salz ab.',
        ]),
        p('So gepflegt, dunkelt Olivenholz wunderschön nach und behält seine feine Maserung über Jahrzehnte.'),
      ]),
    },
    el: {
      title: 'Πώς να φροντίζεις τα κεραμικά και το ξύλο ελιάς',
      excerpt: 'Μια καλή κούπα και ένα γερό ξύλο σερβιρίσματος μπορούν να κρατήσουν μια ζωή. Η Anna από το Alpenhof Werkstatt μοιράζεται πώς να τα φροντίζεις.',
      content: richText([
        p(
          'Τα χειροποίητα πράγματα ομορφαίνουν με τη χρήση, αρκεί να τα φροντίζεις σωστά. Έτσι φροντίζουμε τα κεραμικά και το ξύλο ελιάς στη δική μας κουζίνα στο Τιρόλο.',
        ),
        h2('Κεραμικά'),
        ul([
          'Τα κεραμικά μας ψήνονται στους 1.240 °C, γι’ αυτό μπαίνουν στο πλυντήριο πιάτων και στον φούρνο μικροκυμάτων.',
          'Απόφυγε τις απότομες αλλαγές θερμοκρασίας: μη ρίχνεις βραστό νερό σε κούπα που μόλις βγήκε από την κατάψυξη και μη βάζεις κρύο σκεύος σε ζεστό φούρνο.',
          'Οι λεκέδες από τσάι και καφέ φεύγουν με μια πάστα από μαγειρική σόδα και λίγο νερό.',
          'Μια τραχιά, αγυάλωτη βάση τη λειαίνεις με ψιλό γυαλόχαρτο, ώστε να μη γρατζουνάει το τραπέζι.',
        ]),
        h2('Ξύλο ελιάς'),
        ul([
          'Πλύνε το στο χέρι με χλιαρό νερό και μια σταγόνα ήπιο σαπούνι και στέγνωσέ το αμέσως. Μην το αφήνεις ποτέ μέσα στο νερό και μην το βάζεις ποτέ στο πλυντήριο πιάτων.',
          'Λάδωνε το ξύλο κάθε λίγες εβδομάδες με λάδι κατάλληλο για τρόφιμα, όπως λινέλαιο, άφησέ το να απορροφηθεί όλη τη νύχτα και σκούπισε ό,τι περισσέψει.',
          'Για να φύγει η μυρωδιά από κρεμμύδι ή σκόρδο, τρίψε το ξύλο με μισό λεμόνι και λίγο χοντρό αλάτι.',
        ]),
        p('Με αυτή τη φροντίδα, το ξύλο ελιάς σκουραίνει όμορφα και κρατά τα λεπτά του νερά για δεκαετίες.'),
      ]),
    },
  },
}

export const articles: ArticleSeed[] = [welcome, mountainTea, woodCare]
