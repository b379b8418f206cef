// Progressive enhancement of the request form: suggest buildings from the city's registry while the address is typed.
// Without this script the "Find address" button does the same search on the server.
(() => {
  const input = document.getElementById('Address');
  const target = document.getElementById('building-choices');
  if (!input || !target || !window.fetch) {
    return;
  }

  let timer = 0;
  let last = '';

  const render = (buildings) => {
    target.replaceChildren();
    if (buildings.length === 0) {
      const none = document.createElement('p');
      none.setAttribute('role', 'status');
      none.textContent = target.dataset.none;
      target.append(none);
      return;
    }

    const fieldset = document.createElement('fieldset');
    fieldset.className = 'choices';
    const legend = document.createElement('legend');
    legend.textContent = target.dataset.legend;
    fieldset.append(legend);
    for (const building of buildings) {
      const label = document.createElement('label');
      label.className = 'choice';
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'BuildingId';
      radio.value = building.id;
      radio.checked = buildings.length === 1;
      // The form's map (city-map.js) shows the chosen building from these.
      Object.assign(radio.dataset, { latitude: building.latitude, longitude: building.longitude, address: building.address });
      label.append(radio, ' ', building.address);
      fieldset.append(label);
    }

    target.append(fieldset);
  };

  const search = async () => {
    const text = input.value.trim();
    if (text.length < 2 || text === last) {
      return;
    }

    last = text;
    const response = await fetch(`${target.dataset.source}?q=${encodeURIComponent(text)}&limit=8`, { headers: { Accept: 'application/json' } });
    if (response.ok && input.value.trim() === text) {
      render(await response.json());
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  });
})();
