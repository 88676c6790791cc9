// A developer's app: the widgets as modules, and the typed SDK for its own UI.
import '@solidarity-widgets/widgets/find-your-constituency.js';
import '@solidarity-widgets/widgets/sign-up-to-canvass.js';
import { createClient, HttpError, NetworkError } from '@solidarity-widgets/sdk';

const api = createClient({ baseUrl: 'http://127.0.0.1:8787', partner: 'example-app' });
const status = document.querySelector<HTMLParagraphElement>('#status')!;
const list = document.querySelector<HTMLUListElement>('#marginals')!;

try {
  const health = await api.health();
  status.textContent = `API up; data current to ${health.dataCurrentTo}.`;
} catch (error) {
  status.textContent = error instanceof NetworkError ? 'The API is not running: start it with npm start.' : String(error);
}

document.addEventListener('constituency-found', async (event) => {
  list.replaceChildren();
  try {
    const { marginals } = await api.nearbyMarginals(event.detail.code, { limit: 3 });
    for (const m of marginals) {
      const li = document.createElement('li');
      li.textContent = `${m.constituency.name}: ${m.distanceKm} km, majority ${(m.constituency.majorityPct * 100).toFixed(1)}%`;
      list.append(li);
    }
  } catch (error) {
    if (error instanceof HttpError) status.textContent = `${error.code}: ${error.message}`;
  }
});
