import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../../../shared/intake/extraction';
import { doubtOf, orderByConfidence } from './confidence-order';

const ev = (confidence: Evidence['confidence'], warnings?: string[]): Evidence => ({ spans: [], rule: 'r', confidence, ...(warnings ? { warnings } : {}) });

describe('review order by confidence', () => {
  const evidence: Record<string, Evidence> = {
    event_date: ev('low', ['Hai ngày khác nhau trong bài (12/06/2025 và 19/06/2025); hãy kiểm tra ngày diễn ra.']),
    level: ev('high'),
    'officials[0].name': ev('high'),
    'officials[0].role': ev('medium', ['Chỉ thấy tên trong danh sách dự.']),
    'officials[1].name': ev('high'),
    'indicators[10].value': ev('high'),
  };

  it('takes the lowest confidence over a row\'s sub-fields, with their warnings', () => {
    expect(doubtOf('officials[0].name', evidence)).toEqual({ confidence: 'medium', warnings: ['Chỉ thấy tên trong danh sách dự.'] });
    expect(doubtOf('officials[1].name', evidence)).toEqual({ confidence: 'high', warnings: [] });
    // indicators[1] is not indicators[10]
    expect(doubtOf('indicators[1].value', evidence)).toEqual({ confidence: null, warnings: [] });
    expect(doubtOf(null, evidence).confidence).toBeNull();
  });

  it('puts uncertain rows first and keeps the form order within a level; drafts without confidences keep their order', () => {
    const rows = ['level', 'officials[1].name', 'event_date', 'officials[0].name', 'title'];
    expect(orderByConfidence(rows, (k) => doubtOf(k, evidence))).toEqual(['event_date', 'officials[0].name', 'level', 'officials[1].name', 'title']);
    expect(orderByConfidence(rows, (k) => doubtOf(k, {}))).toEqual(rows);
  });
});
