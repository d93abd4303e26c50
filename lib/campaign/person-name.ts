/** A name (or an address) as the register keeps it: Unicode NFC (a phone's keyboard may send NFD), single spaces. */
export const personName = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The register's test of "the same full name": NFC and any case, as person_for (migration 0011) compares. */
export const sameName = (a: string, b: string) => personName(a).toLowerCase() === personName(b).toLowerCase();
