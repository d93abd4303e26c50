'use client';

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

type Common = { name: string; label: string; hint?: string; error?: string };

function describedBy(name: string, hint?: string, error?: string) {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

function Frame({ name, label, hint, error, children }: Common & { children: ReactNode }) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={name}>{label}</label>
      {hint && <p id={`${name}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${name}-error`} className="error-message">{error}</p>}
      {children}
    </div>
  );
}

export function TextField({ name, label, hint, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame name={name} label={label} hint={hint} error={error}>
      <input id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} {...input} />
    </Frame>
  );
}

export function TextArea({ name, label, hint, error, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame name={name} label={label} hint={hint} error={error}>
      <textarea id={name} name={name} rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} {...input} />
    </Frame>
  );
}

export function SelectField({ name, label, hint, error, options, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Frame name={name} label={label} hint={hint} error={error}>
      <select id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/**
 * One choice among a few, as radio buttons: unlike a select, a long label
 * wraps on a narrow phone instead of being cut off, and every choice is in sight.
 */
export function RadioGroup({ name, legend, hint, error, options, radio }: { name: string; legend: string; hint?: string; error?: string; options: { value: string; label: string }[]; radio: (value: string) => InputHTMLAttributes<HTMLInputElement> }) {
  return (
    <fieldset className={error ? 'checkbox-group has-error' : 'checkbox-group'} id={name} aria-describedby={describedBy(name, hint, error)}>
      <legend>{legend}</legend>
      {hint && <p id={`${name}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${name}-error`} className="error-message">{error}</p>}
      {options.map((option) => (
        <div className="field checkbox" key={option.value}>
          <input type="radio" id={`${name}-${option.value}`} {...radio(option.value)} />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox({ name, label, error, id = name, ...input }: Omit<Common, 'hint'> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={error ? 'field checkbox has-error' : 'field checkbox'}>
      {error && <p id={`${id}-error`} className="error-message">{error}</p>}
      <input type="checkbox" id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Lists the problems at the top and links each to its field, as GOV.UK forms do. */
export function ErrorSummary({ title, errors }: { title: string; errors: [string, string][] }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {errors.map(([name, message]) => (
          <li key={name}>
            <a href={`#${name}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
