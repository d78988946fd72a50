import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { choose } from './helpers';

/**
 * Fills the new-conference form the way an officer would from the VOV article of 13/06/2024:
 * a hybrid conference recorded under the old province Hòa Bình, an organiser added to the
 * registry on the way, two connection points (checking the over-total warning) and a row of
 * twelve commune points known only by their number, an official,
 * two topics with themes, a limitation, a direction with a due date, and the source.
 */
export async function fillHybridConference(page: Page, title: string) {
  const general = page.locator('#conference-general');
  await general.getByLabel('Tên hội nghị').fill(title);
  await choose(page, general, 'Cấp hội nghị', 'Cấp tỉnh');
  await choose(page, general, 'Hình thức', 'Trực tiếp và trực tuyến');
  await choose(page, general, 'Trạng thái', 'Đã tổ chức');
  await general.getByLabel('Ngày bắt đầu').fill('13/6/2024');
  await general.getByLabel('Ngày bắt đầu').press('Tab');
  expect(await general.getByLabel('Ngày bắt đầu').inputValue()).toBe('13/06/2024');
  // Before 01/07/2025 the article's province (Hòa Bình) can be kept; it counts towards Phú Thọ.
  await general.getByLabel('Ghi theo tỉnh cũ (trước 01/07/2025)').check();
  await choose(page, general, 'Tỉnh cũ chủ trì', 'Hòa Bình', 'hoa binh');
  await general.getByText('Sẽ tính vào: Phú Thọ').waitFor();
  await choose(page, general, 'Buổi', 'Buổi sáng');
  await general.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh Hòa Bình');

  // The organiser is not in the registry yet: added inline.
  await page.getByRole('button', { name: '+ Thêm cơ quan mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan mới vào danh bạ' });
  await dialog.getByLabel('Tên đầy đủ').fill('Ban Chỉ đạo về Nhân quyền tỉnh Hòa Bình');
  await dialog.getByLabel('Tên viết tắt').fill('BCĐNQ tỉnh Hòa Bình');
  await choose(page, dialog, 'Loại cơ quan', 'Ban Chỉ đạo');
  await dialog.getByRole('button', { name: 'Thêm và chọn' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const organiser = page.getByRole('group', { name: 'Đơn vị 1' });
  await expect.poll(() => organiser.getByLabel('Cơ quan, tổ chức').inputValue()).toContain('Ban Chỉ đạo về Nhân quyền tỉnh Hòa Bình');

  const participants = page.locator('#conference-participants');
  await participants.getByLabel('Số đại biểu dự kiến').fill('1500');
  expect(await participants.getByLabel('Số đại biểu dự kiến').inputValue()).toBe('1.500');
  await participants.getByLabel('Số đại biểu thực tế').fill('120');
  await choose(page, participants, 'Cách ghi số đại biểu', 'Khoảng');

  await page.getByRole('button', { name: '+ Thêm điểm cầu' }).click();
  const point1 = page.getByRole('group', { name: 'Điểm cầu 1' });
  await point1.getByLabel('Tên điểm cầu').fill('Điểm cầu UBND tỉnh Hòa Bình');
  await choose(page, point1, 'Cấp', 'Cấp tỉnh');
  await point1.getByLabel('Thực tế').fill('70');
  await point1.getByLabel('Điểm cầu chính').check();
  await page.getByRole('button', { name: '+ Thêm điểm cầu' }).click();
  const point2 = page.getByRole('group', { name: 'Điểm cầu 2' });
  await point2.getByLabel('Tên điểm cầu').fill('Điểm cầu UBND huyện Lạc Sơn');
  await choose(page, point2, 'Cấp', 'Cấp huyện (trước 01/07/2025)');
  // 70 + 90 is more than "khoảng 120" allows: the form warns before the server refuses.
  await point2.getByLabel('Thực tế').fill('90');
  await page.getByText('vượt tổng số đại biểu của hội nghị', { exact: false }).waitFor();
  await point2.getByLabel('Thực tế').fill('45');
  await page.getByText('Tổng thực tế tại các điểm cầu: 115 / 120 đại biểu của hội nghị').waitFor();
  // The article counts the commune points without naming them: one row stands for all twelve.
  await page.getByRole('button', { name: '+ Thêm điểm cầu' }).click();
  const communes = page.getByRole('group', { name: 'Điểm cầu 3' });
  await communes.getByLabel('Tên điểm cầu').fill('Các điểm cầu cấp xã');
  await choose(page, communes, 'Cấp', 'Cấp xã');
  await communes.getByLabel('Số điểm cầu').fill('12');

  await page.getByRole('button', { name: '+ Thêm lãnh đạo dự' }).click();
  const official = page.getByRole('group', { name: 'Đại biểu 1' });
  await official.getByLabel('Cấp hàm, học hàm').fill('Thiếu tướng');
  await official.getByLabel('Họ và tên').fill('Nguyễn Văn Kỷ');
  await choose(page, official, 'Vai trò', 'Phát biểu');
  await official.getByLabel('Chức vụ').fill('Phó Chánh Văn phòng Thường trực về Nhân quyền Chính phủ');

  await page.getByRole('button', { name: '+ Thêm chuyên đề' }).click();
  const topic1 = page.getByRole('group', { name: 'Chuyên đề 1' });
  await topic1.getByLabel('Tên chuyên đề').fill('Bảo đảm quyền tự do tín ngưỡng, tôn giáo');
  await choose(page, topic1, 'Chủ đề quyền', 'Tự do tín ngưỡng, tôn giáo');
  await page.keyboard.press('Escape');
  await topic1.getByLabel('Cấp hàm, học hàm').fill('TS');
  await topic1.getByLabel('Báo cáo viên').fill('Lê Thị Liên');
  await topic1.getByLabel('Chức vụ').fill('Viện trưởng Viện Nghiên cứu Chính sách tôn giáo');
  await page.getByRole('button', { name: '+ Thêm chuyên đề' }).click();
  const topic2 = page.getByRole('group', { name: 'Chuyên đề 2' });
  await topic2.getByLabel('Tên chuyên đề').fill('Công tác nhân quyền trong tình hình mới');
  await choose(page, topic2, 'Chủ đề quyền', 'Nhân quyền chung');
  await choose(page, topic2, 'Chủ đề quyền', 'Quyền trên không gian mạng');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '+ Thêm hạn chế' }).click();
  await page
    .getByRole('group', { name: 'Hạn chế 1' })
    .getByLabel('Nội dung')
    .fill('Công tác tuyên truyền về các thành tựu bảo đảm quyền con người chưa được thường xuyên.');
  await page.getByRole('button', { name: '+ Thêm chỉ đạo, đề nghị' }).click();
  const direction = page.getByRole('group', { name: 'Chỉ đạo 1' });
  await direction.getByLabel('Nội dung').fill('Tăng cường thông tin tuyên truyền trên các nền tảng mạng xã hội.');
  await direction.getByLabel('Hoặc ghi đơn vị').fill('Văn phòng BCĐ Nhân quyền tỉnh');
  await direction.getByLabel('Hạn thực hiện').fill('31/12/2024');
  await direction.getByLabel('Hạn thực hiện').press('Tab');

  await page.getByRole('button', { name: '+ Thêm nguồn tin' }).click();
  const source = page.getByRole('group', { name: 'Nguồn 1' });
  await source.getByLabel('Đường dẫn bài viết').fill('https://vov.vn/xa-hoi/tap-huan-cong-tac-nhan-quyen-cap-co-so-nam-2024');
  await source.getByLabel('Cơ quan đăng tin').fill('VOV');
}
