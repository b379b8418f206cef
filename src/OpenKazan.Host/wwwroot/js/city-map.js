// City maps (Leaflet, served from wwwroot/lib): the public map of open requests by building, clustered, and the map on
// the request form where a click picks the nearest building. Tiles come from the city's branding; without them (no
// network) the markers, the pick and the rest of the page still work. Every text comes from data-* in the reader's language.
(() => {
  if (!window.L) {
    return;
  }

  const escape = (text) => {
    const span = document.createElement('span');
    span.textContent = text;
    return span.innerHTML;
  };

  const format = (template, value) => template.replace('{0}', value);

  const create = (element) => {
    const map = L.map(element, { zoomControl: false, attributionControl: false });
    L.control.zoom({ zoomInTitle: element.dataset.zoomIn, zoomOutTitle: element.dataset.zoomOut }).addTo(map);
    L.control.attribution({ prefix: false }).addAttribution(escape(element.dataset.attribution)).addTo(map);
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
    const bounds = (element.dataset.bounds || '').split(',').map(Number);
    if (bounds.length === 4 && bounds.every(Number.isFinite)) {
      map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);
    } else {
      map.setView([0, 0], 2);
    }
    return map;
  };

  const marker = (latitude, longitude, title) =>
    L.marker([latitude, longitude], { title, alt: title, keyboard: true });

  const showOpenRequests = async (element, map, status) => {
    const response = await fetch(element.dataset.source, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    const points = await response.json();
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false });
    for (const point of points) {
      const text = `${point.address}: ${format(element.dataset.openCount, point.open)}`;
      cluster.addLayer(marker(point.latitude, point.longitude, text).bindPopup(escape(text)));
    }
    map.addLayer(cluster);
    if (points.length > 0) {
      map.fitBounds(cluster.getBounds(), { maxZoom: 16, padding: [20, 20] });
    }
    element.dataset.markers = String(points.length);
    status.textContent = '';
  };

  const enablePick = (element, map, status) => {
    const choices = document.getElementById('building-choices');
    const form = element.closest('form');
    const pin = (axis) => (form ? form.querySelector(`input[data-pin="${axis}"]`) : null);
    // The pin travels with the form, so the server checks it against the city's boundary too.
    const placePin = (latitude, longitude) => {
      for (const [axis, value] of [['latitude', latitude], ['longitude', longitude]]) {
        const field = pin(axis);
        if (field) {
          field.value = value;
        }
      }
    };
    let chosen = null;

    const show = (building) => {
      if (chosen) {
        chosen.remove();
      }
      chosen = marker(building.latitude, building.longitude, building.address).addTo(map);
      map.setView([building.latitude, building.longitude], Math.max(map.getZoom(), 16));
      status.textContent = format(element.dataset.chosen, building.address);
    };

    const choose = (building) => {
      choices.replaceChildren();
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'choices';
      const legend = document.createElement('legend');
      legend.textContent = choices.dataset.legend;
      const label = document.createElement('label');
      label.className = 'choice';
      const radio = document.createElement('input');
      Object.assign(radio, { type: 'radio', name: 'BuildingId', value: building.id, checked: true });
      radio.dataset.latitude = building.latitude;
      radio.dataset.longitude = building.longitude;
      radio.dataset.address = building.address;
      label.append(radio, ' ', building.address);
      fieldset.append(legend, label);
      choices.append(fieldset);
      show(building);
    };

    map.on('click', async (event) => {
      const { lat, lng } = event.latlng;
      const [latitude, longitude] = [lat.toFixed(6), lng.toFixed(6)];
      const response = await fetch(`${element.dataset.source}?lat=${latitude}&long=${longitude}`, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        choose(await response.json());
        placePin(latitude, longitude);
        return;
      }
      const problem = await response.json().catch(() => ({}));
      // Outside the city's boundary nothing is chosen; an earlier choice and its pin stay as they were.
      status.textContent = problem.boundary ? format(element.dataset.outsideCity, problem.boundary) : element.dataset.nothingNear;
    });

    // A building chosen from the address search (server-rendered or suggested) is shown on the map too.
    choices.addEventListener('change', (event) => {
      const radio = event.target;
      if (radio.name === 'BuildingId' && radio.dataset.latitude) {
        placePin('', '');
        show({ latitude: Number(radio.dataset.latitude), longitude: Number(radio.dataset.longitude), address: radio.dataset.address });
      }
    });
    const checked = choices.querySelector('input[name="BuildingId"]:checked');
    if (checked && checked.dataset.latitude) {
      show({ latitude: Number(checked.dataset.latitude), longitude: Number(checked.dataset.longitude), address: checked.dataset.address });
    }
  };

  for (const element of document.querySelectorAll('.city-map')) {
    const map = create(element);
    const status = document.getElementById(`${element.id}-status`);
    if (element.dataset.mode === 'pick') {
      enablePick(element, map, status);
    } else {
      showOpenRequests(element, map, status);
    }
    element.dataset.ready = 'true';
  }
})();
