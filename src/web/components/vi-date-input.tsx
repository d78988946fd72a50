import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseViDate } from '../../shared/text/index';
import { formatDate } from '../lib/format';

type Props = {
  label: string;
  /** ISO yyyy-mm-dd, or '' when empty. */
  value: string;
  onChange: (iso: string) => void;
  invalidMessage: string;
  /** Marks the field with the asterisk of required fields. */
  required?: boolean;
  /** The label is only the field's accessible name (a table cell under a column heading). */
  hideLabel?: boolean;
  /** A rule the caller checks on the date itself (not before a period's start…); shown when the text reads as a date. */
  error?: string | null | undefined;
  /** Told whether the typed text is not a date, so the caller can hold a save that would drop it. */
  onInvalidChange?: (invalid: boolean) => void;
};

/**
 * A date typed the way officers write it: `13/6/2025`, `13-06-2025` or `13.06.2025`, shown
 * back as `13/06/2025`. The browser's date picker would follow the computer's locale instead.
 */
export function ViDateInput({ label, value, onChange, invalidMessage, required, hideLabel, error: ruleError, onInvalidChange }: Props) {
  const [text, setText] = useState(formatDate(value));
  const [formatError, setFormatError] = useState<string | undefined>();
  const setError = (message: string | undefined) => {
    setFormatError(message);
    onInvalidChange?.(message !== undefined);
  };

  useEffect(() => setText(formatDate(value)), [value]);

  const commit = () => {
    const trimmed = text.trim();
    if (!trimmed) {
      setError(undefined);
      if (value) onChange('');
      return;
    }
    const parsed = parseViDate(trimmed, { year: new Date().getFullYear() });
    if (!parsed || parsed.start !== 0 || parsed.end !== trimmed.length) {
      setError(invalidMessage);
      return;
    }
    setError(undefined);
    setText(formatDate(parsed.date));
    if (parsed.date !== value) onChange(parsed.date);
  };

  return (
    <TextInput
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      placeholder="dd/mm/yyyy"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={formatError ?? ruleError ?? undefined}
      withAsterisk={required}
      inputMode="numeric"
      w={150}
    />
  );
}
