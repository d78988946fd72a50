import { NumberInput } from '@mantine/core';

type Props = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  description?: string;
  suffix?: string;
  placeholder?: string;
};

/** A whole number written the Vietnamese way while typing: 3100 shows as 3.100. */
export function CountInput({ label, value, onChange, error, description, suffix, placeholder }: Props) {
  return (
    <NumberInput
      label={label}
      placeholder={placeholder}
      description={description}
      value={value ?? ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      error={error}
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      hideControls
      suffix={suffix}
      min={0}
    />
  );
}
