/** Today's date in Vietnam (UTC+7 all year, no daylight saving), as yyyy-mm-dd, whatever the computer's zone. */
export { todayInVietnam } from '../../../../shared/text/calendar';
