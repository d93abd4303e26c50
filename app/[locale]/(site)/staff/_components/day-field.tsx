/** A date picker for the GET forms that choose which day a staff page shows. */
export function DayField({ id = 'day', label, value }: { id?: string; label: string; value?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="day" type="date" defaultValue={value} />
    </div>
  );
}
