/** Vietnamese without its marks, as a plain-text SMS carries it: "Điểm hỗ trợ" → "Diem ho tro". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
