import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Move } from './grid-model';

type Props = {
  label: string;
  display: string;
  readOnly: boolean;
  wide?: boolean;
  invalid?: string;
  issue?: { severity: 'error' | 'warning'; message: string };
  cellId: string;
  onText: (text: string) => void;
  onMove: (move: Move) => void;
  onPasteBlock: (text: string) => boolean;
  onFocusCell: () => void;
};

const colors = { error: 'var(--mantine-color-red-6)', warning: 'var(--mantine-color-orange-6)' };

/**
 * One cell: shows the figure as stored (or the invalid text as typed), reports each keystroke,
 * moves like a spreadsheet (arrows at the text's edge, Tab, Enter) and gives back the value it
 * had on focus with Escape.
 */
export function CellInput({ label, display, readOnly, wide, invalid, issue, cellId, onText, onMove, onPasteBlock, onFocusCell }: Props) {
  const [text, setText] = useState(display);
  const focused = useRef(false);
  const original = useRef(display);
  useEffect(() => {
    if (!focused.current) setText(display);
  }, [display]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    let move: Move | null = null;
    if (e.key === 'ArrowUp') move = 'up';
    else if (e.key === 'ArrowDown') move = 'down';
    else if (e.key === 'Enter') move = e.shiftKey ? 'up' : 'down';
    else if (e.key === 'Tab') move = e.shiftKey ? 'prev' : 'next';
    else if (e.key === 'ArrowLeft' && (atStart || all)) move = 'left';
    else if (e.key === 'ArrowRight' && (atEnd || all)) move = 'right';
    else if (e.key === 'Escape') {
      e.preventDefault();
      setText(original.current);
      if (!readOnly) onText(original.current);
      return;
    }
    if (move) {
      e.preventDefault();
      onMove(move);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    if (onPasteBlock(e.clipboardData.getData('text/plain'))) {
      e.preventDefault();
      // The block's first value lands in this very cell: let it show what the paste put there.
      focused.current = false;
    }
  };

  const border = invalid ? colors.error : issue ? colors[issue.severity] : undefined;
  const message = invalid ?? issue?.message;
  return (
    <div>
      <input
        id={cellId}
        aria-label={label}
        aria-invalid={Boolean(invalid) || issue?.severity === 'error'}
        aria-describedby={message ? `${cellId}-msg` : undefined}
        value={text}
        readOnly={readOnly}
        inputMode={wide ? 'text' : 'decimal'}
        onFocus={(e) => {
          focused.current = true;
          original.current = e.currentTarget.value;
          e.currentTarget.select();
          onFocusCell();
        }}
        onBlur={() => {
          focused.current = false;
        }}
        onChange={(e) => {
          setText(e.currentTarget.value);
          onText(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        style={{
          width: wide ? '100%' : '7.5em',
          minWidth: wide ? '12em' : undefined,
          textAlign: wide ? 'left' : 'right',
          padding: '4px 6px',
          font: 'inherit',
          border: `1px solid ${border ?? 'var(--mantine-color-gray-4)'}`,
          borderWidth: border ? 2 : 1,
          borderRadius: 4,
          background: readOnly ? 'var(--mantine-color-gray-0)' : 'white',
        }}
      />
      {message && (
        <div id={`${cellId}-msg`} style={{ fontSize: 12, color: border, maxWidth: wide ? undefined : '14em', whiteSpace: 'normal' }}>
          {message}
        </div>
      )}
    </div>
  );
}
