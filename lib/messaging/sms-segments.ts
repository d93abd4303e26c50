// The GSM 03.38 default alphabet, and its extension table, whose characters take two septets.
const GSM = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export type Segments = { encoding: 'gsm-7' | 'ucs-2'; units: number; segments: number };

/**
 * How many SMS parts a text costs. Plain text (GSM-7) holds 160 characters,
 * or 153 a part once split; any other character, such as a Vietnamese letter
 * with its marks, turns the whole text into UCS-2: 70 characters alone, 67 a
 * part once split, the rest of each part going to the header that joins them.
 */
export function smsSegments(text: string): Segments {
  const chars = [...text];
  if (chars.every((c) => GSM.includes(c) || GSM_EXTENDED.includes(c))) {
    const units = chars.reduce((sum, c) => sum + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return { encoding: 'gsm-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units: a character beyond the basic plane takes two.
  const units = text.length;
  return { encoding: 'ucs-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
