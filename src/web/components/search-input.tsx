import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

type Props = {
  value: string;
  onSearch: (value: string) => void;
  label: string;
  placeholder?: string;
  delayMs?: number;
  /** Take the free width of a filter row (the main search box) or keep a fixed width. */
  grow?: boolean;
};

/** A search box that waits for a pause in typing before it searches. */
export function SearchInput({ value, onSearch, label, placeholder, delayMs = 300, grow = true }: Props) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback((next: string) => onSearch(next.trim()), delayMs);

  // Follow the address bar when it changes from outside (Back, a link), but never undo
  // what is being typed: "dak " must keep its space while the search for "dak" runs.
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(text.trim());
      }}
      miw={220}
      maw={grow ? 480 : 260}
      style={grow ? { flex: 1 } : undefined}
    />
  );
}
