// What the app shell mounts from this feature for signed-in staff (one lazily loaded chunk).
// The phone pages opened from a QR code are loaded on their own, without this chunk's charts.
export { AwarenessCard } from './components/awareness-card';
export { AwarenessRoute } from './routes/awareness-route';
export { CodeSheetRoute } from './routes/code-sheet-route';
export { QuestionBankRoute } from './routes/question-bank-route';
