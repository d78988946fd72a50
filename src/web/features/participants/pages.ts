// What the app shell mounts from this feature (one lazily loaded chunk).
export { ConferenceParticipantsPanel } from './components/conference-participants-panel';
export { ConferenceParticipantsRoute } from './routes/conference-participants-route';
