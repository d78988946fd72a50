/*
 * Reports and lists written for the tests and the benchmark in the style provinces use (Decree
 * 30/2020 layout: issuing body, number, place and date, "BÁO CÁO", subject, numbered sections).
 * Invented figures and wording; no real report's text.
 */

/** Rows of a results table: label, unit, plan, result. */
export type SampleRow = [label: string, unit: string, plan: string, result: string];

export const bacNinhRows: SampleRow[] = [
  ['Số lao động được giải quyết việc làm', 'người', '12.000', '7.215'],
  ['Tỷ lệ tham gia bảo hiểm xã hội bắt buộc', '%', '', '96,4'],
  ['Số nhà ở được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo', 'căn nhà', '300', '182'],
];

export const bacNinhReport = `BAN CHỈ ĐẠO VỀ NHÂN QUYỀN
TỈNH BẮC NINH
Số: 47/BC-BCĐ
Bắc Ninh, ngày 12 tháng 6 năm 2026

BÁO CÁO
Sơ kết công tác bảo đảm quyền con người 6 tháng đầu năm 2026
và phương hướng, nhiệm vụ 6 tháng cuối năm 2026

Thực hiện Kế hoạch số 05/KH-BCĐ ngày 10/01/2026 của Ban Chỉ đạo về nhân quyền tỉnh, Ban Chỉ đạo báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác lãnh đạo, chỉ đạo
Ban Chỉ đạo đã ban hành 04 văn bản chỉ đạo, hướng dẫn các sở, ngành, địa phương triển khai nhiệm vụ.
2. Bảo đảm quyền về lao động, việc làm và an sinh xã hội
Trong 6 tháng đầu năm, toàn tỉnh giải quyết việc làm cho 7.215 lao động, đạt 60,1% kế hoạch năm. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều còn 1,12%. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%.
Các cấp, các ngành đã tặng 15.420 suất quà cho đối tượng bảo trợ xã hội, hộ nghèo với tổng kinh phí 7,5 tỷ đồng.

Bảng 1. Một số chỉ tiêu chủ yếu
STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2026\tThực hiện 6 tháng
1\tSố lao động được giải quyết việc làm\tngười\t12.000\t7.215
2\tTỷ lệ tham gia bảo hiểm xã hội bắt buộc\t%\t\t96,4
3\tSố nhà ở được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo\tcăn nhà\t300\t182

II. HẠN CHẾ, KHÓ KHĂN
1. Công tác tuyên truyền về quyền con người ở một số xã vùng sâu chưa thường xuyên, hình thức chưa phong phú.
2. Việc cập nhật số liệu chỉ tiêu của một số sở, ngành còn chậm so với thời hạn quy định.
Nguyên nhân
Do biên chế làm công tác nhân quyền ở cấp xã còn ít, phần lớn kiêm nhiệm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
Để hoàn thành các chỉ tiêu năm 2026, Ban Chỉ đạo tập trung:
- Tiếp tục tuyên truyền, phổ biến pháp luật về quyền con người cho cán bộ, công chức cấp xã sau sắp xếp.
- Phấn đấu giải quyết việc làm cho 12.000 lao động trong năm 2026.
- Tổ chức 02 lớp tập huấn về công tác nhân quyền cho lực lượng công an cấp xã.

IV. KIẾN NGHỊ, ĐỀ XUẤT
Đề nghị Văn phòng Thường trực về nhân quyền tiếp tục hỗ trợ tài liệu tập huấn bằng tiếng dân tộc thiểu số.

Nơi nhận:
- Văn phòng Thường trực về nhân quyền;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
PHÓ TRƯỞNG BAN
`;

export const binhDinhReport = `ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 211/BC-UBND
Quy Nhơn, ngày 15 tháng 12 năm 2024

BÁO CÁO
Tổng kết công tác bảo đảm quyền con người năm 2024

Thực hiện chỉ đạo của Ban Chỉ đạo Nhân quyền của Chính phủ, Ủy ban nhân dân tỉnh báo cáo như sau:

I. TÌNH HÌNH VÀ KẾT QUẢ
Năm 2024, tỉnh đào tạo nghề cho 21.350 người, đạt 106,8% kế hoạch; tỷ lệ hộ nghèo giảm còn 3,4%. Các lực lượng chức năng phát hiện, xử lý 12 vụ xâm hại trẻ em.
Toàn tỉnh thực hiện 1.036 vụ việc trợ giúp pháp lý cho người dân.

II. NHỮNG HẠN CHẾ
- Một số địa phương chưa bố trí đủ kinh phí cho công tác tuyên truyền về quyền con người.
- Tình trạng bạo lực gia đình ở khu vực nông thôn chưa được phát hiện kịp thời.

III. NHIỆM VỤ NĂM 2025
- Rà soát, kiện toàn Ban Chỉ đạo về nhân quyền các cấp sau khi sắp xếp đơn vị hành chính.
- Nâng cao chất lượng báo cáo số liệu chỉ tiêu bảo đảm quyền của các sở, ngành.
`;

export const trainingArticle = `Tập huấn công tác nhân quyền năm 2024 cho cán bộ cơ sở
Sáng ngày 14/5, tại Hội trường Ủy ban nhân dân tỉnh, Ban Chỉ đạo về nhân quyền tỉnh Sơn La tổ chức Hội nghị tập huấn công tác nhân quyền năm 2024 cho hơn 200 đại biểu là cán bộ các sở, ngành và các xã.
Tại hội nghị, các đại biểu được nghe báo cáo viên trình bày chuyên đề về quyền của người dân tộc thiểu số.`;

export const uprList = `DANH SÁCH KHUYẾN NGHỊ UPR CHU KỲ IV VIỆT NAM CHẤP THUẬN (TRÍCH)
45.1. Tiếp tục hoàn thiện khung pháp lý về bảo vệ quyền của người khuyết tật (Lào);
45.2. Tăng cường giáo dục nhân quyền trong trường phổ thông (Campuchia, Indonesia);
45.3. Bảo đảm tiếp cận bình đẳng với dịch vụ y tế cho người dân vùng sâu, vùng xa (Cuba);
45.4. Tiếp tục các chương trình giảm nghèo bền vững cho đồng bào dân tộc thiểu số (Ấn Độ).
`;

/** A plan, not a report: no results, no period in a report title. */
export const planDocument = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
KẾ HOẠCH
Tuyên truyền về quyền con người trên địa bàn tỉnh
1. Mục đích, yêu cầu
Nâng cao nhận thức của cán bộ, nhân dân về quyền con người.
2. Nội dung
Tổ chức các hội nghị tuyên truyền tại các xã.`;

/** The report's text with its tab-separated lines as they appear in a .txt; a Word version builds them as a table. */
export const tabbedLines = (text: string) => text.split('\n');

/** A working visit's conclusions: numbered, no States, no treaty symbol. */
export const visitConclusions = `VĂN PHÒNG THƯỜNG TRỰC VỀ NHÂN QUYỀN
THÔNG BÁO
Kết luận của Đoàn công tác khảo sát, hướng dẫn công tác bảo đảm quyền con người tại tỉnh Quảng Trị
Sau khi làm việc với Ban Chỉ đạo về nhân quyền tỉnh, Trưởng đoàn kết luận như sau:
1. Đề nghị Ban Chỉ đạo tỉnh kiện toàn bộ phận giúp việc, bố trí cán bộ chuyên trách theo dõi công tác nhân quyền.
2. Đề nghị Công an tỉnh tiếp tục tổ chức tập huấn về quyền con người cho cán bộ, chiến sĩ trực tiếp làm nhiệm vụ.
3. Đề nghị Sở Tư pháp chủ trì rà soát, báo cáo kết quả thực hiện các khuyến nghị UPR chu kỳ IV trên địa bàn tỉnh.
`;

/** Concluding observations of a treaty body (excerpt, invented wording). */
export const treatyList = `Concluding observations on the combined periodic reports of Viet Nam
CERD/C/VNM/CO/15-17
Adopted by the Committee at its 110th session
12. The Committee recommends that the State party strengthen the collection of data disaggregated by ethnicity.
13. The Committee recommends that the State party ensure access to justice for members of ethnic minorities.
14. The Committee recommends that the State party intensify human rights training for law enforcement officials.
`;
