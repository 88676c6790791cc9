import type { Catalogue } from './en.js';

// Tamil (ta). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "மற்றவர்களையும் இணைய அழையுங்கள்",
  "share.text": "நான் இப்போதுதான் பங்கேற்றேன் — நீங்களும் இணைந்து, உங்கள் உதவி எங்கே முக்கியம் என்று அறியுங்கள்: {url}",
  "share.textSeat": "நான் {seat} தொகுதியில் உதவுகிறேன் — உங்கள் உதவி எங்கே முக்கியம் என்று அறியுங்கள்: {url}",
  "share.native": "பகிர்…",
  "share.on": "{network} இல் பகிர்",
  "share.email": "மின்னஞ்சலில் பகிர்",
  "share.subject": "எங்களுடன் இணையுங்கள்",
  "share.copy": "இணைப்பை நகலெடு",
  "share.copied": "இணைப்பு நகலெடுக்கப்பட்டது.",
  "share.address": "பகிர வேண்டிய இணைப்பு",
};
