/**
 * Guards CSV text a spreadsheet could run as a formula. A cell starting with
 * =, +, - or @ runs as one, also behind spaces, tabs, line breaks or quotes,
 * which programs trim or take as quoting. And a cell is not always read whole:
 * Excel set to Vietnamese splits a line on ";" rather than ",", and a program
 * may cut a cell at its line breaks. So wherever a cell could begin (the start,
 * and after each ",", ";", tab or line break) such a character gets an
 * apostrophe before it: a name typed as "=HYPERLINK(…)" stays a name when the
 * file is opened, and when it is saved again by another program.
 */
export function safeCell(text: string): string {
  return text.replace(/(^|[,;\t\r\n])([\s"]*)(?=[=+\-@])/g, "$1$2'");
}

export type CellValue = string | number | null | undefined;
