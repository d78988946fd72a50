import type { Found } from './found.js';

/**
 * The level the event was organised at, in the gold convention: 'national' | 'regional' | 'province'
 * | 'commune'. Read from the organisers first (a commune's People's Committee → commune), then from
 * the event's name ("các tỉnh khu vực …" → regional, "toàn quốc" → national), then from the province:
 * a provincial committee's training "cấp cơ sở" is still a provincial event.
 */
const COMMUNE_BODY = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|Công an)\s+(?:xã|phường|thị trấn|đặc khu)(?![\p{L}])/u;
/**
 * Any body whose area, at the end of its name, is a commune: "Hội Liên hiệp Phụ nữ xã Mường Phăng",
 * "Ban Chỉ đạo về nhân quyền xã" (not "cấp xã", "các xã", nor "xã hội").
 */
const COMMUNE_AREA = /(?<![\p{L}])(?<!(?:cấp|các|những)\s)(?:xã|phường|thị trấn|đặc khu)(?:\s+\p{Lu}[\p{L}\p{M}]*)*\s*$/u;
const PROVINCE_BODY = /(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)(?![\p{L}])/u;
const REGIONAL = /(?:các tỉnh|khu vực)\s+(?:khu vực\s+)?(?:phía\s+)?(?:miền|Tây|Đông|Nam|Bắc|Trung|đồng bằng|duyên hải)/u;
/**
 * "cho cán bộ 14 tỉnh, thành phố", "đến từ 19 tỉnh, thành phố": trainees from several provinces, fewer
 * than the whole country (34 provinces since 1/7/2025, 63 before), is a regional training.
 */
const SEVERAL_PROVINCES = /(?<![\p{L}\d])(\d{1,2})\s+tỉnh,\s*thành(?:\s+phố)?(?![\p{L}])/u;
const WHOLE_COUNTRY = /(?<![\p{L}])(?:trên\s+)?(?:toàn quốc|cả nước)(?![\p{L}])/u;
const NATIONAL = /toàn quốc|cả nước/u;
/**
 * A body whose area spans several provinces: a military region ("Bộ Tư lệnh Quân khu 5", "Quân khu
 * Thủ đô"), a naval or coast-guard region ("Vùng 2 Hải quân", "Bộ Tư lệnh Vùng Cảnh sát biển 3"), a
 * regional political academy ("Học viện Chính trị khu vực II"). Its own courses are regional.
 */
const REGIONAL_BODY = /Quân khu\s*(?:\d|Thủ đô)|(?<![\p{L}])Vùng\s+(?:\d+\s+Hải quân|Cảnh sát biển)|Học viện Chính trị khu vực/u;
const NATIONAL_BODY = /Chính phủ|Trung ương|^Bộ\s|^Văn phòng Thường trực/u;

export function findLevel(
  organizers: Found<string>[],
  eventName: Found<string> | null,
  /** The sentence that names the event: "… cho các tỉnh khu vực Tây Nguyên" follows the name. */
  eventSentence: string,
  province: Found<unknown> | null,
): Found<string> | null {
  const commune = organizers.find((o) => COMMUNE_BODY.test(o.value));
  if (commune) return { value: 'commune', spans: commune.spans, rule: 'level.commune-organizer' };
  // The lead organiser is a commune's body and no organiser is a province's: a commune event.
  const lead0 = organizers[0];
  if (lead0 && COMMUNE_AREA.test(lead0.value) && !organizers.some((o) => PROVINCE_BODY.test(o.value) || NATIONAL_BODY.test(o.value))) {
    return { value: 'commune', spans: lead0.spans, rule: 'level.commune-area-organizer' };
  }
  const name = eventSentence || (eventName?.value ?? '');
  const regional = REGIONAL.exec(name);
  if (regional && eventName) return { value: 'regional', spans: eventName.spans, rule: 'level.regional-event-name' };
  const several = SEVERAL_PROVINCES.exec(name);
  if (several && eventName && Number(several[1]) >= 2 && Number(several[1]) < 34 && !WHOLE_COUNTRY.test(name)) {
    return { value: 'regional', spans: eventName.spans, rule: 'level.several-provinces' };
  }
  const countrywide = NATIONAL.exec(name);
  if (countrywide && eventName) return { value: 'national', spans: eventName.spans, rule: 'level.national-event-name' };
  const lead = organizers[0];
  if (lead && REGIONAL_BODY.test(lead.value)) return { value: 'regional', spans: lead.spans, rule: 'level.regional-organizer' };
  const provincial = organizers.find((o) => PROVINCE_BODY.test(o.value));
  if (provincial) return { value: 'province', spans: provincial.spans, rule: 'level.provincial-organizer' };
  // Only national bodies organise it: a national event, even if the venue's city is named.
  const national = organizers.find((o) => NATIONAL_BODY.test(o.value));
  if (national) return { value: 'national', spans: national.spans, rule: 'level.national-organizer' };
  if (province) return { value: 'province', spans: province.spans, rule: 'level.province-named' };
  return null;
}

