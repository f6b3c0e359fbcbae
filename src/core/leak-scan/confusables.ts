/**
 * Letters and digits from other scripts that look like Latin ones, mapped to
 * the Latin letter a reader would take them for (a subset of Unicode's
 * confusables.txt: Cyrillic, Greek, Armenian, Cherokee and letter-like
 * symbols that NFKC leaves alone). Applied after lower-casing and NFKD, so
 * only lower-case forms and base letters are needed; `КSА-2026-0013` with
 * Cyrillic К and А then reads as the id it imitates.
 */
const TABLE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', н: 'h',
  о: 'o', р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', ц: 'u', ѵ: 'v', ԝ: 'w', х: 'x', у: 'y', з: '3', ч: '4', б: '6',
  ь: 'b', ы: 'bi', ѡ: 'w', ԍ: 'g', ӡ: '3', ҽ: 'e', ԃ: 'd', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', σ: 'o', ς: 'c',
  τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j', ϝ: 'f',
  // Armenian and Cherokee letters that imitate Latin ones
  օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g', զ: 'q', ք: 'p', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h',
  ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w',
  ʏ: 'y', ᴢ: 'z', ꭰ: 'd', ꭱ: 'r', ꭲ: 't', ꮃ: 'w', ꮪ: 's',
  // Latin letters that read as others
  ı: 'i', ȷ: 'j', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŀ: 'l', ƅ: 'b', ɩ: 'i', ɑ: 'a', ꞵ: 'b',
  // Digits and letter-like symbols
  ℓ: 'l', '℮': 'e', '∅': 'o', '⍳': 'i', 'ⅼ': 'l', 'ǀ': 'l', '߀': '0', '०': '0', '০': '0', '੦': '0', '૦': '0',
  '୦': '0', '௦': '0', '౦': '0', '೦': '0', '൦': '0', '๐': '0', '໐': '0', '၀': '0', '٠': '0', '۰': '0', '٥': 'o',
  '١': 'l', '۱': 'l', '٣': '3', '۳': '3', '٧': 'v', '۷': 'v', '٨': 'a', '۸': 'a', '٩': '9', '۹': '9',
};

const NON_ASCII = /[^\x00-\x7f]/g;

/** Maps look-alike characters in `text` (already lower-cased and NFKD) to the Latin ones they imitate. */
export function foldConfusables(text: string): string {
  return text.replace(NON_ASCII, (ch) => TABLE[ch] ?? ch);
}
