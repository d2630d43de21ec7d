// Frequent function words and job-ad words per Latin-script language. Indonesian and Malay share most
// function words, so each also has markers the other rarely uses.
export const STOPWORDS: Readonly<Record<'en' | 'id' | 'tl' | 'vi' | 'pt', readonly string[]>> = {
  en: ['the', 'and', 'to', 'of', 'for', 'you', 'with', 'we', 'are', 'is', 'in', 'your', 'our', 'will', 'be', 'this', 'on', 'have', 'job', 'work', 'apply', 'salary', 'experience', 'must', 'who', 'from', 'per', 'an', 'as', 'or'],
  id: ['yang', 'dan', 'di', 'untuk', 'dengan', 'kami', 'anda', 'ini', 'tidak', 'ke', 'dari', 'akan', 'ada', 'kerja', 'gaji', 'bulan', 'pengalaman', 'hubungi', 'juga', 'atau', 'tanpa', 'bagi', 'dalam', 'sudah', 'pekerjaan'],
  tl: ['ang', 'ng', 'mga', 'sa', 'na', 'po', 'ay', 'para', 'kayo', 'ikaw', 'trabaho', 'sahod', 'walang', 'hindi', 'libre', 'namin', 'lang', 'may', 'kung', 'ito', 'natin', 'nyo', 'niyo', 'pag', 'din'],
  vi: ['va', 'cua', 'cho', 'khong', 'nguoi', 'lam', 'viec', 'luong', 'cong', 'ty', 'nhan', 'vien', 'tuyen', 'dung', 'duoc', 'cac', 'nhung', 'thang', 'trieu', 'lien', 'he', 'tai', 'voi', 'la', 'co'],
  // Words shared with Spanish ('de', 'que', 'para', 'por') count too; PORTUGUESE_MARKERS and
  // SPANISH_MARKERS then tell the two apart. Accented forms as the light view keeps them.
  pt: ['de', 'que', 'para', 'com', 'nao', 'trabalho', 'vagas', 'empresa', 'uma', 'os', 'as', 'em', 'voce', 'por',
    'não', 'você', 'salário', 'é', 'são', 'e', 'um', 'da', 'dos', 'das', 'ao', 'vaga', 'passagem', 'visto', 'chama',
    'zap', 'ganhe', 'ganhar', 'mês', 'sem', 'precisa', 'moradia', 'alimentação', 'emprego', 'experiência', 'tem', 'mais'],
};

// Portuguese words Spanish does not write, and Spanish words Portuguese does not: Spanish ads share
// enough function words with Portuguese to outscore the other languages, and are not Portuguese.
export const PORTUGUESE_MARKERS: readonly string[] = ['não', 'nao', 'você', 'voce', 'é', 'são', 'e', 'um', 'uma', 'em', 'da', 'dos', 'das', 'ao', 'com', 'trabalho', 'vaga', 'vagas', 'salário', 'passagem', 'chama', 'zap', 'ganhe', 'ganhar', 'mês', 'sem', 'moradia', 'alimentação', 'emprego', 'experiência', 'tem', 'mais'];
export const SPANISH_MARKERS: readonly string[] = ['el', 'la', 'los', 'las', 'y', 'en', 'con', 'es', 'del', 'al', 'se', 'trabajo', 'empleo', 'salario', 'sueldo', 'usted', 'necesita', 'experiencia', 'pasaje', 'vuelo', 'pagado', 'pagados', 'muy', 'más', 'también', 'ofrecemos', 'buscamos', 'hasta', 'mes', 'sin', 'escríbeme', 'atención'];

export const INDONESIAN_MARKERS: readonly string[] = ['bisa', 'saja', 'karena', 'gratis', 'uang', 'perusahaan', 'lowongan', 'loker', 'dibutuhkan', 'silakan', 'mau', 'kamu', 'aja', 'gak', 'nggak', 'juta', 'rupiah', 'berangkat', 'sekarang', 'segera', 'tiket', 'dapat', 'kalian', 'banget', 'tempat'];
export const MALAY_MARKERS: readonly string[] = ['boleh', 'sahaja', 'kerana', 'percuma', 'wang', 'syarikat', 'jawatan', 'kosong', 'berminat', 'sila', 'mahu', 'majikan', 'elaun', 'ringgit', 'pekerjaan', 'anda', 'kami', 'tuan', 'puan', 'kenderaan', 'penginapan', 'disediakan', 'bulanan', 'tawaran', 'segera'];
