import { expect, test } from 'vitest';
import { detectLanguage } from '../../src/engine/language/detect-language';
import { lightView } from '../../src/engine/normalise/light-view';

const lang = (s: string, hint?: string) => detectLanguage(lightView(s).text, hint);

test.each([
  ['We are hiring customer service agents for our office, apply with your CV.', 'en'],
  ['Dibutuhkan segera admin untuk perusahaan kami, gaji 5 juta per bulan, hubungi kami.', 'id'],
  ['Jawatan kosong untuk syarikat kami, sila hubungi jika berminat, gaji RM3000 sebulan.', 'ms'],
  ['Hiring po kami ng customer service, walang experience na kailangan, libre ang pamasahe.', 'tl'],
  ['Tuyển nhân viên chăm sóc khách hàng, lương cao, không cần kinh nghiệm.', 'vi'],
  ['Tuyen nhan vien lam viec tai cong ty, luong 15 trieu mot thang, lien he ngay.', 'vi'],
  ['รับสมัครพนักงานบริการลูกค้า เงินเดือนดี ไม่ต้องมีประสบการณ์', 'th'],
  ['柬埔寨高薪招聘客服，包吃包住，无需经验', 'zh'],
  ['ကမ္ဘောဒီးယားတွင် အလုပ်ခေါ်နေသည်', 'my'],
  ['ការងារនៅភ្នំពេញ ប្រាក់ខែខ្ពស់', 'km'],
  ['थाइल्याण्डमा डाटा इन्ट्री काम छ। अनुभव चाहिँदैन, भिसा कम्पनीले गर्छ। सम्पर्क गर्नुहोस्।', 'ne'],
  ['दुबई में डाटा एंट्री की नौकरी है। अनुभव की जरूरत नहीं है।', 'hi'],
  ['থাইল্যান্ডে ডাটা এন্ট্রির কাজ, অভিজ্ঞতা লাগবে না, যোগাযোগ করুন', 'bn'],
  ['තායිලන්තයේ දත්ත ඇතුළත් කිරීමේ රැකියා, පළපුරුද්ද අවශ්‍ය නැත', 'si'],
  ['تھائی لینڈ میں ڈیٹا انٹری کی نوکری، تجربہ ضروری نہیں', 'ur'],
])('%s → %s', (text, expected) => {
  expect(lang(text)).toBe(expected);
});

test('Arabic script without the letters only Urdu uses is not read as Urdu', () => {
  expect(lang('وظيفة خدمة عملاء في دبي براتب جيد')).toBe('und');
});

test('too little text is undetermined', () => {
  expect(lang('1500 $')).toBe('und');
});

test('a page hint settles Indonesian versus Malay only', () => {
  const shared = 'Kerja di kedai, gaji bulan ini dan tidak ada masalah dengan kami';
  expect(['id', 'ms']).toContain(lang(shared));
  expect(lang(shared, 'ms')).toBe('ms');
  expect(lang('We are hiring now, apply with your CV today', 'id')).toBe('en');
});

test.each([
  ['Vaga no exterior, passagem e visto pagos, salário de 1500 dólares, chama no zap', 'pt'],
  ['Trabalho no Camboja, salário alto, não precisa experiência, chama no whatsapp', 'pt'],
  ['Precisa-se de atendente, sem experiência, contrato de 1 ano, manda mensagem', 'pt'],
])('short Portuguese ad: %s → %s', (text, expected) => {
  expect(lang(text)).toBe(expected);
});

test.each([
  // Spanish shares 'de', 'que', 'para', 'por' with Portuguese but is not Portuguese
  ['Trabajo en Tailandia, salario de 1500 dólares, pasaje y visa pagados, escríbeme por whatsapp', 'und'],
  ['Oferta de empleo en el extranjero, sueldo alto, vuelo pagado, contacto por telegram', 'und'],
  ['Se busca personal para atención al cliente en Camboya, no se necesita experiencia', 'und'],
  ['Hiring po! sahod 25k, libre tirahan, no experience needed, pm lang', 'tl'],
  ['Walang experience? Okay lang! Work abroad, sahod 80k, libre pamasahe', 'tl'],
  ['Lowongan kerja di Thailand, gaji 15 juta, tiket gratis, WA sekarang', 'id'],
  ['Dicari admin, gaji besar, mess gratis, no pengalaman', 'id'],
  ['Urgent hiring: customer service abroad, free visa and ticket, salary $1500, DM now', 'en'],
  ['Work from home, earn $500 a day, no experience, send your CV by e-mail', 'en'],
  ['Data entry job, pay 300 per day, contact on telegram or visit example.com', 'en'],
])('short ads in other languages are not read as Portuguese: %s → %s', (text, expected) => {
  expect(lang(text)).toBe(expected);
});
