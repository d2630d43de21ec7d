import { defineMessages } from './define-messages';

/** The verdict page: "Check with Waspada" results and pasted text (EN + ID). */
export const verdictPageMessages = defineMessages({
  en: {
    pageTitle: 'Waspada: check a job ad',
    intro: 'Paste the text of a job ad or a recruiter\u2019s message. It is checked on this device; nothing is sent anywhere.',
    checkedText: 'The text that was checked',
    pasteLabel: 'Text to check',
    check: 'Check',
    checkAnother: 'Check another text',
    empty: 'Paste some text first.',
    expired: 'This check is no longer available (it is kept only until the browser closes). Select the text again, or paste it below.',
    failed: 'The check failed. Try again.',
    from: 'From',
  },
  id: {
    pageTitle: 'Waspada: periksa iklan lowongan',
    intro: 'Tempelkan teks iklan lowongan atau pesan perekrut. Pemeriksaan dilakukan di perangkat ini; tidak ada yang dikirim ke mana pun.',
    checkedText: 'Teks yang diperiksa',
    pasteLabel: 'Teks yang akan diperiksa',
    check: 'Periksa',
    checkAnother: 'Periksa teks lain',
    empty: 'Tempelkan teks terlebih dahulu.',
    expired: 'Hasil pemeriksaan ini sudah tidak tersedia (hanya disimpan sampai browser ditutup). Pilih teksnya lagi, atau tempelkan di bawah.',
    failed: 'Pemeriksaan gagal. Coba lagi.',
    from: 'Dari',
  },
});
