// A React 19 app using the widgets as custom elements. The JSX types come from the widgets package:
// attributes are checked (`nearby-count` takes a number, `theme` one of the ready themes) and so are event props,
// whose `event.detail` is typed (`ConstituencyFoundDetail`).
import type {} from '@solidarity-widgets/widgets/react';
import type { ConstituencyFoundDetail } from '@solidarity-widgets/widgets';
import '@solidarity-widgets/widgets/find-your-constituency.js';
import '@solidarity-widgets/widgets/sign-up-to-canvass.js';
import { useState } from 'react';

export function App({ apiBase }: { readonly apiBase: string }) {
  const [found, setFound] = useState<ConstituencyFoundDetail | undefined>(undefined);
  return (
    <main>
      <h1>Find where your help counts</h1>
      <find-your-constituency
        api-base={apiBase}
        partner="example-react-app"
        show-map
        nearby-count={3}
        theme="light"
        onconstituency-found={(event) => setFound(event.detail)}
      />
      <p role="status" id="found">
        {found ? `The app heard: ${found.name} (${found.marginality}), postcode area ${found.postcodeArea}.` : 'No constituency yet.'}
      </p>
      {found && <sign-up-to-canvass api-base={apiBase} partner="example-react-app" constituency={found.code} follow={false} />}
    </main>
  );
}
