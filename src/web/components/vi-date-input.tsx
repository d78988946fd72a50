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
};

/**
 * A date typed the way officers write it: `13/6/2025`, `13-06-2025` or `13.06.2025`, shown
 * back as `13/06/2025`. The browser's date picker would follow the computer's locale instead.
 */
export function ViDateInput({ label, value, onChange, invalidMessage, required }: Props) {
  const [text, setText] = useState(formatDate(value));
  const [error, setError] = useState<string | undefined>();

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
      label={label}
      placeholder="dd/mm/yyyy"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={error}
      withAsterisk={required}
      inputMode="numeric"
      w={150}
    />
  );
}
