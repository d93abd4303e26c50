/** People of one household, or one person with no address (a household of one). */
export interface Household<T> {
  household: string;
  people: T[];
}

/**
 * A list already ordered by hamlet and household (db/queries/people-list.ts)
 * cut into its hamlets, and each hamlet into households: people next to each
 * other with the same non-empty household key live at the same address.
 */
export function byHousehold<T extends { hamletId: number; household: string }>(rows: readonly T[]): { hamletId: number; households: Household<T>[] }[] {
  const hamlets: { hamletId: number; households: Household<T>[] }[] = [];
  for (const row of rows) {
    let hamlet = hamlets.at(-1);
    if (hamlet?.hamletId !== row.hamletId) hamlets.push((hamlet = { hamletId: row.hamletId, households: [] }));
    const last = hamlet.households.at(-1);
    if (row.household && last?.household === row.household) last.people.push(row);
    else hamlet.households.push({ household: row.household, people: [row] });
  }
  return hamlets;
}
