// A canvas panel's picture. Each frame notice from the circuit is preloaded and decoded before it replaces the picture
// shown (no flash); while one decodes, only the newest notice waits, so a busy browser shows fewer frames but always the
// latest. A screen (not a staff preview) keeps window.canvasStats for tests and benchmarks, carried across the reloads
// it does to recover from a server restart.
const panels = new WeakMap();
const MaxLatencies = 5000;

export function attach(picture, { slug, server, screen }) {
    panels.set(picture, { picture, shown: null, pending: null, loading: false, stats: screen ? screenStats(slug, server) : null });
}

export function detach(picture) {
    panels.delete(picture);
}

export function show(picture, frame) {
    const panel = panels.get(picture);
    if (!panel) return;
    if (panel.pending && panel.stats) panel.stats.skipped++;
    panel.pending = frame;
    if (!panel.loading) pump(panel);
}

async function pump(panel) {
    panel.loading = true;
    while (panel.pending) {
        const frame = panel.pending;
        panel.pending = null;
        await present(panel, frame);
    }
    panel.loading = false;
}

async function present(panel, frame) {
    const image = new Image();
    image.className = 'canvas-frame';
    image.alt = frame.alt || '';
    image.decoding = 'async';
    image.src = sourceFor(panel.picture, frame);
    const stats = panel.stats;
    try {
        await image.decode();
    } catch {
        if (stats) stats.failed++;
        return;
    }
    if (panels.get(panel.picture) !== panel) return; // the panel went away meanwhile
    if (panel.shown) panel.shown.replaceWith(image); else panel.picture.append(image);
    panel.shown = image;
    if (!stats) return;
    if (!frame.initial) {
        stats.latencies.push(Date.now() - frame.publishedAt);
        if (stats.latencies.length > MaxLatencies) stats.latencies.splice(0, stats.latencies.length - MaxLatencies);
    }
    stats.framesShown++;
    stats.lastFrameId = frame.id;
    stats.lastChangedAt = frame.changedAt;
}

// A small panel (a staff preview, a small screen) asks for each raster frame at the size it shows it, in device pixels,
// as WebP or JPEG made for it (see ScreenRasters): a 4K picture in a 400 px preview costs neither the network nor the
// decoder. A wall-sized screen takes the frame as it is: re-encoding 32 live 4K frames a second for such screens cost
// the 2-core server more than it has (the canvas benchmark: 148% of a core and 0.07 fps, against 21% passing them
// through). A vector frame (the offline illustrator's SVG) always goes as it is: the browser draws it at any size.
const MaxSizedEdge = 1280;

function sourceFor(picture, frame) {
    if (frame.mediaType === 'image/svg+xml') return frame.url;
    const box = picture.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(box.width * ratio);
    const h = Math.round(box.height * ratio);
    if (w < 16 || h < 16 || w > MaxSizedEdge || h > MaxSizedEdge) return frame.url;
    return `${frame.url}${frame.url.includes('?') ? '&' : '?'}w=${w}&h=${h}`;
}

// The counters of this browser tab's screen for this slug; a reload (after a server restart) continues them and counts
// the restart when the server's id changed.
function screenStats(slug, server) {
    const key = `canvasStats:${slug}`;
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(key)); } catch { /* none yet, or storage refused */ }
    const stats = window.canvasStats = {
        slug,
        framesShown: 0,
        lastFrameId: null,
        lastChangedAt: null,
        latencies: [],          // ms from publish to decoded and swapped in, one per live frame (not the frame replayed on connect)
        server,                 // id of the server process; changes when the server restarted
        serverRestarts: 0,
        connects: 0,            // circuits this screen has had (one per page load)
        skipped: 0,             // frame notices dropped because a newer one arrived while a frame was decoding
        failed: 0,              // frames whose image could not be loaded
        ...(saved?.slug === slug ? saved : {}),
    };
    if (stats.server !== server) {
        stats.serverRestarts++;
        stats.server = server;
    }
    stats.connects++;
    addEventListener('pagehide', () => {
        try { sessionStorage.setItem(key, JSON.stringify(stats)); } catch { /* storage full or refused: the counters start over */ }
    });
    return stats;
}
