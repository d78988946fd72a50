/*
 * A long provincial report in the samples' style for the benchmark: a header, then section after
 * section (one rights domain each, about a page) of narrative figures and a results table, then
 * limitations and directions. Invented wording and numbers; deterministic.
 */

const domains = [
  ['lao động, việc làm', 'Số lao động được giải quyết việc làm', 'người'],
  ['an sinh xã hội', 'Số đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng', 'người'],
  ['y tế', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%'],
  ['giảm nghèo', 'Số hộ thoát nghèo trong kỳ', 'hộ'],
  ['nhà ở', 'Số nhà tạm, nhà dột nát được xóa', 'căn nhà'],
  ['trẻ em', 'Số trẻ em có hoàn cảnh đặc biệt được trợ giúp', 'người'],
  ['người khuyết tật', 'Số người khuyết tật hưởng trợ cấp xã hội hằng tháng', 'người'],
  ['trợ giúp pháp lý', 'Số vụ việc trợ giúp pháp lý đã thực hiện', 'vụ việc'],
] as const;

const vi = (n: number) => n.toLocaleString('vi-VN');

/** About `pages` pages (≈ 2.800 characters each) of a year report of Bắc Ninh, with one table per section. */
export function longReport(pages: number): string {
  const out = [
    'BAN CHỈ ĐẠO VỀ NHÂN QUYỀN',
    'TỈNH BẮC NINH',
    'Số: 301/BC-BCĐ',
    'Bắc Ninh, ngày 10 tháng 12 năm 2025',
    '',
    'BÁO CÁO',
    'Tổng kết công tác bảo đảm quyền con người năm 2025',
    '',
    'I. KẾT QUẢ THỰC HIỆN',
  ];
  let chars = out.join('\n').length;
  for (let s = 0; chars < pages * 2_800; s++) {
    const [domain, indicator, unit] = domains[s % domains.length]!;
    const base = 1_000 + ((s * 7_919) % 9_000);
    const section = [
      `${s + 1}. Bảo đảm quyền trong lĩnh vực ${domain} (địa bàn ${s + 1})`,
      `Trong năm, các sở, ngành và địa phương đã triển khai đồng bộ các giải pháp; toàn tỉnh tổ chức ${vi(20 + (s % 30))} buổi tuyên truyền với ${vi(base * 3)} lượt người tham dự. Kết quả ${indicator.toLowerCase()} đạt ${vi(base)} ${unit === '%' ? 'người' : unit}, tăng ${vi(3 + (s % 9))}% so với cùng kỳ.`,
      `Công tác kiểm tra, giám sát được tăng cường; ${vi(12 + (s % 40))} đoàn kiểm tra đã làm việc tại các xã, phường, qua đó chấn chỉnh kịp thời những tồn tại trong thực hiện chính sách đối với người dân. Các cơ quan chức năng phối hợp chặt chẽ với Mặt trận Tổ quốc và các đoàn thể trong việc vận động nguồn lực xã hội.`,
      `Việc tiếp nhận, giải quyết kiến nghị của người dân được thực hiện công khai, minh bạch; ${vi(90 + (s % 10))}% kiến nghị được giải quyết đúng hạn. Chính quyền các cấp chú trọng lắng nghe ý kiến của người dân, nhất là đồng bào dân tộc thiểu số, người cao tuổi, người khuyết tật và trẻ em có hoàn cảnh đặc biệt.`,
      `Bảng ${s + 1}. Kết quả thực hiện chỉ tiêu lĩnh vực ${domain}`,
      'STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện năm 2025\tSo với cùng kỳ (%)',
      `1\t${indicator}\t${unit}\t${unit === '%' ? '95' : vi(base + 500)}\t${unit === '%' ? '93,' + (s % 10) : vi(base)}\t${vi(100 + (s % 9))}`,
      `2\tSố buổi tuyên truyền, phổ biến pháp luật về quyền con người\tbuổi\t${vi(30)}\t${vi(20 + (s % 30))}\t${vi(98 + (s % 5))}`,
      `3\tSố lượt người tham dự tuyên truyền, phổ biến pháp luật\tlượt người\t${vi(base * 3 + 200)}\t${vi(base * 3)}\t${vi(101 + (s % 4))}`,
      '',
    ];
    out.push(...section);
    chars += section.join('\n').length;
  }
  out.push(
    'II. HẠN CHẾ, KHÓ KHĂN',
    '- Nguồn lực cho công tác bảo đảm quyền con người ở cấp xã còn hạn chế, cán bộ phần lớn kiêm nhiệm.',
    '- Số liệu của một số chỉ tiêu chưa được cập nhật kịp thời, chưa thống nhất giữa các sở, ngành.',
    'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026',
    '- Tiếp tục tuyên truyền, phổ biến pháp luật về quyền con người cho cán bộ, công chức cấp xã.',
    '- Nâng cao chất lượng thu thập, báo cáo số liệu chỉ tiêu bảo đảm quyền của các sở, ngành.',
  );
  return out.join('\n');
}
