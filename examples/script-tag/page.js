// How a partner page listens to widget events. No inline scripts: the page works under a strict CSP.
const log = document.getElementById('event-log');
for (const name of ['constituency-found', 'canvass-signed-up', 'solidarity-sent', 'introduction-requested', 'vote-pledged']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name}: ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
