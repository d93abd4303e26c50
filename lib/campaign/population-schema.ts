import { z } from 'zod';

export const MAX_PEOPLE = 1_000_000;

/** The number of people of one group in one hamlet, as typed in a cell ("1.250" and "1 250" read as 1250). */
export const peopleCell = z
  .string()
  .trim()
  .regex(/^(\d+|\d{1,3}([., ]\d{3})+)$/)
  .transform((text) => Number(text.replace(/[., ]/g, '')))
  .pipe(z.number().int().max(MAX_PEOPLE));

/** The name of a population cell in the table form: one per hamlet and group. */
export const cellName = (hamletId: number, group: string) => `people-${hamletId}-${group}`;

/** The name of the cell beside it: how many of those people were already at level 2 before the campaign. */
export const level2CellName = (hamletId: number, group: string) => `level2-${hamletId}-${group}`;

/** What is wrong with a cell of the table form, a key into StaffCampaign.population.cellErrors. */
export type CellError = 'people' | 'level2' | 'level2WithoutPeople' | 'level2AbovePeople';
