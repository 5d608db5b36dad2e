// warta's analyst app: a map, a timeline to brush, a list, an event panel with its evidence, a correction form.
// Every text that comes from a document is put in the page with textContent, never as markup.
"use strict";

const COLOURS = {
  "Battles": "#c62828", "Explosions/Remote violence": "#6a1b9a", "Violence against civilians": "#ef6c00",
  "Protests": "#1565c0", "Riots": "#2e7d32", "Strategic developments": "#546e7a",
};
const state = { filters: {}, events: [], brush: null, current: null };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c)));
  return node;
}

function query(extra = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...state.filters, ...extra })) if (v) params.set(k, v);
  return params;
}

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error((await r.json()).detail || r.statusText);
  return r.json();
}

// -- map ---------------------------------------------------------------------------------------------------
const map = L.map("map", { minZoom: 2, maxZoom: 14 }).setView([-2.5, 118], 5);  // marker clusters need a maxZoom
const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
map.addLayer(clusters);

async function baseLayers() {
  const config = await getJSON("/api/config");
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "" }).addTo(map);
  } else {
    const r = await fetch("/basemap.geojson");
    if (r.ok) {
      L.geoJSON(await r.json(), { style: { color: "#78909c", weight: 1, fillColor: "#f5f5f0", fillOpacity: 1 },
        interactive: false }).addTo(map);
    }
  }
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", { class: "legend" });
    for (const [type, colour] of Object.entries(COLOURS)) {
      const dot = el("i"); dot.style.background = colour;
      box.append(el("div", {}, dot, type));
    }
    return box;
  };
  legend.addTo(map);
}

function drawMarkers(events) {
  clusters.clearLayers();
  const points = [];
  for (const e of events) {
    if (e.latitude == null || e.longitude == null) continue;
    const marker = L.circleMarker([e.latitude, e.longitude], {
      radius: 5 + 3 * Math.sqrt(e.fatalities || 0), color: "#222", weight: 1,
      fillColor: COLOURS[e.event_type] || "#999", fillOpacity: 0.85,
    });
    marker.bindTooltip(`${e.event_date} ${e.sub_event_type}: ${e.location}`);  // Leaflet tooltips set text
    marker.on("click", () => openEvent(e.event_id));
    clusters.addLayer(marker);
    points.push([e.latitude, e.longitude]);
  }
  if (points.length) map.fitBounds(points, { padding: [30, 30], maxZoom: 8 });
}

// -- list ----------------------------------------------------------------------------------------------------
function drawList(events, total) {
  const body = document.querySelector("#list tbody");
  body.replaceChildren();
  for (const e of events) {
    const row = el("tr", { "data-id": e.event_id }, el("td", {}, e.event_date || "?"), el("td", {}, e.sub_event_type),
      el("td", {}, e.location || e.country || ""), el("td", {}, e.fatalities), el("td", {}, e.reports));
    row.addEventListener("click", () => openEvent(e.event_id));
    body.append(row);
  }
  document.getElementById("count").textContent =
    `${total} event(s)` + (state.brush ? ` from ${state.brush[0]} to ${state.brush[1]}` : "") +
    (total > events.length ? `, the first ${events.length} shown` : "");
}

// -- timeline ----------------------------------------------------------------------------------------------
const timeline = { svg: null, from: null, xOf: null, pick: null };

function drawTimeline(events) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  timeline.svg = null;
  const days = events.map((e) => e.event_date).filter(Boolean).sort();
  if (!days.length) return;
  const start = new Date(days[0] + "T00:00:00Z"), end = new Date(days[days.length - 1] + "T00:00:00Z");
  const span = Math.round((end - start) / 864e5) + 1;
  const step = span > 120 ? 7 : 1;  // per week when the period is long
  const bins = Math.ceil(span / step);
  const counts = new Array(bins).fill(0);
  for (const d of days) counts[Math.floor(Math.round((new Date(d + "T00:00:00Z") - start) / 864e5) / step)] += 1;
  const max = Math.max(...counts), width = 600, height = 80, bw = width / bins;
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const dayOf = (i) => new Date(start.getTime() + i * step * 864e5).toISOString().slice(0, 10);
  const lastDay = (i) => new Date(start.getTime() + (i * step + step - 1) * 864e5).toISOString().slice(0, 10);
  counts.forEach((c, i) => {
    const bar = document.createElementNS(ns, "rect");
    const h = c ? Math.max(2, (height * c) / max) : 0;
    bar.setAttribute("x", i * bw + 0.5); bar.setAttribute("width", Math.max(1, bw - 1));
    bar.setAttribute("y", height - h); bar.setAttribute("height", h);
    const inside = state.brush && lastDay(i) >= state.brush[0] && dayOf(i) <= state.brush[1];
    bar.setAttribute("class", "bar" + (inside ? " in" : ""));
    const title = document.createElementNS(ns, "title");
    title.textContent = `${dayOf(i)}: ${c}`;
    bar.append(title);
    svg.append(bar);
  });
  const brush = document.createElementNS(ns, "rect");
  brush.setAttribute("class", "brush"); brush.setAttribute("y", 0); brush.setAttribute("height", height);
  brush.setAttribute("width", 0);
  svg.append(brush);
  timeline.svg = svg;
  timeline.xOf = (event) => {
    const r = svg.getBoundingClientRect();
    return Math.min(width, Math.max(0, ((event.clientX - r.left) / r.width) * width));
  };
  timeline.pick = (a, b) => (b - a < 2 ? null : [dayOf(Math.floor(a / bw)), lastDay(Math.min(bins - 1, Math.floor(b / bw)))]);
  svg.addEventListener("mousedown", (event) => {
    timeline.from = timeline.xOf(event);
    brush.setAttribute("x", timeline.from); brush.setAttribute("width", 0);
  });
  svg.addEventListener("mousemove", (event) => {
    if (timeline.from === null) return;
    const x = timeline.xOf(event);
    brush.setAttribute("x", Math.min(timeline.from, x)); brush.setAttribute("width", Math.abs(x - timeline.from));
  });
  box.append(svg);
}

window.addEventListener("mouseup", (event) => {  // the brush ends wherever the mouse is let go
  if (timeline.from === null || !timeline.svg) return;
  const x = timeline.xOf(event), a = Math.min(timeline.from, x), b = Math.max(timeline.from, x);
  timeline.from = null;
  state.brush = timeline.pick(a, b);
  refresh(false);
});

// -- event panel ------------------------------------------------------------------------------------------
const FIELD_CLASS = { sub_event_type: "trigger", actor1: "actor", actor2: "actor", location: "place",
  event_date: "date", fatalities: "casualty" };

function highlighted(sentence, fields) {
  // the sentence with the words that decided each field marked (offsets are the document's)
  const marks = [];
  for (const f of fields || []) {
    const cls = FIELD_CLASS[f.field];
    if (!cls) continue;
    for (const s of f.spans || []) {
      if (s.start >= sentence.start && s.end <= sentence.end && s.end > s.start) {
        marks.push({ start: s.start - sentence.start, end: s.end - sentence.start, cls, field: f.field, rule: f.rule });
      }
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const quote = el("blockquote");
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue;  // overlapping spans: the first one wins
    quote.append(sentence.text.slice(pos, m.start));
    const mark = el("mark", { class: m.cls, title: `${m.field}: ${m.rule}` }, sentence.text.slice(m.start, m.end));
    quote.append(mark);
    pos = m.end;
  }
  quote.append(sentence.text.slice(pos));
  return quote;
}

async function openEvent(id) {
  const e = await getJSON(`/api/events/${id}`);
  state.current = e;
  const detail = document.getElementById("detail");
  detail.replaceChildren();
  detail.append(el("h2", {}, `${e.sub_event_type} in ${e.location || e.country}`));
  const dl = el("dl");
  const fatalities = e.fatalities_low !== e.fatalities_high
    ? `${e.fatalities} (reports say ${e.fatalities_low} to ${e.fatalities_high})` : `${e.fatalities}`;
  // label, value, and the record fields an analyst's correction of which marks the row
  const rows = [["date", e.event_date, ["event_date"]], ["type", `${e.event_type} / ${e.sub_event_type}`, ["event_type", "sub_event_type"]],
    ["actor 1", e.actor1, ["actor1"]], ["actor 2", e.actor2, ["actor2"]],
    ["place", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", "), ["location", "admin2", "admin1", "country"]],
    ["fatalities", fatalities, ["fatalities"]], ["reports", `${e.reports}: ${e.source}`, []], ["event id", e.event_id, []]];
  for (const [label, value, fields] of rows) {
    const dd = el("dd", { "data-field": label }, value || "");
    if (fields.some((f) => e.corrected && f in e.corrected)) dd.append(" (corrected)");
    dl.append(el("dt", {}, label), dd);
  }
  detail.append(dl);
  const sentence = e.evidence && e.evidence.sentence;
  if (sentence) {
    detail.append(el("h3", {}, "evidence"));
    detail.append(highlighted(sentence, e.evidence.fields));
  }
  const reports = el("div");
  for (const r of e.reports_detail || []) {
    const line = el("p", { class: "report" }, el("strong", {}, r.source || r.doc_id), ` ${r.published || ""} `, r.title || "");
    if ((e.reports_detail || []).length > 1) {
      const split = el("button", { type: "button", class: "split", "data-mention": r.event }, "not the same event");
      split.addEventListener("click", () => act(`/api/events/${e.event_id}/split`, { mention: r.event },
        (answer) => `report taken out as event ${answer.event_id}`));
      line.append(" ", split);
    }
    reports.append(line);
    if (r.sentence) reports.append(el("blockquote", {}, r.sentence.text));
  }
  detail.append(el("h3", {}, "reports"), reports);
  const join = el("form", { id: "merge", autocomplete: "off" }, el("label", {}, "same event as event ",
    el("input", { name: "other", type: "number", min: "1", size: "6" })), " ", el("button", { type: "submit" }, "merge"));
  join.addEventListener("submit", (event) => {
    event.preventDefault();
    act(`/api/events/${e.event_id}/merge`, { other: Number(join.other.value) }, () => `event ${join.other.value} merged in`);
  });
  detail.append(join);
  if ((e.corrections || []).length) {
    const list = el("ul");
    for (const c of e.corrections) {
      list.append(el("li", {}, `${c.at} ${c.by}: ${c.action}${c.field ? " " + c.field : ""}` +
        (c.action === "set" ? ` ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}` : "")));
    }
    detail.append(el("h3", {}, "corrections"), list);
  }
  document.getElementById("panel").hidden = false;
}

async function post(url, body) {
  const form = document.getElementById("correct");
  const token = form.token.value || localStorage.getItem("warta-token") || "";
  localStorage.setItem("warta-token", token);
  const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body) });
  const answer = await r.json();
  if (!r.ok) throw new Error(answer.detail || r.statusText);
  return answer;
}

async function act(url, body, done) {
  // a split or a merge by hand: kept in the merge log under the token's name
  const status = document.getElementById("correct-status");
  try {
    const answer = await post(url, body);
    await openEvent(state.current.event_id);
    status.textContent = done(answer);
    refresh(false);
  } catch (err) { status.textContent = String(err.message || err); }
}

document.getElementById("correct").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target, status = document.getElementById("correct-status");
  let value = form.value.value;
  if (form.field.value === "fatalities") value = Number(value);
  try {
    await post(`/api/events/${state.current.event_id}/corrections`, { field: form.field.value, value, note: form.note.value });
    await openEvent(state.current.event_id);
    status.textContent = "saved";
    refresh(false);
  } catch (err) { status.textContent = String(err.message || err); }
});

document.getElementById("not-event").addEventListener("click", async () => {
  const status = document.getElementById("correct-status");
  try {
    await post(`/api/events/${state.current.event_id}/not-an-event`, { note: document.getElementById("correct").note.value });
    document.getElementById("panel").hidden = true;
    refresh(true);
  } catch (err) { status.textContent = String(err.message || err); }
});

document.getElementById("close").addEventListener("click", () => { document.getElementById("panel").hidden = true; });

// -- filters ------------------------------------------------------------------------------------------------
async function refresh(withTimeline = true) {
  // the timeline counts every event the filters let through; a brushed period narrows the map and the list
  const dates = state.brush ? { from: state.brush[0], to: state.brush[1] } : {};
  const page = await getJSON(`/api/events?${query({ ...dates, limit: 1000 })}`);
  if (!state.brush && (withTimeline || !state.timeline)) state.timeline = page.items;  // the same query: asked once
  else if (withTimeline || !state.timeline) state.timeline = (await getJSON(`/api/events?${query({ limit: 1000 })}`)).items;
  state.events = page.items;
  drawMarkers(page.items);
  drawList(page.items, page.total);
  document.getElementById("export").href = `/api/export.csv?${query(dates)}`;
  drawTimeline(state.timeline);
}

document.getElementById("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  state.filters = Object.fromEntries([...data.entries()].filter(([, v]) => v));
  state.brush = null;
  refresh(true);
});

document.getElementById("reset").addEventListener("click", () => {
  document.getElementById("filters").reset();
  state.filters = {}; state.brush = null;
  refresh(true);
});

document.getElementById("correct").token.value = localStorage.getItem("warta-token") || "";
baseLayers().catch(() => {}).finally(() => refresh(true));
