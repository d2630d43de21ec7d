import { defineMessages } from './define-messages';

/**
 * The safety guide. Content from /research/redflags-hotlines.md: the Migrant CARE case work
 * (documents and phones taken, recruitment over social media), A12 (what happens after recruitment,
 * ILO forced-labour indicators) and Part B (who to call; embassy first, destination police second).
 */
export const guideMessages = defineMessages({
  en: {
    title: 'Safety guide for working abroad',
    intro:
      'Most job offers abroad are real. Some lead into scam compounds, where passports and phones are taken and people are forced to cheat others online. Once your passport and phone are gone, getting help is much harder — so the steps before you leave matter most.',
    tocBefore: 'Before you go',
    tocThere: 'If you are already there',
    tocFamily: 'For families at home',
    beforeHeading: 'Before you go',
    visaTitle: 'Travel on a work visa, not a tourist visa.',
    visaText:
      'A real employer abroad arranges your work permit before you leave. “Go on a tourist visa, we will sort out the permit when you arrive” is how many people were trafficked.',
    agencyTitle: 'Use a licensed agency — and check it yourself.',
    agencyText:
      'Look up the agency and the job order in your country’s official register (links below). A recruiter who is “just a friend” or only talks on Telegram or WhatsApp is not licensed.',
    contractTitle: 'Sign the contract at home, before you leave.',
    contractText:
      'It should be in a language you understand and name the employer, its address, the job, the pay, the working hours and who pays for travel. Keep your own copy. A contract promised “on arrival” is a warning sign.',
    feesTitle: 'Do not pay to get a job, and never into a personal account.',
    feesText: 'Deposits, “processing fees” or test fees paid to a person are a common trick. Check the account number first.',
    documentsTitle: 'Leave copies of your documents with your family.',
    documentsText:
      'Passport, ID card, visa, contract, the names, addresses and phone numbers of the employer and the agency, and your flight. Keep photos of them outside your phone too (for example e-mailed to yourself). Nobody else may keep your passport.',
    contactTitle: 'Agree how you will stay in touch.',
    contactText:
      'Share your travel plan and where you will live. Agree on regular check-ins with your family and a code word that means “I am in trouble”.',
    registerTitle: 'Register with your country’s embassy or consulate.',
    registerText:
      'Indonesians: register in Kemlu’s Safe Travel app or at peduliwni.kemlu.go.id — it also has a button to reach the nearest embassy. Others: use your foreign ministry’s registration for citizens abroad.',
    destinationTitle: 'Be extra careful with jobs near borders and special economic zones.',
    destinationText:
      '“Customer service”, “typing” or “online marketing” jobs with high pay and free travel in Cambodia, Myanmar’s border areas or Laos’s Golden Triangle are the most common lure into scam compounds. Cambodia and Myanmar are not official placement countries for Indonesian workers.',
    registersHeading: 'Official registers for {country}',
    thereHeading: 'If you are already there',
    signsTitle: 'Signs that you may be trapped',
    signs:
      'Your passport or phone was taken; you are told you owe a debt for travel or food; you cannot leave the compound; you are threatened or hurt; you are made to cheat people online; your wages are held back.',
    whoTitle: 'Who to call',
    whoText:
      'Your embassy or consulate can act for you where you are; your home country’s hotlines can alert them. Lines for the country you are in are listed last: in some compound areas victims have reported police working with the compounds.',
    homeLabel: 'Your country',
    whereLabel: 'Where you are now',
    whereUnknown: 'I don’t know / somewhere else',
    noLines: 'Our directory has no line for this. Contact your embassy, or choose another country.',
    destinationLine: 'A line in {country} (secondary)',
    keepTitle: 'What to keep, if you safely can',
    keepText:
      'A photo of your passport page; the address or location where you are (share your live location with family); the names and numbers of recruiters and bosses; screenshots of the job ad and the chats; payment receipts. Learn one family phone number by heart in case your phone is taken.',
    familyHeading: 'For families at home',
    familyText:
      'Report to the hotline in your country with the person’s full name, passport number, last known location and the recruiter’s contacts and messages. If someone asks you for money to release your relative, tell the embassy and the hotline first.',
    familyLines: 'Where to report in {country}',
    chooseCountry: 'Choose your country…',
    sources:
      'Based on the ILO forced-labour indicators, guidance from KP2MI, DMW and Kemlu, and Migrant CARE’s case work. Numbers come from Waspada’s hotline directory, each with its source; lines marked “unverified” were not seen on the operator’s own site.',
    reportLink: 'Report a suspicious job ad',
  },
  id: {
    title: 'Panduan aman bekerja di luar negeri',
    intro:
      'Sebagian besar lowongan kerja di luar negeri itu asli. Sebagian lagi menjerumuskan ke sindikat penipuan daring (scam compound), tempat paspor dan ponsel dirampas dan orang dipaksa menipu orang lain. Begitu paspor dan ponsel diambil, mencari bantuan jauh lebih sulit — karena itu langkah sebelum berangkat paling penting.',
    tocBefore: 'Sebelum berangkat',
    tocThere: 'Jika Anda sudah di sana',
    tocFamily: 'Untuk keluarga di rumah',
    beforeHeading: 'Sebelum berangkat',
    visaTitle: 'Berangkat dengan visa kerja, bukan visa turis.',
    visaText:
      'Pemberi kerja yang asli mengurus izin kerja sebelum Anda berangkat. “Berangkat pakai visa turis saja, izinnya diurus setelah sampai” adalah cara banyak orang diperdagangkan.',
    agencyTitle: 'Gunakan agensi resmi — dan periksa sendiri.',
    agencyText:
      'Periksa agensi dan lowongannya (job order) di daftar resmi negara Anda (tautan di bawah). Perekrut yang “cuma teman” atau hanya bisa dihubungi lewat Telegram atau WhatsApp bukan agensi resmi.',
    contractTitle: 'Tanda tangani kontrak di tanah air, sebelum berangkat.',
    contractText:
      'Kontrak harus dalam bahasa yang Anda pahami dan mencantumkan nama dan alamat pemberi kerja, pekerjaan, gaji, jam kerja, dan siapa yang membayar perjalanan. Simpan salinannya. Kontrak yang dijanjikan “setelah tiba” adalah tanda bahaya.',
    feesTitle: 'Jangan membayar untuk mendapat pekerjaan, apalagi ke rekening pribadi.',
    feesText: 'Deposit, “biaya proses”, atau biaya tes yang dibayar ke perorangan adalah modus umum. Periksa dulu nomor rekeningnya.',
    documentsTitle: 'Tinggalkan salinan dokumen pada keluarga.',
    documentsText:
      'Paspor, KTP, visa, kontrak, nama, alamat dan nomor telepon pemberi kerja dan agensi, serta tiket pesawat. Simpan juga fotonya di luar ponsel (misalnya dikirim ke e-mail sendiri). Tidak ada orang lain yang boleh menyimpan paspor Anda.',
    contactTitle: 'Sepakati cara tetap berkabar.',
    contactText:
      'Bagikan rencana perjalanan dan tempat tinggal Anda. Sepakati jadwal berkabar dengan keluarga dan kata sandi yang berarti “saya dalam bahaya”.',
    registerTitle: 'Lapor diri ke kedutaan atau konsulat.',
    registerText:
      'WNI: lapor diri di aplikasi Safe Travel Kemlu atau di peduliwni.kemlu.go.id — aplikasi itu juga punya tombol untuk menghubungi KBRI terdekat. Warga negara lain: gunakan layanan lapor diri kementerian luar negeri masing-masing.',
    destinationTitle: 'Ekstra hati-hati dengan lowongan di daerah perbatasan dan kawasan ekonomi khusus.',
    destinationText:
      'Lowongan “customer service”, “admin ketik”, atau “pemasaran online” bergaji tinggi dengan perjalanan gratis di Kamboja, perbatasan Myanmar, atau Segitiga Emas di Laos adalah umpan paling umum ke scam compound. Kamboja dan Myanmar bukan negara penempatan resmi pekerja migran Indonesia.',
    registersHeading: 'Daftar resmi untuk {country}',
    thereHeading: 'Jika Anda sudah di sana',
    signsTitle: 'Tanda-tanda Anda mungkin terjebak',
    signs:
      'Paspor atau ponsel Anda diambil; Anda dibilang berutang biaya perjalanan atau makan; Anda tidak boleh keluar dari kompleks; Anda diancam atau disakiti; Anda dipaksa menipu orang secara daring; gaji Anda ditahan.',
    whoTitle: 'Siapa yang dihubungi',
    whoText:
      'Kedutaan atau konsulat (KBRI/KJRI) dapat bertindak untuk Anda di negara tempat Anda berada; saluran pengaduan di tanah air dapat memberi tahu mereka. Saluran negara tempat Anda berada dicantumkan terakhir: di beberapa daerah, korban melaporkan polisi bekerja sama dengan sindikat.',
    homeLabel: 'Negara asal Anda',
    whereLabel: 'Tempat Anda sekarang',
    whereUnknown: 'Tidak tahu / di tempat lain',
    noLines: 'Direktori kami belum punya saluran untuk ini. Hubungi kedutaan Anda, atau pilih negara lain.',
    destinationLine: 'Saluran di {country} (cadangan)',
    keepTitle: 'Yang perlu disimpan, bila aman',
    keepText:
      'Foto halaman paspor; alamat atau lokasi Anda (bagikan lokasi langsung ke keluarga); nama dan nomor perekrut dan atasan; tangkapan layar iklan lowongan dan percakapan; bukti pembayaran. Hafalkan satu nomor telepon keluarga untuk berjaga-jaga bila ponsel diambil.',
    familyHeading: 'Untuk keluarga di rumah',
    familyText:
      'Laporkan ke saluran pengaduan di negara Anda dengan nama lengkap, nomor paspor, lokasi terakhir, serta kontak dan pesan dari perekrutnya. Jika ada yang meminta uang untuk membebaskan keluarga Anda, beri tahu kedutaan dan saluran pengaduan lebih dulu.',
    familyLines: 'Tempat melapor di {country}',
    chooseCountry: 'Pilih negara Anda…',
    sources:
      'Berdasarkan indikator kerja paksa ILO, panduan KP2MI, DMW dan Kemlu, serta pendampingan kasus Migrant CARE. Nomor berasal dari direktori Waspada beserta sumbernya; saluran bertanda “belum diverifikasi” tidak terlihat di situs resmi pengelolanya.',
    reportLink: 'Laporkan iklan lowongan mencurigakan',
  },
});

export type GuideT = ReturnType<typeof guideMessages>;
