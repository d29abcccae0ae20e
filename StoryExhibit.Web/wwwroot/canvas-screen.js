// A canvas screen: follows /canvas/{slug}/events, preloads and decodes each frame before swapping it in (no flash),
// and keeps going by itself when the server restarts. Nothing to click; window.canvasStats is for tests and benchmarks.
const root = document.querySelector('.canvas-screen');
const label = root.querySelector('.canvas-label');
const time = root.querySelector('.canvas-time');
const idText = root.querySelector('.canvas-id');
const waiting = root.querySelector('.canvas-waiting');
let shown = root.querySelector('.canvas-frame');

const MaxLatencies = 5000;
const stats = window.canvasStats = {
    slug: root.dataset.slug,
    framesShown: 0,
    lastFrameId: null,
    lastChangedAt: null,
    latencies: [],          // ms from publish to decoded and swapped in, one per live frame (not the frame replayed on connect)
    server: null,           // id of the server process; changes when the server restarted
    serverRestarts: 0,
    connects: 0,
    skipped: 0,             // frame notices dropped because a newer one arrived while a frame was decoding
    failed: 0,              // frames whose image could not be loaded
};

let source = null;
let watchdog = 0;
let retryDelay = 1000;

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 1, hour12: false });

function connect() {
    if (source) source.close();
    source = new EventSource(root.dataset.events);
    stats.connects++;
    source.addEventListener('open', () => { retryDelay = 1000; alive(); });
    source.addEventListener('hello', event => {
        alive();
        const { server } = JSON.parse(event.data);
        if (stats.server && stats.server !== server) stats.serverRestarts++;
        stats.server = server;
    });
    source.addEventListener('frame', event => { alive(); show(JSON.parse(event.data)); });
    source.addEventListener('ping', alive);
    source.addEventListener('error', () => {
        // The browser retries by itself while the stream is merely interrupted; it gives up for good (CLOSED) on an
        // HTTP error during a restart, so then the page starts over after a growing pause.
        if (source.readyState === EventSource.CLOSED) reconnectSoon();
    });
    alive();
}

function reconnectSoon() {
    if (source) source.close();
    source = null;
    clearTimeout(watchdog);
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
}

// Pings arrive with the heartbeat every 15 s; a stream silent for 40 s is dead even if the browser has not noticed.
function alive() {
    clearTimeout(watchdog);
    watchdog = setTimeout(reconnectSoon, 40000);
}

// One frame decodes at a time; while it does, only the newest notice waits (older ones are dropped, as on the server).
// A busy screen thus shows fewer frames but always the latest, and never wastes time decoding frames it would not show.
let pending = null;
let loading = false;

function show(frame) {
    if (pending) stats.skipped++;
    pending = frame;
    if (!loading) pump();
}

async function pump() {
    loading = true;
    while (pending) {
        const frame = pending;
        pending = null;
        await present(frame);
    }
    loading = false;
}

async function present(frame) {
    const image = new Image();
    image.className = 'canvas-frame';
    image.alt = frame.alt || '';
    image.decoding = 'async';
    image.src = frame.url;
    try {
        await image.decode();
    } catch {
        stats.failed++;
        return;
    }
    shown.replaceWith(image);
    shown = image;
    if (!frame.initial) {
        stats.latencies.push(Date.now() - frame.publishedAt);
        if (stats.latencies.length > MaxLatencies) stats.latencies.splice(0, stats.latencies.length - MaxLatencies);
    }
    stats.framesShown++;
    stats.lastFrameId = frame.id;
    stats.lastChangedAt = frame.changedAt;
    time.dateTime = frame.changedAt;
    time.textContent = clock.format(new Date(frame.changedAt));
    idText.textContent = frame.id;
    if (!waiting.hidden) { waiting.hidden = true; label.hidden = false; }
}

connect();
