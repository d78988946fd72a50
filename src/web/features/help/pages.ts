export { HelpRoute } from './help-route';
