'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition } from 'react';
import { type FieldValues, useForm } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A server-action form that works as a plain POST without JavaScript and,
 * with it, validates as you type against the same zod schema the server uses
 * before handing the form data to the action.
 */
export function useEnhancedForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: Record<string, string | string[] | undefined>,
  serverErrors: Record<string, string> | undefined,
  action: (data: FormData) => void,
) {
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never),
    mode: 'onTouched',
    defaultValues: defaultValues as never,
  });
  const errorKey = (name: string): string | undefined =>
    (form.formState.errors[name]?.message as string | undefined) ?? serverErrors?.[name];
  const onSubmit = form.handleSubmit((_, event) => {
    const data = new FormData(event!.target as HTMLFormElement);
    startTransition(() => action(data));
  });
  // The server renders the values too, so a form re-shown after a no-JavaScript post keeps them.
  const field = (name: string) => ({ ...form.register(name as never), defaultValue: defaultValues[name] as string | undefined });
  const checkbox = (name: string) => ({ ...form.register(name as never), value: 'on', defaultChecked: defaultValues[name] === 'on' });
  // One of several boxes sharing a name, which the form sends as a list.
  const listBox = (name: string, value: string) => ({ ...form.register(name as never), value, defaultChecked: [defaultValues[name] ?? []].flat().includes(value) });
  const radio = (name: string, value: string) => ({ ...form.register(name as never), value, defaultChecked: defaultValues[name] === value });
  return { field, checkbox, listBox, radio, errorKey, onSubmit };
}
