// The console's entry: registers the elements (the only module with that side effect).
import './app.js';
import './confirm-dialog.js';
import './console.css';
