/**
 * The Hungarian definite article before a word: "az" before a vowel sound, "a" otherwise
 * ("az ügynök", "a kereskedő", "az 5%", "az 1 000", "a 2 000"). Numbers are read as words: those
 * that start with "egy" (1, 1x…: but 10–19 are "tíz", 100–199 "száz"), "öt" (5, 5x, 50…) or
 * "ezer" (1 000–1 999) take "az".
 */
export function hungarianArticle(word: string): 'a' | 'az' {
  const text = word.trim().replace(/^[„"'(«»\u201C\u201D]+/, '');
  const first = text[0];
  if (!first) return 'a';
  if (/[aáeéiíoóöőuúüű]/i.test(first)) return 'az';
  const digits = /^\d[\d\u00a0\u202f ]*/.exec(text)?.[0].replace(/\D/g, '');
  if (!digits) return 'a';
  if (digits[0] === '5') return 'az';
  if (digits[0] !== '1') return 'a';
  // 1 "egy"; 10–19 "tíz…"; 100–199 "száz…"; 1 000–1 999 "ezer…"; 10 000… "tízezer…"; 100 000… "százezer…".
  const length = digits.length;
  return length === 1 || length === 4 || length === 7 ? 'az' : 'a';
}
