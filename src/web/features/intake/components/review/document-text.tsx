import { memo, useMemo } from 'react';
import { segmentText, type Mark } from './segment-text';
import './document-text.css';

type Props = { text: string; marks: Mark[] };

/**
 * The document as the reader produced it, paragraph by paragraph, with every piece of evidence
 * marked. Each `<mark>` lists its evidence ids in `data-ev`, so a field on the right can find
 * its words again. Memoised: the text is long and does not change while the person reviews.
 */
export const DocumentText = memo(function DocumentText({ text, marks }: Props) {
  const paragraphs = useMemo(() => segmentText(text, marks), [text, marks]);
  return (
    <div className="intake-document-text" lang="vi">
      {paragraphs.map((segments) => (
        <p key={segments[0]?.start ?? 0}>
          {segments.map((s) =>
            s.ids.length ? (
              <mark key={s.start} data-ev={s.ids.join(' ')} data-depth={Math.min(s.ids.length, 2)}>
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </p>
      ))}
    </div>
  );
});
